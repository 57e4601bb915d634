// relations/title_chunks.hpp: "Chinese President Xi Jinping", "US Secretary of State Antony
// Blinken", "NATO Secretary-General Jane Doe": a state or organization, a title, a person.
//
// Such a chunk says the person holds a role at the state or organization (an affiliation, rule
// "affiliation.title"), and for every other rule it is the person: the chunk becomes one person
// placeholder, so "Chinese President Xi Jinping visited Moscow" reads "@p0@ visited @c1@".
// Titles come from the lexicon: "person_title" for states and organizations, and "person_role"
// for organizations only (an "expert" of a think tank is affiliated with it; a "Russia expert" is
// not affiliated with Russia).
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/relation.hpp"
#include "relations/normalized_sentence.hpp"
#include "rules/rule_pack.hpp"

namespace re2 {
class RE2;
}

namespace ag {

class TitleChunker {
 public:
  explicit TitleChunker(const RulePack& pack);
  ~TitleChunker();

  // Merges chunks in `placeholders` (sorted) in place and appends their affiliation mentions.
  void apply(std::string_view text, std::vector<Placeholder>& placeholders, std::vector<RelationMention>& out) const;

 private:
  std::optional<std::size_t> affiliation_;
  std::unique_ptr<re2::RE2> state_titles_, org_titles_;
};

}  // namespace ag
