// segment/chars.cpp: the less frequent character tests of segment/chars.hpp.
#include "segment/chars.hpp"

namespace ag::segment_detail {
namespace {

// Symbols that are list markers on their own: • ‣ ◦ ▪ ● ■
std::size_t symbol_bullet(std::string_view t, std::size_t i) {
  if (has3(t, i, 0xE2, 0x80, 0xA2) || has3(t, i, 0xE2, 0x80, 0xA3) || has3(t, i, 0xE2, 0x97, 0xA6) ||
      has3(t, i, 0xE2, 0x96, 0xAA) || has3(t, i, 0xE2, 0x97, 0x8F) || has3(t, i, 0xE2, 0x96, 0xA0)) {
    return 3;
  }
  return 0;
}

// Dashes and stars that are list markers when a space follows: - * – — ·
std::size_t dash_bullet(std::string_view t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c == '-' || c == '*') return 1;
  if (has3(t, i, 0xE2, 0x80, 0x93) || has3(t, i, 0xE2, 0x80, 0x94)) return 3;
  return has2(t, i, 0xC2, 0xB7) ? 2 : 0;
}

// "1." or "12)" (up to three digits).
std::size_t number_bullet(std::string_view t, std::size_t i) {
  std::size_t k = i;
  while (k < t.size() && k - i < 4 && ascii_digit(byte_at(t, k))) ++k;
  if (k == i || k - i > 3 || k >= t.size()) return 0;
  return (t[k] == '.' || t[k] == ')') ? k + 1 - i : 0;
}

// The white space after a marker at `end`; 0 when there is none (or the text ends there).
std::size_t space_after(std::string_view t, std::size_t end) {
  std::size_t k = end;
  while (k < t.size()) {
    const std::size_t len = space_at(t, k);
    if (len == 0 || t[k] == '\n') break;
    k += len;
  }
  return k - end;
}

}  // namespace

std::size_t bullet_at(std::string_view t, std::size_t i) {
  if (i >= t.size()) return 0;
  if (const std::size_t len = symbol_bullet(t, i)) return len + space_after(t, i + len);
  std::size_t len = dash_bullet(t, i);
  if (len == 0) len = number_bullet(t, i);
  if (len == 0) return 0;
  const std::size_t space = space_after(t, i + len);
  return space > 0 ? len + space : 0;
}

bool is_lower_codepoint(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;                      // ß à ... ÿ
  if (c >= 0x100 && c <= 0x137) return (c & 1) == 1;                  // Latin Extended-A, pairs
  if (c >= 0x139 && c <= 0x148) return (c & 1) == 0;
  if (c >= 0x14A && c <= 0x177) return (c & 1) == 1;
  if (c >= 0x179 && c <= 0x17F) return (c & 1) == 0 || c == 0x17F;
  if (c >= 0x3AC && c <= 0x3CE) return true;                          // Greek
  if (c >= 0x430 && c <= 0x45F) return true;                          // Cyrillic а..я ѐ..џ
  if (c >= 0x460 && c <= 0x4FF) return (c & 1) == 1;
  if (c >= 0x561 && c <= 0x587) return true;                          // Armenian
  if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 1;                // Latin Extended Additional
  return false;
}

bool starts_sentence(std::string_view t, std::size_t i) {
  if (i >= t.size()) return false;
  const unsigned char c = byte_at(t, i);
  if (ascii_upper(c) || ascii_digit(c)) return true;
  if (ascii_lower(c)) return false;
  if (opener_at(t, i) || currency_at(t, i) || bullet_at(t, i)) return true;
  if (c < 0x80) return false;
  std::size_t len = 0;
  const char32_t cp = decode_utf8(t, i, len);
  return len > 1 && is_word_codepoint(cp) && !is_lower_codepoint(cp);
}

}  // namespace ag::segment_detail
