// segment/chars.hpp: the character classes the segmenter decides with, on raw UTF-8 bytes.
//
// Each test looks at the character starting (or ending) at a byte offset and returns its length in
// bytes, or 0 when it is not of the class, so the caller can step over it. Invalid UTF-8 is simply
// "not of the class": these functions never read outside the text and never fail. They are inline
// because the segmenter calls them in its inner loop.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/word_chars.hpp"

namespace ag::segment_detail {

inline unsigned char byte_at(std::string_view t, std::size_t i) { return static_cast<unsigned char>(t[i]); }

// True if the bytes at `i` are exactly b0 b1 b2.
inline bool has3(std::string_view t, std::size_t i, unsigned char b0, unsigned char b1, unsigned char b2) {
  return i + 2 < t.size() && byte_at(t, i) == b0 && byte_at(t, i + 1) == b1 && byte_at(t, i + 2) == b2;
}
inline bool has2(std::string_view t, std::size_t i, unsigned char b0, unsigned char b1) {
  return i + 1 < t.size() && byte_at(t, i) == b0 && byte_at(t, i + 1) == b1;
}

inline bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_letter(unsigned char c) { return ascii_upper(c) || ascii_lower(c); }
inline bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// White space: ASCII, NBSP, U+2000..U+200B, U+2028/9, U+202F, U+205F, U+3000, and the BOM (not
// space, but never part of a sentence either).
inline std::size_t space_at(std::string_view t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c < 0x80) return ascii_space(c) ? 1 : 0;
  if (c == 0xC2) return has2(t, i, 0xC2, 0xA0) ? 2 : 0;
  if (i + 2 >= t.size()) return 0;
  const unsigned char c1 = byte_at(t, i + 1), c2 = byte_at(t, i + 2);
  if (c == 0xE2 && c1 == 0x80) return ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) ? 3 : 0;
  if (c == 0xE2 && c1 == 0x81) return c2 == 0x9F ? 3 : 0;
  if (c == 0xE3) return (c1 == 0x80 && c2 == 0x80) ? 3 : 0;
  if (c == 0xEF) return (c1 == 0xBB && c2 == 0xBF) ? 3 : 0;
  return 0;
}

// The length of the white-space character that ends just before `i`, or 0.
inline std::size_t space_before(std::string_view t, std::size_t i) {
  if (i == 0) return 0;
  if (byte_at(t, i - 1) < 0x80) return ascii_space(byte_at(t, i - 1)) ? 1 : 0;
  if (i >= 2 && space_at(t, i - 2) == 2) return 2;
  if (i >= 3 && space_at(t, i - 3) == 3) return 3;
  return 0;
}

// Sentence-final punctuation: . ! ? … ‼ ⁇ ⁈ ⁉ and Arabic ؟ and Devanagari । ॥ need white space after
// them; `always` is set for the CJK full stops 。！？｡, which end a sentence without it.
inline std::size_t terminal_at(std::string_view t, std::size_t i, bool& always) {
  always = false;
  const unsigned char c = byte_at(t, i);
  if (c == '.' || c == '!' || c == '?') return 1;
  if (c < 0x80) return 0;
  if (has3(t, i, 0xE2, 0x80, 0xA6) || has3(t, i, 0xE2, 0x80, 0xBC)) return 3;
  if (has3(t, i, 0xE2, 0x81, 0x87) || has3(t, i, 0xE2, 0x81, 0x88) || has3(t, i, 0xE2, 0x81, 0x89)) return 3;
  if (has2(t, i, 0xD8, 0x9F)) return 2;
  if (has3(t, i, 0xE0, 0xA5, 0xA4) || has3(t, i, 0xE0, 0xA5, 0xA5)) return 3;
  always = has3(t, i, 0xE3, 0x80, 0x82) || has3(t, i, 0xEF, 0xBC, 0x81) || has3(t, i, 0xEF, 0xBC, 0x9F) ||
           has3(t, i, 0xEF, 0xBD, 0xA1);
  return always ? 3 : 0;
}

// Closing quotes and brackets that may follow sentence-final punctuation: " ' ) ] ” ’ » › 」 』 ）
inline std::size_t closer_at(std::string_view t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (has3(t, i, 0xE2, 0x80, 0x9D) || has3(t, i, 0xE2, 0x80, 0x99) || has3(t, i, 0xE2, 0x80, 0xBA)) return 3;
  if (has2(t, i, 0xC2, 0xBB)) return 2;
  if (has3(t, i, 0xE3, 0x80, 0x8D) || has3(t, i, 0xE3, 0x80, 0x8F) || has3(t, i, 0xEF, 0xBC, 0x89)) return 3;
  return 0;
}

// Opening quotes and brackets that may start a sentence: " ' ( [ “ ‘ „ « ‹ 「 『 （
inline std::size_t opener_at(std::string_view t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
  if (has3(t, i, 0xE2, 0x80, 0x9C) || has3(t, i, 0xE2, 0x80, 0x98) || has3(t, i, 0xE2, 0x80, 0x9E)) return 3;
  if (has3(t, i, 0xE2, 0x80, 0xB9)) return 3;
  if (has2(t, i, 0xC2, 0xAB)) return 2;
  if (has3(t, i, 0xE3, 0x80, 0x8C) || has3(t, i, 0xE3, 0x80, 0x8E) || has3(t, i, 0xEF, 0xBC, 0x88)) return 3;
  return 0;
}

// Currency signs that may start a sentence ("$5 billion was ..."): $ £ ¥ € ₽ ₹ ₩
inline bool currency_at(std::string_view t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c == '$') return true;
  if (has2(t, i, 0xC2, 0xA3) || has2(t, i, 0xC2, 0xA5)) return true;
  return has3(t, i, 0xE2, 0x82, 0xAC) || has3(t, i, 0xE2, 0x82, 0xBD) || has3(t, i, 0xE2, 0x82, 0xB9) ||
         has3(t, i, 0xE2, 0x82, 0xA9);
}

// A list marker at `i` and the white space after it; 0 when there is none. Markers: • ‣ ◦ ▪ ● ■
// (space after them optional), "-", "*", "–", "—", "·" followed by a space, and "1." / "12)" (one to
// three digits) followed by a space.
std::size_t bullet_at(std::string_view t, std::size_t i);

// Lower-case letters of the scripts with case that news uses (Latin, Greek, Cyrillic, Armenian);
// the decision "is this the start of a new sentence" needs nothing finer.
bool is_lower_codepoint(char32_t c);

// Could a sentence start at `i`? An upper-case letter, a digit, a letter of a script without case
// (CJK, Arabic, ...), an opening quote or bracket, a currency sign or a list marker. A lower-case
// letter and other punctuation cannot.
bool starts_sentence(std::string_view t, std::size_t i);

}  // namespace ag::segment_detail
