// rules/loader_detail.hpp: the pieces of rule loading, one per kind of rule file. Internal to
// rules/: rule_loader.cpp drives them.
#pragma once

#include "rules/json_source.hpp"
#include "rules/rule_pack.hpp"

namespace ag::detail {

// Where a loaded item came from: its file and JSON pointer. The line is worked out only when an
// error is reported (it takes another pass over the file's text).
struct Origin {
  const JsonSource* source = nullptr;
  std::string pointer;
  Location locate(const std::string& sub = {}) const { return source->locate(pointer + sub); }
};

// Where each loaded item came from, to report cross-file conflicts with both locations.
struct Origins {
  std::vector<Origin> actors;     // parallel to pack.actors
  std::vector<Origin> relations;  // parallel to pack.relations
  std::vector<Origin> rules;      // parallel to pack.rules
  std::map<std::string, Origin> lexicon;
};

// Appends the actors and examples of an "actors" file (already schema-validated).
void load_actor_file(const JsonSource& src, RulePack& pack, Origins& origins);
// Appends the relation types, lexicon, rules and examples of a "relations" file.
void load_relation_file(const JsonSource& src, RulePack& pack, Origins& origins);

// Checks that need the whole pack: member ids, alias conflicts, actor patterns; relation rules
// expand and compile. Throws RuleError with the offending item's location.
void check_actors(const RulePack& pack, const Origins& origins);
void compile_relation_rules(RulePack& pack, const Origins& origins);

// Parses "Russia -[sanction]-> China", "China -[exercise]- Russia", with an optional trailing
// "(negated)" or "(hedged)". Throws RuleError at `where` when malformed.
ExpectedRelation parse_expected_relation(const std::string& text, const Location& where);

// Lower-case, apostrophes and quotes folded to ASCII, white space collapsed: the key under which
// two names count as the same alias.
std::string alias_key(const std::string& name);
// The same, written into `out` (cleared first): the actor matcher looks up a key per mention.
void alias_key_into(std::string_view name, std::string& out);

}  // namespace ag::detail
