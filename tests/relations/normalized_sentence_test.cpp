// The text relation patterns run on: placeholders, folding, and offsets back into the original.
#include <doctest/doctest.h>

#include "relations/normalized_sentence.hpp"

using namespace ag;

TEST_CASE("mentions become placeholders; quotes, dashes and spaces are folded; case is lowered") {
  const std::string text = "Russia’s  “Big”\nDeal — with China–India";
  const std::size_t china = text.find("China"), india = text.find("India");
  std::vector<Placeholder> ph = {{{0, 6}, 'c', 1}, {{china, china + 5}, 'c', 2}, {{india, india + 5}, 'c', 3}};
  NormalizedSentence out;
  normalize_sentence(text, Span{0, text.size()}, ph, out);
  CHECK(out.text == "@c0@'s \"big\" deal , with @c1@-@c2@");
  REQUIRE(out.offsets.size() == out.text.size() + 1);
  // Every byte maps back into the original: "deal" starts at byte 19 of the original.
  CHECK(text.substr(out.offsets[out.text.find("deal")], 4) == "Deal");
  CHECK(out.offsets.back() == text.size());
}

TEST_CASE("two placeholders with one span read as a coordination") {
  const std::string text = "Both countries signed.";
  std::vector<Placeholder> ph = {{{0, 14}, 'c', 1}, {{0, 14}, 'c', 2}};
  NormalizedSentence out;
  normalize_sentence(text, Span{0, text.size()}, ph, out);
  CHECK(out.text == "@c0@ and @c1@ signed.");
}

TEST_CASE("every character's offset: words copied in runs, a collapsed space points at the next word") {
  // Single spaces, a double space, a tab, a newline, a non-ASCII letter and a placeholder glued to
  // a word: each normalized byte maps to its byte of the original, a space to the word after it.
  const std::string text = "  The EU\tand  Café Ltd\nsaid:EU's  ok ";
  const std::size_t eu2 = text.rfind("EU");
  std::vector<Placeholder> ph = {{{6, 8}, 'o', 4}, {{eu2, eu2 + 2}, 'o', 4}};
  NormalizedSentence out;
  normalize_sentence(text, Span{0, text.size()}, ph, out);
  CHECK(out.text == "the @o0@ and caf\xC3\xA9 ltd said:@o1@'s ok");
  REQUIRE(out.offsets.size() == out.text.size() + 1);
  const std::vector<std::size_t> expected = {2,  3,  4,  6,  6,  6,  6,  6,  9,  9,  10, 11, 14, 14, 15, 16, 17, 18, 20,
                                             20, 21, 22, 24, 24, 25, 26, 27, 28, 29, 29, 29, 29, 31, 32, 35, 35, 36, 38};
  CHECK(out.offsets == expected);
}
