// The segmenter on the shared seed articles (read from ACTORGRAPH_SHARED_DIR at run time): every
// file gives a plausible number of sentences, none of them absurdly long, all spans well formed.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "segment/segmenter.hpp"
#include "segment_test_support.hpp"

using namespace ag;
using namespace ag::test;

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("the seed articles segment sanely") {
  const std::filesystem::path seeds = std::filesystem::path(ACTORGRAPH_SHARED_DIR) / "seeds";
  INFO("shared seeds folder: " << seeds.string());
  REQUIRE(std::filesystem::is_directory(seeds));
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 5);
  for (const auto& file : files) {
    const std::string text = read_file(file);
    const std::vector<Sentence> out = segment(text);
    CAPTURE(file.string());
    check_invariants(text, out);
    // News sentences average 100-200 bytes; these bounds only catch a broken segmenter.
    CHECK(out.size() * 30 <= text.size());
    CHECK(out.size() * 600 >= text.size());
    for (const Sentence& s : out) {
      CAPTURE(slice(text, s.span));
      CHECK(s.span.size() <= 2000);
    }
  }
}
