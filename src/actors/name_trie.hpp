// actors/name_trie.hpp: every actor name variant in one trie, searched leftmost-longest.
//
// The actor matcher used to compile all names into one RE2 alternation; with a few thousand
// names that alternation costs a large DFA, a slow compile and a reverse scan for every match.
// Names are plain strings, so a trie does the same job at the speed of a table walk: the search
// starts only where a word starts (a match anywhere else is rejected by the whole-word rule
// anyway) and only at bytes that can begin a name, and follows the trie as far as the text allows.
//
// The trie matches exactly what this RE2 source matches for each variant (name_variant_re, kept
// for the differential test): a space in a name stands for one or more white space characters
// (\t \n \f \r, space, NBSP); an apostrophe for ' ’ ‘; a double quote for " “ ”; a hyphen for
// - ‐ ‑ – —; a typographic apostrophe, quote or dash written in a name for its class as well;
// every other byte for itself. A search is a depth-first walk that tries every edge the text
// allows, so the longest match is found even where classes and literal bytes overlap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace ag {

class NameTrie {
 public:
  // Adds a name variant as written (its classes as described above).
  void add(std::string_view variant);
  // Prepares the trie for searching; call once after the last add().
  void freeze();

  // The end of the longest variant that starts exactly at `begin`, if any.
  std::optional<std::size_t> longest_at(std::string_view text, std::size_t begin) const;
  // Can a variant start with this byte? (A cheap test before longest_at.)
  bool may_start(unsigned char byte) const { return first_[byte] != 0; }

 private:
  struct Edge {
    std::uint16_t symbol;  // a byte (0..255) or a class (apostrophe, quote, dash, space)
    std::uint32_t child;
  };
  struct Node {
    std::uint32_t first_edge = 0;     // after freeze(): the node's edges, from here in edges_,
    std::uint16_t literal_count = 0;  // first its literal bytes (sorted),
    std::uint8_t class_count = 0;     // then its classes (at most four)
    bool terminal = false;
  };

  std::uint32_t child(std::uint32_t node, std::uint16_t symbol);
  void walk(std::string_view text, std::uint32_t node, std::size_t at, std::size_t& best, bool& found) const;

  std::vector<Node> nodes_{Node{}};
  std::vector<std::vector<Edge>> building_{{}};  // per node while adding
  std::vector<Edge> edges_;                      // after freeze(): sorted by symbol per node
  unsigned char first_[256] = {};
  std::uint32_t root_child_[256] = {};  // the root's literal edges as a table (0: none; the root is no child)
};

// The RE2 source the trie's matching of one variant is equivalent to (for the differential test).
std::string name_variant_re(std::string_view variant);

}  // namespace ag
