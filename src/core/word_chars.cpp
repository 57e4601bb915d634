// core/word_chars.cpp: UTF-8 decoding and the word-character test (see the header).
#include "core/word_chars.hpp"

namespace ag {

char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t& len) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  len = 1;
  if (b0 < 0x80) return b0;
  const std::size_t need = b0 >= 0xF5 ? 0 : b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC2 ? 1 : 0;
  if (need == 0 || i + need >= text.size()) return 0xFFFD;
  char32_t c = b0 & (0x3F >> need);
  for (std::size_t k = 1; k <= need; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  len = need + 1;
  return c;
}

bool is_word_codepoint(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  if (c >= 0xA0 && c <= 0xBF) return false;                  // NBSP, «, », ©, ° ...
  if (c == 0xD7 || c == 0xF7) return false;                  // × ÷
  if (c >= 0x2000 && c <= 0x206F) return false;              // General Punctuation: ’ “ ” – — … and spaces
  if (c >= 0x2190 && c <= 0x2BFF) return false;              // arrows, math, shapes, symbols
  if (c >= 0x3000 && c <= 0x303F) return false;              // CJK punctuation
  if (c >= 0xFF01 && c <= 0xFF0F) return false;              // fullwidth punctuation
  if (c == 0xFEFF || c == 0xFFFD) return c == 0xFFFD;        // BOM is not a word; garbage is
  return true;
}

bool word_char_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  std::size_t len = 0;
  return is_word_codepoint(decode_utf8(text, i, len));
}

bool word_char_before(std::string_view text, std::size_t i) {
  if (i == 0 || i > text.size()) return false;
  std::size_t start = i - 1;
  // Walk back over continuation bytes (at most 3) to the lead byte.
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t len = 0;
  const char32_t c = decode_utf8(text, start, len);
  if (start + len != i) return true;  // invalid sequence: the safe side
  return is_word_codepoint(c);
}

}  // namespace ag
