// relations/example_check.hpp: running the example sentences kept with the rules.
//
// Actor examples name actors (by label or id) that a sentence must and must not yield. Relation
// examples name relations ("Russia -[sanction]-> China", "... (negated)") that a sentence must
// yield, must not yield as facts, or say that it yields no fact at all ("none": true). A
// symmetric relation matches in either direction.
#pragma once

#include <string>
#include <vector>

#include "relations/extractor.hpp"

namespace ag {

struct ExampleFailure {
  Location where;      // the example in its rule file
  std::string text;    // the example sentence
  std::string problem; // "expected Russia -[sanction]-> China, found: ..."
};

struct ExampleReport {
  std::size_t actor_examples = 0;
  std::size_t relation_examples = 0;
  std::size_t failed_examples = 0;  // examples with at least one failure
  std::vector<ExampleFailure> failures;
};

ExampleReport check_examples(const Extractor& extractor);

// "Russia -[sanction]-> China" for a relation mention, with " (negated)" / " (hedged)".
std::string describe(const Extractor& extractor, const Extraction& ex, const RelationMention& r);

}  // namespace ag
