// The default rule pack in rules/ loads, and every example kept in it passes (the same check as
// `actorgraph check rules/`).
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "relations/example_check.hpp"
#include "rules/rule_pack.hpp"

using namespace ag;

TEST_CASE("the default rule pack loads and all its examples pass") {
  const RulePack pack = load_rules({std::string(ACTORGRAPH_SOURCE_DIR) + "/rules"});
  CHECK(pack.relations.size() >= 13);
  const Extractor extractor(pack);
  const ExampleReport report = check_examples(extractor);
  for (const auto& f : report.failures) FAIL_CHECK(fmt::format("{}: {}\n    {}", f.where.str(), f.problem, f.text));
  CHECK(report.actor_examples >= 40);
  CHECK(report.relation_examples >= 13 * 8);
}

TEST_CASE("every relation of the default pack has at least five positive and three negative examples") {
  const RulePack pack = load_rules({std::string(ACTORGRAPH_SOURCE_DIR) + "/rules"});
  for (const auto& rel : pack.relations) {
    std::size_t positive = 0, negative = 0;
    for (const auto& e : pack.relation_examples) {
      bool pos = false, neg = e.expect_none;
      for (const auto& x : e.expect) {
        if (x.relation != rel.id) continue;
        (x.negated || x.hedged ? neg : pos) = true;
      }
      for (const auto& x : e.reject) neg = neg || x.relation == rel.id;
      positive += pos;
      negative += neg && !pos && (e.expect_none ? e.where.file.find(rel.id) != std::string::npos : true);
    }
    CAPTURE(rel.id);
    CHECK(positive >= 5);
    CHECK(negative >= 3);
  }
}
