// tests/mini_pack.hpp: the extractor over the small fixture pack (tests/rules/fixtures/mini_*.json)
// that the stage tests share, loaded and compiled once per test executable.
#pragma once

#include <string>

#include "relations/extractor.hpp"

namespace ag::testing {

inline const Extractor& mini_extractor() {
  static const RulePack pack = load_rules({std::string(ACTORGRAPH_TEST_DATA) + "/rules/fixtures/mini_actors.json",
                                           std::string(ACTORGRAPH_TEST_DATA) + "/rules/fixtures/mini_relations.json"});
  static const Extractor x(pack);
  return x;
}

}  // namespace ag::testing
