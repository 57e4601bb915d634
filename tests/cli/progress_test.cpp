// The progress line of build and extract (cli/progress.hpp), driven by a fake clock.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/progress.hpp"

using ag::cli::ProgressLine;

namespace {

constexpr std::uint64_t kMB = 1024 * 1024;

// A clock the test moves by hand.
struct FakeClock {
  double now = 100.0;
  ProgressLine::Clock fn() {
    return [this] { return now; };
  }
};

std::size_t count(const std::string& s, char c) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), c)); }

}  // namespace

TEST_CASE("nothing is drawn in the first second") {
  std::ostringstream out;
  FakeClock clock;
  ProgressLine line(out, clock.fn(), true, 10 * kMB);
  for (int i = 0; i < 9; ++i) {
    clock.now += 0.1;
    line.add_document(kMB / 2);
  }
  line.finish();  // a run shorter than a second leaves no trace, not even a newline
  CHECK(out.str().empty());
}

TEST_CASE("after a second: documents, MB, MB/s and ETA on one line redrawn with \\r") {
  std::ostringstream out;
  FakeClock clock;
  ProgressLine line(out, clock.fn(), true, 10 * kMB);
  clock.now += 2.0;
  line.add_document(4 * kMB);  // 4 MB in 2 s: 2 MB/s, 6 MB left: 3 s
  CHECK(out.str() == "\r1 docs  4.0 MB / 10.0 MB (40%)  2.0 MB/s  ETA 0:03");
}

TEST_CASE("at most ten redraws a second") {
  std::ostringstream out;
  FakeClock clock;
  ProgressLine line(out, clock.fn(), true, std::nullopt);
  clock.now += 1.0;
  for (int i = 0; i < 1000; ++i) {  // 1000 documents over one second
    clock.now += 0.001;
    line.add_document(1000);
  }
  const std::size_t redraws = count(out.str(), '\r');
  CHECK(redraws >= 9);
  CHECK(redraws <= 11);
}

TEST_CASE("finish draws the final figures and ends the line with a newline") {
  std::ostringstream out;
  FakeClock clock;
  {
    ProgressLine line(out, clock.fn(), true, std::nullopt);
    clock.now += 1.5;
    line.add_document(3 * kMB);
    clock.now += 0.01;
    line.add_document(0);  // too soon to redraw
    line.finish();
    line.finish();  // a second call does nothing, nor does the destructor
  }
  const std::string s = out.str();
  REQUIRE(!s.empty());
  CHECK(s.back() == '\n');
  CHECK(count(s, '\n') == 1);
  CHECK(s.find("2 docs  3.0 MB  2.0 MB/s\n") != std::string::npos);  // no ETA without a total
  CHECK(s.find("ETA") == std::string::npos);
}

TEST_CASE("a line left drawn by an error still ends with a newline") {
  std::ostringstream out;
  FakeClock clock;
  {
    ProgressLine line(out, clock.fn(), true, std::nullopt);
    clock.now += 1.5;
    line.add_document(kMB);
  }
  CHECK(out.str().back() == '\n');
}

TEST_CASE("clear blanks the line so that a warning starts a clean line") {
  std::ostringstream out;
  FakeClock clock;
  ProgressLine line(out, clock.fn(), true, 10 * kMB);
  clock.now += 2.0;
  line.add_document(kMB);
  const std::size_t width = out.str().size() - 1;  // without the leading '\r'
  out.str("");
  line.clear();
  std::string blank(width + 2, ' ');
  blank.front() = blank.back() = '\r';
  CHECK(out.str() == blank);
  out.str("");
  line.clear();  // nothing shown: nothing to clear
  CHECK(out.str().empty());
  clock.now += 0.05;
  line.add_document(kMB);  // within the interval: the line stays away ...
  CHECK(out.str().empty());
  clock.now += 0.1;
  line.add_document(kMB);  // ... and comes back at the next due update
  CHECK(out.str().starts_with("\r3 docs"));
}

TEST_CASE("a shorter line is padded over the longer one before it") {
  std::ostringstream out;
  FakeClock clock;
  ProgressLine line(out, clock.fn(), true, std::nullopt);
  clock.now += 1.0;
  line.add_document(100 * kMB);  // 100.0 MB/s
  const std::size_t first = out.str().size() - 1;
  out.str("");
  clock.now += 99.0;
  line.add_document(0);  // 1.0 MB/s: two characters shorter
  CHECK(out.str().size() - 1 == first);
  CHECK(out.str().ends_with("1.0 MB/s  "));
}

TEST_CASE("disabled: no output at all") {
  std::ostringstream out;
  FakeClock clock;
  {
    ProgressLine line(out, clock.fn(), false, 10 * kMB);
    for (int i = 0; i < 100; ++i) {
      clock.now += 0.5;
      line.add_document(kMB);
    }
    line.clear();
    line.finish();
  }
  CHECK(out.str().empty());
}

TEST_CASE("format: share capped at 100%, ETA in minutes or hours") {
  CHECK(ProgressLine::format(7, 12 * kMB, 4.0, 10 * kMB) == "7 docs  12.0 MB / 10.0 MB (100%)  3.0 MB/s  ETA 0:00");
  CHECK(ProgressLine::format(1, kMB, 1.0, 7201 * kMB) == "1 docs  1.0 MB / 7201.0 MB (0%)  1.0 MB/s  ETA 2:00:00");
  CHECK(ProgressLine::format(0, 0, 1.0, std::nullopt) == "0 docs  0.0 MB  0.0 MB/s");
}

TEST_CASE("input_bytes: files and directories summed, hidden entries skipped, stdin unknown") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "actorgraph_progress_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  fs::create_directories(dir / ".hidden");
  auto write = [](const fs::path& p, std::size_t n) { std::ofstream(p) << std::string(n, 'x'); };
  write(dir / "a.txt", 10);
  write(dir / "sub" / "b.txt", 20);
  write(dir / ".c.txt", 100);
  write(dir / ".hidden" / "d.txt", 1000);
  write(dir / "e.jsonl", 5);
  CHECK(ag::cli::input_bytes({dir.string()}) == 30 + 5);
  CHECK(ag::cli::input_bytes({(dir / "a.txt").string(), (dir / "no-such-file").string()}) == 10);
  CHECK(ag::cli::input_bytes({(dir / "a.txt").string(), "-"}) == std::nullopt);
  fs::remove_all(dir);
}
