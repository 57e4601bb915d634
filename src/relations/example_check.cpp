// relations/example_check.cpp: the examples kept with the rules, run through the extractor.
#include "relations/example_check.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace ag {
namespace {

bool names(const Actor& a, const std::string& name) { return a.label == name || a.id == name; }

std::string found_actors(const Extractor& x, const Extraction& ex) {
  std::vector<std::string> labels;
  for (const auto& m : ex.actors) labels.push_back(x.actor(ex, m.actor).label);
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  return labels.empty() ? "nothing" : fmt::format("{}", fmt::join(labels, ", "));
}

std::string found_relations(const Extractor& x, const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& r : ex.relations) out.push_back(describe(x, ex, r));
  return out.empty() ? "nothing" : fmt::format("{}", fmt::join(out, "; "));
}

bool matches(const Extractor& x, const Extraction& ex, const RelationMention& r, const ExpectedRelation& e) {
  const RelationType& type = x.pack().relations[r.relation];
  if (type.id != e.relation) return false;
  const Actor& s = x.actor(ex, r.source);
  const Actor& t = x.actor(ex, r.target);
  const bool forward = names(s, e.source) && names(t, e.target);
  const bool backward = names(s, e.target) && names(t, e.source);
  return forward || (!type.directed && backward);
}

void check_actor_example(const Extractor& x, const ActorExample& e, ExampleReport& report) {
  Document doc{"example", e.text, {}, {}, {}, {}};
  Extraction ex;
  x.extract(doc, ex);
  auto found = [&](const std::string& name) {
    return std::any_of(ex.actors.begin(), ex.actors.end(), [&](const ActorMention& m) { return names(x.actor(ex, m.actor), name); });
  };
  for (const auto& name : e.expect)
    if (!found(name)) report.failures.push_back({e.where, e.text, fmt::format("expected actor \"{}\", found: {}", name, found_actors(x, ex))});
  for (const auto& name : e.reject)
    if (found(name)) report.failures.push_back({e.where, e.text, fmt::format("actor \"{}\" must not be found", name)});
}

void check_relation_example(const Extractor& x, const RelationExample& e, ExampleReport& report) {
  Document doc{"example", e.text, {}, {}, {}, {}};
  Extraction ex;
  x.extract(doc, ex);
  auto fail = [&](const std::string& what) {
    report.failures.push_back({e.where, e.text, fmt::format("{}; found: {}", what, found_relations(x, ex))});
  };
  for (const auto& want : e.expect) {
    const bool ok = std::any_of(ex.relations.begin(), ex.relations.end(), [&](const RelationMention& r) {
      return matches(x, ex, r, want) && r.negated == want.negated && r.hedged == want.hedged;
    });
    if (!ok)
      fail(fmt::format("expected {} -[{}]-> {}{}", want.source, want.relation, want.target,
                       want.negated ? " (negated)" : want.hedged ? " (hedged)" : ""));
  }
  for (const auto& reject : e.reject) {
    const bool bad = std::any_of(ex.relations.begin(), ex.relations.end(), [&](const RelationMention& r) {
      return matches(x, ex, r, reject) && !r.negated && !r.hedged;
    });
    if (bad) fail(fmt::format("{} -[{}]-> {} must not be a fact", reject.source, reject.relation, reject.target));
  }
  if (e.expect_none) {
    const bool any_fact = std::any_of(ex.relations.begin(), ex.relations.end(), [](const RelationMention& r) { return !r.negated && !r.hedged; });
    if (any_fact) fail("no fact expected");
  }
}

}  // namespace

std::string describe(const Extractor& x, const Extraction& ex, const RelationMention& r) {
  const RelationType& type = x.pack().relations[r.relation];
  return fmt::format("{} -[{}]{} {}{}{}", x.actor(ex, r.source).label, type.id, type.directed ? "->" : "-",
                     x.actor(ex, r.target).label, r.negated ? " (negated)" : "", r.hedged ? " (hedged)" : "");
}

ExampleReport check_examples(const Extractor& x) {
  ExampleReport report;
  for (const auto& e : x.pack().actor_examples) {
    ++report.actor_examples;
    const std::size_t before = report.failures.size();
    check_actor_example(x, e, report);
    report.failed_examples += report.failures.size() > before;
  }
  for (const auto& e : x.pack().relation_examples) {
    ++report.relation_examples;
    const std::size_t before = report.failures.size();
    check_relation_example(x, e, report);
    report.failed_examples += report.failures.size() > before;
  }
  return report;
}

}  // namespace ag
