// rules/rule_pack.hpp: the loaded, validated rule pack: actors, relation types, relation rules and
// the examples kept with them.
//
// A RulePack is valid once loaded: every error in a rule file (invalid JSON, a schema violation,
// an RE2 pattern that does not compile, a duplicate id, an alias claimed by two actors) is found by
// load_rules() and thrown as a RuleError naming the file and the line or JSON path. Matching with a
// loaded pack never fails.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/relation.hpp"

namespace re2 {
class RE2;
}

namespace ag {

// An example sentence kept with the rules: the actors (labels or ids) it must and must not yield.
struct ActorExample {
  std::string text;
  std::vector<std::string> expect;
  std::vector<std::string> reject;
  Location where;
};

// An expected relation in an example: "Russia -[sanction]-> China" with names as labels or ids.
struct ExpectedRelation {
  std::string source;
  std::string relation;
  std::string target;
  bool negated = false;
  bool hedged = false;
};

// An example sentence for relation rules: the relations it must yield (facts unless marked
// negated/hedged) and the relations it must not yield as facts.
struct RelationExample {
  std::string text;
  std::vector<ExpectedRelation> expect;
  std::vector<ExpectedRelation> reject;
  bool expect_none = false;  // no fact at all may come out of this sentence
  Location where;
};

// A relation rule as written in a rule file; the matcher compiles `pattern`.
struct RelationRule {
  std::string id;        // unique, e.g. "sanction.impose.active"
  std::string relation;  // relation type id
  std::string pattern;   // the pattern as written, with {slots} and {lexicon} references
  std::string expanded;  // the RE2 source it expands to
  std::string trigger;   // the RE2 source of its trigger word list (empty: none); a sentence
                         // without a match of it cannot match the rule
  std::vector<std::string> slot_letters;  // per slot {S} {T} {A}, the placeholder letters it takes
  // `expanded`, compiled by load_rules() with pattern_options() (compiling it is what checks
  // it); the matchers share it rather than compiling every rule again. Null in a hand-built pack.
  std::shared_ptr<const re2::RE2> compiled;
  Location where;
};

// A named word list of the lexicon: inflected forms (matched as whole words) and raw RE2 patterns.
struct WordList {
  std::vector<std::string> forms;
  std::vector<std::string> patterns;
};

struct RulePack {
  std::vector<Actor> actors;
  std::vector<RelationType> relations;
  std::vector<RelationRule> rules;
  // Word lists by name. Besides those patterns refer to, the matcher reads "negation" and "hedge"
  // (cues that mark a mention negated or hedged) and "demonym_stop" (nouns after which a demonym
  // is not an actor: "Russian language"). A name defined again in a later file extends the list.
  std::map<std::string, WordList> lexicon;
  std::vector<ActorExample> actor_examples;
  std::vector<RelationExample> relation_examples;
  std::vector<std::string> files;  // the files loaded, in order
  std::string fingerprint;         // hex hash of the loaded files' bytes, in order

  std::optional<ActorIndex> find_actor(const std::string& id) const;
  std::optional<std::size_t> find_relation(const std::string& id) const;
};

// Loads rule files and directories (every *.json below a directory, in sorted order). Throws
// RuleError at the first invalid file, with file and line or JSON path.
RulePack load_rules(const std::vector<std::string>& paths);

// A rule file given as text; `name` stands for its path in error messages.
struct RuleText {
  std::string name;
  std::string text;
};
// Loads rule files given as text, exactly as load_rules() loads files (for tests and fuzzing).
RulePack load_rules_text(const std::vector<RuleText>& files);

// The default rule directory: $ACTORGRAPH_RULES, else the `rules/` installed or next to the
// source tree (compiled in as ACTORGRAPH_DEFAULT_RULES).
std::string default_rules_dir();

}  // namespace ag
