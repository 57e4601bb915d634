// tests/golden_file.hpp: comparing an output with its golden file, for doctest suites.
//
// On a difference the actual output is written next to the build's test files and the message
// says where, and how to accept it (ACTORGRAPH_UPDATE_GOLDEN=1 rewrites the golden files).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

namespace ag::test {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_file(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// Checks `text` against `golden`; `actual` is where a differing output goes; `suite` is the
// ctest name to rerun.
inline void check_golden_file(const std::filesystem::path& golden, const std::filesystem::path& actual,
                              const std::string& text, const char* suite) {
  if (const char* update = std::getenv("ACTORGRAPH_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    write_file(golden, text);
    MESSAGE("updated " << golden.string());
    return;
  }
  const bool same = std::filesystem::exists(golden) && read_file(golden) == text;
  if (same) std::filesystem::remove(actual);  // no stale output from an earlier failure
  else write_file(actual, text);
  INFO("golden file " << golden.string() << " differs; actual output is in " << actual.string()
                      << "\nif the change is intended: ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir <build> -R " << suite);
  CHECK(same);
}

}  // namespace ag::test
