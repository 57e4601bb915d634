// read/utf8.cpp: a strict UTF-8 validator (see the header).
//
// News text is mostly ASCII, so the loop checks eight bytes at a time for a set high bit and only
// decodes multi-byte sequences one by one. The table of valid sequences is RFC 3629's:
//   00..7F
//   C2..DF 80..BF
//   E0 A0..BF 80..BF | E1..EC 80..BF 80..BF | ED 80..9F 80..BF | EE..EF 80..BF 80..BF
//   F0 90..BF 80..BF 80..BF | F1..F3 80..BF 80..BF 80..BF | F4 80..8F 80..BF 80..BF
#include "read/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace ag {
namespace {

bool all_ascii8(const unsigned char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the valid sequence starting at p[0] (a byte >= 0x80), or 0 when it is invalid.
std::size_t sequence_length(const unsigned char* p, std::size_t left) {
  const unsigned char b0 = p[0];
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;   // overlong
    if (b0 == 0xED) hi = 0x9F;   // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;   // overlong
    if (b0 == 0xF4) hi = 0x8F;   // above U+10FFFF
  } else {
    return 0;                    // 80..C1 (stray continuation, overlong lead) or F5..FF
  }
  if (left < need + 1) return 0;
  if (p[1] < lo || p[1] > hi) return 0;
  for (std::size_t k = 2; k <= need; ++k) {
    if (!continuation(p[k])) return 0;
  }
  return need + 1;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && all_ascii8(p + i)) {
      i += 8;
    } else if (p[i] < 0x80) {
      ++i;
    } else {
      const std::size_t len = sequence_length(p + i, n - i);
      if (len == 0) return i;
      i += len;
    }
  }
  return kValidUtf8;
}

}  // namespace ag
