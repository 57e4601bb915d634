// The name trie: a table of tricky cases, and a differential test against the RE2 alternation it
// replaced (leftmost-longest, anchored at every position of random texts built from name pieces,
// white space, typographic punctuation and broken UTF-8).
#include <doctest/doctest.h>

#include <memory>
#include <random>

#include <re2/re2.h>

#include "actors/name_trie.hpp"

using namespace ag;

namespace {

const std::vector<std::string> kNames = {
    "Russia", "Russian", "Russian Federation", "RUSSIA", "the Kremlin", "The Kremlin", "Côte d'Ivoire",
    "Guinea-Bissau", "U.S.", "US", "Kim", "Kim Jong Un", "North Korea", "Korea", "St. Kitts", "A  B",
    "Ab\xE2\x80\xA6" "c", "\xE2\x82\xAC" "zone", "O\xE2\x80\x99Neill", "\"Quoted\" Group", "Trail ", "X-",
    "Niger", "Nigeria", "e-Gov", "d'Or",
};

NameTrie trie_of(const std::vector<std::string>& names) {
  NameTrie t;
  for (const auto& n : names) t.add(n);
  t.freeze();
  return t;
}

std::unique_ptr<RE2> regex_of(const std::vector<std::string>& names) {
  std::string source = "(";
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (k > 0) source += '|';
    source += name_variant_re(names[k]);
  }
  source += ")";
  RE2::Options o;
  o.set_longest_match(true);
  o.set_log_errors(false);
  auto re = std::make_unique<RE2>(source, o);
  REQUIRE(re->ok());
  return re;
}

std::optional<std::size_t> regex_longest_at(const RE2& re, std::string_view text, std::size_t at) {
  re2::StringPiece hit;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), at, text.size(), RE2::ANCHOR_START, &hit, 1))
    return std::nullopt;
  return at + hit.size();
}

std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "Russia", "Russian", " Federation", "the", " ", "  ", "\t", "\n", "\r\n", "\xC2\xA0", "Kremlin", "The",
      "Kim", " Jong", " Un", "Korea", "North", "C\xC3\xB4te", " d", "'", "\xE2\x80\x99", "\xE2\x80\x98",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\"", "Ivoire", "Guinea", "-", "\xE2\x80\x90", "\xE2\x80\x91",
      "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA6", "Bissau", "U.S.", "US", "St.", " Kitts", "A", "B", "Ab",
      "c", "\xE2\x82\xAC", "zone", "O", "Neill", "Quoted", " Group", "Trail", "X", "Niger", "ia", "e", "Gov",
      "d", "Or", "\xC2", "\xE2\x80", "\xE2", ".", ",", "RUSSIA", "x"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), count(1, 14);
  std::string out;
  for (std::size_t k = count(rng); k > 0; --k) out += pieces[pick(rng)];
  return out;
}

}  // namespace

TEST_CASE("name trie: longest variant at a position") {
  const NameTrie t = trie_of(kNames);
  struct Case {
    std::string text;
    std::size_t at;
    std::optional<std::size_t> end;
  };
  const Case cases[] = {
      {"Russian Federation troops", 0, 18},
      {"Russian  \n Federation", 0, 21},           // a space in a name: any white space run
      {"Russian\xC2\xA0" "Federation", 0, 19},      // NBSP
      {"Russian Fed", 0, 7},                        // falls back to the longest complete name
      {"Russians", 0, 7},                           // whole words are the matcher's business
      {"the Kremlin said", 0, 11},
      {"C\xC3\xB4te d\xE2\x80\x99Ivoire", 0, 16},   // a typographic apostrophe for '
      {"Guinea\xE2\x80\x93" "Bissau", 0, 15},       // an en dash for -
      {"A B", 0, std::nullopt},                     // two spaces in the name need two characters
      {"A \tB", 0, 4},
      {"Trail", 0, std::nullopt},                   // a trailing space is required
      {"Trail  x", 0, 7},                           // ... and takes the whole run
      {"Ab-c", 0, 4},                               // "…" in a name reads as a dash class
      {"\xE2\x82\xAC" "zone", 0, 7},                // a literal multi-byte character
      {"xRussia", 1, 7},
      {"Nigeria", 0, 7},
      {"", 0, std::nullopt},
      {"Russia", 6, std::nullopt},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.at);
    CHECK(t.longest_at(c.text, c.at) == c.end);
  }
}

TEST_CASE("name trie: the same matches as the RE2 alternation, at every position of random texts") {
  const NameTrie t = trie_of(kNames);
  const auto re = regex_of(kNames);
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(rng);
    for (std::size_t at = 0; at <= text.size(); ++at) {
      const auto expected = regex_longest_at(*re, text, at);
      const auto got = t.longest_at(text, at);
      if (got != expected) {
        CAPTURE(text);
        CAPTURE(at);
        CHECK(got == expected);
        return;
      }
      // may_start never hides a match
      if (expected && at < text.size()) CHECK(t.may_start(static_cast<unsigned char>(text[at])));
    }
  }
}

TEST_CASE("name trie: empty trie matches nothing") {
  NameTrie t;
  t.freeze();
  CHECK_FALSE(t.longest_at("Russia", 0));
}
