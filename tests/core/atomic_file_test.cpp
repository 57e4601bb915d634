// Output files are replaced atomically: a run that fails before commit() leaves the previous file
// intact and no temporary file behind.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/atomic_file.hpp"
#include "core/error.hpp"

using namespace ag;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::size_t files_in(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("commit replaces the file; an uncommitted write leaves the old one and no temporary") {
  const fs::path dir = fs::temp_directory_path() / "actorgraph-atomic-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "graph.json";
  {
    AtomicFile f(target.string());
    f.stream() << "first";
    f.commit();
  }
  CHECK(slurp(target) == "first");
  {
    AtomicFile f(target.string());
    f.stream() << "second, half-written";
    // no commit: as if the run failed here
  }
  CHECK(slurp(target) == "first");
  CHECK(files_in(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a directory that does not exist is an output error naming the path") {
  try {
    AtomicFile f("/no/such/dir/out.json");
    FAIL("expected an error");
  } catch (const OutputError& e) {
    CHECK(e.message().find("/no/such/dir/out.json") != std::string::npos);
  }
}

TEST_CASE("a device is written in place") {
  AtomicFile f("/dev/null");
  f.stream() << "discarded";
  CHECK_NOTHROW(f.commit());
}
