// tests/segment/segment_test_support.hpp: sentences as strings, and the invariants every
// segmentation must satisfy.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "segment/segmenter.hpp"

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += "\n  [" + s + "]";
    return (out + "\n}").c_str();
  }
};
}  // namespace doctest

namespace ag::test {

inline std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : segment(text)) out.emplace_back(slice(text, s.span));
  return out;
}

// White space as the segmenter trims it, written out independently: ASCII, NBSP, U+2000..U+200B,
// U+2028, U+2029, U+202F, U+205F, U+3000 and the BOM.
inline bool space_prefix(std::string_view s) {
  static const char* const kSpaces[] = {"\xC2\xA0", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F",
                                        "\xE3\x80\x80", "\xEF\xBB\xBF"};
  if (s.empty()) return false;
  if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')) return true;
  for (const char* sp : kSpaces) {
    if (s.starts_with(sp)) return true;
  }
  return s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && static_cast<unsigned char>(s[2]) >= 0x80 &&
         static_cast<unsigned char>(s[2]) <= 0x8B;
}
inline bool space_suffix(std::string_view s) {
  if (s.empty()) return false;
  const char last = s.back();
  if (last == ' ' || (last >= '\t' && last <= '\r') || s.ends_with("\xC2\xA0")) return true;
  if (s.size() < 3) return false;
  const std::string_view tail = s.substr(s.size() - 3);
  return static_cast<unsigned char>(tail[0]) >= 0xE0 && space_prefix(tail);  // a 3-byte space
}

// Spans in order, not overlapping, inside the text, not empty, trimmed, numbered 0, 1, 2, ...
inline void check_invariants(std::string_view text, const std::vector<Sentence>& out) {
  std::size_t last_end = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    const Sentence& s = out[k];
    CAPTURE(k);
    REQUIRE(s.index == k);
    REQUIRE(s.span.begin < s.span.end);
    REQUIRE(s.span.begin >= last_end);
    REQUIRE(s.span.end <= text.size());
    REQUIRE(s.span.size() <= kMaxSentenceBytes);
    const std::string_view sentence = slice(text, s.span);
    REQUIRE_FALSE(space_prefix(sentence));
    REQUIRE_FALSE(space_suffix(sentence));
    last_end = s.span.end;
  }
}

}  // namespace ag::test
