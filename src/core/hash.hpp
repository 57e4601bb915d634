// core/hash.hpp: FNV-1a, the 64-bit hash behind rule-pack fingerprints and document content
// hashes. Not cryptographic: it tells files apart, it does not defend against forgery.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ag {

class Fnv1a {
 public:
  void add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      h_ ^= c;
      h_ *= kPrime;
    }
  }
  void add_byte(unsigned char c) {
    h_ ^= c;
    h_ *= kPrime;
  }
  std::uint64_t value() const { return h_; }
  std::string hex() const;  // 16 lower-case hex digits

 private:
  static constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t h_ = 1469598103934665603ULL;
};

inline std::string fnv1a_hex(std::string_view bytes) {
  Fnv1a h;
  h.add(bytes);
  return h.hex();
}

}  // namespace ag
