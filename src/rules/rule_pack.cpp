// rules/rule_pack.cpp: lookups in a loaded rule pack. (Loading lives in rule_loader.cpp.)
#include <cstdlib>

#include "rules/rule_pack.hpp"

namespace ag {

std::optional<ActorIndex> RulePack::find_actor(const std::string& id) const {
  for (std::size_t i = 0; i < actors.size(); ++i)
    if (actors[i].id == id) return static_cast<ActorIndex>(i);
  return std::nullopt;
}

std::optional<std::size_t> RulePack::find_relation(const std::string& id) const {
  for (std::size_t i = 0; i < relations.size(); ++i)
    if (relations[i].id == id) return i;
  return std::nullopt;
}

std::string default_rules_dir() {
  if (const char* env = std::getenv("ACTORGRAPH_RULES"); env && *env) return env;
  return ACTORGRAPH_DEFAULT_RULES;
}


}  // namespace ag
