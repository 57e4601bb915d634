// The UTF-8 validator: a table of valid and invalid sequences, then random bytes checked against
// a plain reference decoder written from RFC 3629's table.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "read/utf8.hpp"

using namespace ag;

namespace {

struct Case {
  std::string bytes;
  std::size_t first_invalid;  // kValidUtf8 when valid
};

const Case kCases[] = {
    {"", kValidUtf8},
    {"plain ASCII text", kValidUtf8},
    {"caf\xC3\xA9", kValidUtf8},                          // é
    {"\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\xA6", kValidUtf8},  // “quoted” …
    {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", kValidUtf8},  // Москва
    {"\xE4\xB8\xAD\xE5\x9B\xBD", kValidUtf8},             // 中国
    {"\xF0\x9F\x98\x80", kValidUtf8},                     // U+1F600
    {"\xF4\x8F\xBF\xBF", kValidUtf8},                     // U+10FFFF, the last code point
    {"\xEF\xBB\xBF" "BOM", kValidUtf8},
    {"\xED\x9F\xBF", kValidUtf8},                         // U+D7FF, just below the surrogates
    {"\x80", 0},                                          // a lone continuation byte
    {"ab\xBF", 2},
    {"\xC0\xAF", 0},                                      // overlong "/"
    {"\xC1\xBF", 0},                                      // overlong
    {"\xE0\x80\xAF", 0},                                  // overlong, 3 bytes
    {"\xF0\x80\x80\xAF", 0},                              // overlong, 4 bytes
    {"\xED\xA0\x80", 0},                                  // surrogate U+D800
    {"x\xED\xBF\xBF", 1},                                 // surrogate U+DFFF
    {"\xF4\x90\x80\x80", 0},                              // above U+10FFFF
    {"\xF5\x80\x80\x80", 0},
    {"\xFF", 0},
    {"\xFE\xFF", 0},
    {"end\xC3", 3},                                       // truncated at the end
    {"end\xE2\x80", 3},
    {"end\xF0\x9F\x98", 3},
    {"\xC3" "a", 0},                                      // a lead byte without its continuation
    {"\xE2\x80" "a", 0},
    {"0123456789abcdef\xFF", 16},                         // after the 8-byte fast path
    {"0123456\xC3\xA9" "89abcdef\x80", 17},                // fast path resumes after a sequence
    {std::string("nul \0 is valid", 14), kValidUtf8},
};

// RFC 3629, section 4, one byte at a time.
std::size_t reference(const std::string& s) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const auto in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t left = s.size() - i;
    const unsigned char c = b(i);
    std::size_t len = 0;
    if (c <= 0x7F) len = 1;
    else if (in(c, 0xC2, 0xDF) && left >= 2 && in(b(i + 1), 0x80, 0xBF)) len = 2;
    else if (left >= 3 && in(b(i + 2), 0x80, 0xBF) &&
             ((c == 0xE0 && in(b(i + 1), 0xA0, 0xBF)) || (in(c, 0xE1, 0xEC) && in(b(i + 1), 0x80, 0xBF)) ||
              (c == 0xED && in(b(i + 1), 0x80, 0x9F)) || (in(c, 0xEE, 0xEF) && in(b(i + 1), 0x80, 0xBF))))
      len = 3;
    else if (left >= 4 && in(b(i + 2), 0x80, 0xBF) && in(b(i + 3), 0x80, 0xBF) &&
             ((c == 0xF0 && in(b(i + 1), 0x90, 0xBF)) || (in(c, 0xF1, 0xF3) && in(b(i + 1), 0x80, 0xBF)) ||
              (c == 0xF4 && in(b(i + 1), 0x80, 0x8F))))
      len = 4;
    if (len == 0) return i;
    i += len;
  }
  return kValidUtf8;
}

}  // namespace

TEST_CASE("the validator finds the first invalid sequence") {
  for (const Case& c : kCases) {
    CAPTURE(c.bytes);
    CHECK(find_invalid_utf8(c.bytes) == c.first_invalid);
    CHECK(reference(c.bytes) == c.first_invalid);
    CHECK(is_valid_utf8(c.bytes) == (c.first_invalid == kValidUtf8));
  }
}

TEST_CASE("the validator agrees with the reference on random bytes") {
  std::mt19937 rng(20240601);
  // Bytes drawn mostly from the interesting ranges, so that long valid prefixes happen.
  const unsigned char pool[] = {'a', ' ', '.', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xC3, 0xDF,
                                0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xC0, 0x00};
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 24, '\0');
    for (char& ch : s) ch = static_cast<char>(pool[rng() % sizeof pool]);
    CAPTURE(s);
    REQUIRE(find_invalid_utf8(s) == reference(s));
  }
}
