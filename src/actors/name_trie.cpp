// actors/name_trie.cpp: the name trie (see the header).
#include "actors/name_trie.hpp"

#include <algorithm>

#include <re2/re2.h>

namespace ag {
namespace {

constexpr std::uint16_t kApostropheSym = 256, kQuoteSym = 257, kDashSym = 258, kSpaceSym = 259;

unsigned char byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// The symbols of a variant, exactly as the matcher's RE2 source used to read it.
std::vector<std::uint16_t> symbols_of(std::string_view v) {
  std::vector<std::uint16_t> out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const unsigned char c = byte_at(v, i);
    if (c == '\'') {
      out.push_back(kApostropheSym);
    } else if (c == '"') {
      out.push_back(kQuoteSym);
    } else if (c == '-') {
      out.push_back(kDashSym);
    } else if (c == ' ') {
      out.push_back(kSpaceSym);
    } else if (c == 0xE2 && i + 2 < v.size() && byte_at(v, i + 1) == 0x80) {
      // A typographic apostrophe, quote or dash written in the rule: treat as its ASCII form.
      const unsigned char d = byte_at(v, i + 2);
      out.push_back(d == 0x98 || d == 0x99 ? kApostropheSym : d == 0x9C || d == 0x9D ? kQuoteSym : kDashSym);
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Is `text` at `at` an E2 80 xx character with xx among `lasts`?
bool general_punctuation(std::string_view text, std::size_t at, std::initializer_list<unsigned char> lasts) {
  if (at + 3 > text.size()) return false;
  if (byte_at(text, at) != 0xE2 || byte_at(text, at + 1) != 0x80) return false;
  const unsigned char d = byte_at(text, at + 2);
  return std::find(lasts.begin(), lasts.end(), d) != lasts.end();
}

// The byte length of the class member at `at` (0 when the text has none there).
std::size_t class_length(std::string_view text, std::size_t at, std::uint16_t symbol) {
  if (at >= text.size()) return 0;
  const unsigned char c = byte_at(text, at);
  switch (symbol) {
    case kApostropheSym:
      return c == '\'' ? 1 : general_punctuation(text, at, {0x98, 0x99}) ? 3 : 0;
    case kQuoteSym:
      return c == '"' ? 1 : general_punctuation(text, at, {0x9C, 0x9D}) ? 3 : 0;
    case kDashSym:
      return c == '-' ? 1 : general_punctuation(text, at, {0x90, 0x91, 0x93, 0x94}) ? 3 : 0;
    default:  // kSpaceSym: one white space character, as RE2's \s, or NBSP
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') return 1;
      return c == 0xC2 && at + 1 < text.size() && byte_at(text, at + 1) == 0xA0 ? 2 : 0;
  }
}

void mark_first(unsigned char (&first)[256], std::uint16_t symbol) {
  auto mark = [&](unsigned char b) { first[b] = 1; };
  switch (symbol) {
    case kApostropheSym: mark('\''); mark(0xE2); break;
    case kQuoteSym: mark('"'); mark(0xE2); break;
    case kDashSym: mark('-'); mark(0xE2); break;
    case kSpaceSym: for (unsigned char b : {' ', '\t', '\n', '\f', '\r', '\xC2'}) mark(b); break;
    default: mark(static_cast<unsigned char>(symbol));
  }
}

}  // namespace

std::uint32_t NameTrie::child(std::uint32_t node, std::uint16_t symbol) {
  for (const Edge& e : building_[node])
    if (e.symbol == symbol) return e.child;
  const auto next = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  building_.emplace_back();
  building_[node].push_back(Edge{symbol, next});
  return next;
}

void NameTrie::add(std::string_view variant) {
  const std::vector<std::uint16_t> symbols = symbols_of(variant);
  if (symbols.empty()) return;
  mark_first(first_, symbols.front());
  std::uint32_t node = 0;
  for (std::uint16_t s : symbols) node = child(node, s);
  nodes_[node].terminal = true;
}

void NameTrie::freeze() {
  edges_.clear();
  for (std::size_t n = 0; n < nodes_.size(); ++n) {
    auto& list = building_[n];
    std::sort(list.begin(), list.end(), [](const Edge& a, const Edge& b) { return a.symbol < b.symbol; });
    const auto literals = static_cast<std::size_t>(std::count_if(list.begin(), list.end(), [](const Edge& e) { return e.symbol < 256; }));
    nodes_[n].first_edge = static_cast<std::uint32_t>(edges_.size());
    nodes_[n].literal_count = static_cast<std::uint16_t>(literals);  // at most 256 bytes
    nodes_[n].class_count = static_cast<std::uint8_t>(list.size() - literals);  // at most 4 classes
    edges_.insert(edges_.end(), list.begin(), list.end());
  }
  for (const Edge& e : building_[0])
    if (e.symbol < 256) root_child_[e.symbol] = e.child;
  building_.clear();
  building_.shrink_to_fit();
}

// Depth first: every edge the text allows, so overlapping literals and classes are all tried. The
// result is the longest end reached, whatever the order; classes recurse, and the one literal byte
// that can match is followed in the loop (most nodes have no class edges: no recursion at all).
void NameTrie::walk(std::string_view text, std::uint32_t node, std::size_t at, std::size_t& best, bool& found) const {
  for (;;) {
    const Node& n = nodes_[node];
    if (n.terminal && (!found || at > best)) {
      best = at;
      found = true;
    }
    const Edge* literals = edges_.data() + n.first_edge;
    const Edge* classes = literals + n.literal_count;
    for (const Edge* e = classes; e != classes + n.class_count; ++e) {
      if (e->symbol != kSpaceSym) {
        if (const std::size_t len = class_length(text, at, e->symbol)) walk(text, e->child, at + len, best, found);
        continue;
      }
      // One or more white space characters: every length of the run (a name may go on after any).
      std::size_t p = at;
      while (const std::size_t len = class_length(text, p, kSpaceSym)) {
        p += len;
        walk(text, e->child, p, best, found);
      }
    }
    if (at >= text.size() || n.literal_count == 0) return;
    // Literal bytes (sorted, below 256): at most one can match.
    const std::uint16_t b = byte_at(text, at);
    const Edge* e = n.literal_count <= 8
                        ? std::find_if(literals, classes, [&](const Edge& x) { return x.symbol >= b; })
                        : std::lower_bound(literals, classes, b, [](const Edge& x, std::uint16_t s) { return x.symbol < s; });
    if (e == classes || e->symbol != b) return;
    node = e->child;
    ++at;
  }
}

std::optional<std::size_t> NameTrie::longest_at(std::string_view text, std::size_t begin) const {
  if (begin >= text.size() || !may_start(byte_at(text, begin))) return std::nullopt;
  std::size_t best = 0;
  bool found = false;
  // The root's literal edge from its table; its class edges (a name starting with a quote or a
  // dash) by the walk from the root, which then finds that literal edge again: same result.
  if (nodes_[0].class_count > 0) {
    walk(text, 0, begin, best, found);
  } else if (const std::uint32_t child = root_child_[byte_at(text, begin)]) {
    walk(text, child, begin + 1, best, found);
  }
  if (!found) return std::nullopt;
  return best;
}

std::string name_variant_re(std::string_view variant) {
  std::string out;
  for (std::uint16_t s : symbols_of(variant)) {
    switch (s) {
      case kApostropheSym: out += "(?:'|\\x{2019}|\\x{2018})"; break;
      case kQuoteSym: out += "(?:\"|\\x{201C}|\\x{201D})"; break;
      case kDashSym: out += "(?:-|\\x{2010}|\\x{2011}|\\x{2013}|\\x{2014})"; break;
      case kSpaceSym: out += "(?:\\s|\\x{00A0})+"; break;
      default: out += RE2::QuoteMeta(std::string(1, static_cast<char>(s)));
    }
  }
  return out;
}

}  // namespace ag
