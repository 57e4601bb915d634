// core/hash.cpp: FNV-1a's hex form.
#include "core/hash.hpp"

namespace ag {

std::string Fnv1a::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  std::uint64_t v = h_;
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
  return out;
}

}  // namespace ag
