// actors/actor_matcher.hpp: the third stage: finding actor mentions in text.
//
// Every name of every actor (label, aliases, metonyms such as "Moscow" or "the Kremlin",
// demonyms such as "Russian") goes into one trie (actors/name_trie.hpp), searched leftmost-longest
// in one pass over the document, so "Russian Federation" wins over "Russian" and "Nigeria" is never
// read as "Niger". Names match whole words only (a letter or digit on either side blocks a match:
// "Indochinese" holds no "Chinese"). Case: a name written in capitals or with digits ("US", "G7")
// matches exactly so; other names match as written, capitalised or — from four letters on — in
// capitals ("RUSSIA" in a headline, but "XI" stays a Roman numeral). Typographic apostrophes, quotes and dashes match their ASCII forms, and a possessive
// "'s" / "’s" after a name is noted, not included in the span. A name inside a place name ("South
// China Sea", "Sea of Japan") and a demonym in a non-actor use ("Russian language") are skipped,
// by the word lists "place_after", "place_before" and "demonym_stop" of the rule pack.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "rules/rule_pack.hpp"

namespace re2 {
class RE2;
}

namespace ag {

class NameTrie;

class ActorMatcher {
 public:
  explicit ActorMatcher(const RulePack& pack);
  ~ActorMatcher();

  // Appends the mentions in `text` to `out`, sorted by span, non-overlapping. `sentence` of each
  // mention is left 0: the caller assigns sentences.
  void match(std::string_view text, std::vector<ActorMention>& out) const;

 private:
  struct Name;
  const Name* lookup(std::string_view surface) const;
  // Is `text` at `end` followed (after spaces) by one of `words`, or before `begin` preceded by one?
  // A word list grouped by a key byte: the first byte of words that must follow a name, the last
  // of words that must precede one. A mention is compared with the few words that can match.
  struct KeyedWords {
    std::vector<std::string> words;               // lower case, grouped by key byte
    std::array<std::uint32_t, 257> group_start{};  // key byte b: words[group_start[b], group_start[b + 1])
    KeyedWords() = default;
    KeyedWords(std::vector<std::string> list, bool key_is_last);
  };
  static bool followed_by(std::string_view text, std::size_t end, const KeyedWords& words);
  static bool preceded_by(std::string_view text, std::size_t begin, const KeyedWords& words);
  void match_patterns(std::string_view text, std::vector<ActorMention>& out) const;

  std::unique_ptr<NameTrie> names_trie_;
  std::vector<std::pair<std::string, std::unique_ptr<Name>>> names_;  // sorted by key
  std::vector<std::pair<ActorIndex, std::unique_ptr<re2::RE2>>> patterns_;
  KeyedWords demonym_stop_;  // "Russian language": no actor
  KeyedWords place_after_;   // "South China Sea", "Taiwan Strait": a place, no actor
  KeyedWords place_before_;  // "Sea of Japan", "Gulf of Mexico"
};

// The name variants a name matches as (see the header comment): as written, and when it is not
// an acronym, capitalised and in capitals. Exposed for tests.
std::vector<std::string> name_variants(const std::string& name);

}  // namespace ag
