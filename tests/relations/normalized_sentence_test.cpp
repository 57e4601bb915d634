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
