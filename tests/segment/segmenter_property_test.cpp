// Invariants on random text: whatever the bytes, sentence spans are in order, do not overlap,
// stay inside the text, are not empty, and never start or end with white space. The text is
// built from fragments that exercise every rule (abbreviations, quotes, bullets, line breaks,
// multi-byte punctuation, invalid UTF-8), so that random mixes hit their corners.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "segment/segmenter.hpp"
#include "segment_test_support.hpp"

using namespace ag;
using namespace ag::test;

namespace {

const char* const kFragments[] = {
    "Russia", "China", "the", "trade", "said", "and", ",", " ", " ", " ", "  ", ".", ". ", "! ", "? ",
    "...", "\xE2\x80\xA6", "U.S.", "e.g.", "Mr.", "No.", "Inc.", "W.", "$1.5", "3.14", "\n", "\n\n",
    "\r\n", "\t", "\xE2\x80\xA2 ", "- ", "* ", "1. ", "12) ", "\"", "'", "(", ")", "\xE2\x80\x9C",
    "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xA0", "\xE2\x80\x83", "\xE3\x80\x80", "\xEF\xBB\xBF",
    "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE4\xB8\xAD\xE3\x80\x82", "\xEF\xBC\x81", "\xD8\x9F",
    "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xFF", "\xC3", "\xE2\x80", "\xE2", "\xF0\x9F",
    "The", "It", "A", "and\n", ",\n", ".3 ", "[12] ", "\xE2\x80\x94 ",
};

std::string random_text(std::mt19937& rng, std::size_t pieces) {
  std::string text;
  const std::size_t n = sizeof kFragments / sizeof kFragments[0];
  for (std::size_t k = 0; k < pieces; ++k) text += kFragments[rng() % n];
  return text;
}

}  // namespace

TEST_CASE("sentence spans are ordered, disjoint, inside the text and trimmed, for any mix") {
  std::mt19937 rng(7);
  for (int round = 0; round < 5000; ++round) {
    const std::string text = random_text(rng, 1 + rng() % 80);
    CAPTURE(text);
    check_invariants(text, segment(text));
  }
}

TEST_CASE("the invariants hold on random bytes too") {
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    std::string text(rng() % 200, '\0');
    for (char& c : text) c = static_cast<char>(rng() % 256);
    CAPTURE(text);
    check_invariants(text, segment(text));
  }
}

TEST_CASE("text at the end: every fragment alone and at the very end of a text") {
  for (const char* fragment : kFragments) {
    const std::string alone = fragment;
    const std::string at_end = "Start of text. " + alone;
    CAPTURE(alone);
    check_invariants(alone, segment(alone));
    check_invariants(at_end, segment(at_end));
  }
}

TEST_CASE("every sentence of news text keeps its words: no text is lost but white space and markers") {
  std::mt19937 rng(3);
  for (int round = 0; round < 500; ++round) {
    const std::string text = random_text(rng, 60);
    std::string letters_in, letters_out;
    for (const char c : text) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters_in += c;
    }
    for (const Sentence& s : segment(text)) {
      for (const char c : slice(text, s.span)) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters_out += c;
      }
    }
    CAPTURE(text);
    CHECK(letters_out == letters_in);
  }
}
