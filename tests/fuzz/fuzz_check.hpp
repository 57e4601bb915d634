// tests/fuzz/fuzz_check.hpp: what the fuzz targets share.
//
// A fuzz target defines LLVMFuzzerTestOneInput(data, size): it feeds the bytes to one reader of
// user input and checks the invariants of what comes out. Errors (ag::Error) are expected and
// fine; a crash, a sanitizer report or a failed FUZZ_CHECK is a bug. The same file links either
// libFuzzer's driver (fuzz_<target>, clang with ACTORGRAPH_FUZZ) or replay_main.cpp (the ctest
// that replays the seed corpus and every kept crash input).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/document.hpp"

// Aborts (which libFuzzer reports as a crash, with the input saved) when an invariant fails.
#define FUZZ_CHECK(cond)                                                                     \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);     \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

namespace ag::fuzz {

inline std::string bytes(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// True when `inner` lies inside `outer`.
inline bool within(Span inner, Span outer) {
  return outer.begin <= inner.begin && inner.begin <= inner.end && inner.end <= outer.end;
}

}  // namespace ag::fuzz
