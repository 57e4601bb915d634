// relations/relation_matcher.hpp: the fourth stage: relation patterns over normalized sentences.
//
// Every rule's pattern was expanded to RE2 at load time; here they are compiled once, and also
// into one RE2::Set, so each sentence is scanned once to learn which rules can match at all and
// only those run. A match yields one relation mention per (source, target) pair of its slots
// ({S} x {T}, or every pair of a group {A}). A mention is negated when a "negation" cue stands in
// its clause before the end of its trigger ("China has not sold arms to Russia"), and hedged when
// a "hedge" cue does ("could", "might", "if") or the sentence is a question.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/relation.hpp"
#include "relations/normalized_sentence.hpp"
#include "rules/rule_pack.hpp"

namespace re2 {
class RE2;
class RE2Set;
}  // namespace re2

namespace ag {

// One rule firing, for `explain`.
struct RuleFiring {
  std::size_t rule = 0;  // index into pack.rules
  std::string matched;   // the normalized text the pattern matched
  std::vector<std::size_t> sources, targets;  // placeholder numbers
};

class RelationMatcher {
 public:
  explicit RelationMatcher(const RulePack& pack);
  ~RelationMatcher();

  // Appends the relation mentions of one sentence (source, target, relation, rule, spans, flags);
  // the caller fills in doc, sentence and attributes. `firings`, when given, records each match.
  void match(const NormalizedSentence& s, std::vector<RelationMention>& out,
             std::vector<RuleFiring>* firings = nullptr) const;

 private:
  struct Compiled;
  bool has_cue(const re2::RE2* cues, const std::string& text, std::size_t from, std::size_t to) const;
  std::size_t clause_start(const std::string& text, std::size_t before) const;

  const RulePack& pack_;
  std::vector<std::unique_ptr<Compiled>> rules_;
  std::unique_ptr<re2::RE2Set> prefilter_;
  bool prefilter_ok_ = false;
  std::unique_ptr<re2::RE2> negation_, hedge_, cue_exceptions_;
};

}  // namespace ag
