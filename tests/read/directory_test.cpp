// Directory walks on scratch trees: symbolic link loops end, special files are not opened, and
// the order is the sorted order of names as bytes.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "read/reader.hpp"
#include "read_test_support.hpp"

using namespace ag;
using namespace ag::test;

TEST_CASE("a symbolic link loop is reported once and not followed") {
  ScratchDir dir;
  dir.write("root/a/doc.txt", "Inside a.\n");
  REQUIRE(::symlink("..", (dir / "root/a/up").c_str()) == 0);        // back to root
  REQUIRE(::symlink("self", (dir / "root/self").c_str()) == 0);      // a link to itself
  const std::string root = dir / "root";
  const ReadResult r = read_all({root});
  CHECK(r.ids() == std::vector<std::string>{"a/doc.txt"});
  CHECK(r.warning_lines() == std::vector<std::string>{
                                 root + "/a/up: symbolic link loop (leads back to " + root + "); not followed",
                                 root + "/self: symbolic link loop; not followed"});
}

TEST_CASE("symbolic links to files and to other directories are followed") {
  ScratchDir dir;
  dir.write("elsewhere/shared.txt", "Shared text.\n");
  dir.write("root/own.txt", "Own text.\n");
  REQUIRE(::symlink((dir / "elsewhere").c_str(), (dir / "root/linked-dir").c_str()) == 0);
  REQUIRE(::symlink((dir / "elsewhere/shared.txt").c_str(), (dir / "root/linked.txt").c_str()) == 0);
  const ReadResult r = read_all({dir / "root"});
  CHECK(r.ids() == std::vector<std::string>{"linked-dir/shared.txt", "linked.txt", "own.txt"});
  CHECK(r.warnings.empty());
}

TEST_CASE("a broken link and a named pipe are skipped with a warning, never opened") {
  ScratchDir dir;
  dir.write("root/ok.txt", "Fine.\n");
  REQUIRE(::symlink("nowhere.txt", (dir / "root/broken.txt").c_str()) == 0);
  REQUIRE(::mkfifo((dir / "root/pipe").c_str(), 0600) == 0);
  const std::string root = dir / "root";
  const ReadResult r = read_all({root});
  CHECK(r.ids() == std::vector<std::string>{"ok.txt"});
  CHECK(r.warning_lines() == std::vector<std::string>{root + "/broken.txt: broken symbolic link; skipped",
                                                      root + "/pipe: not a regular file or directory; skipped"});
}

TEST_CASE("names sort as bytes, directory by directory; JSONL files in a tree give their own ids") {
  ScratchDir dir;
  dir.write("root/b.txt", "B.\n");
  dir.write("root/B.txt", "Upper B.\n");
  dir.write("root/a/z.txt", "AZ.\n");
  dir.write("root/a-c.txt", "AC.\n");
  dir.write("root/\xC3\xA9t\xC3\xA9.txt", "Summer.\n");
  dir.write("root/a/feed.ndjson", "{\"id\":\"feed-1\",\"text\":\"From a feed.\"}\n");
  CHECK(read_all({dir / "root"}).ids() ==
        std::vector<std::string>{"B.txt", "feed-1", "a/z.txt", "a-c.txt", "b.txt", "\xC3\xA9t\xC3\xA9.txt"});
}

TEST_CASE("an empty directory yields nothing and no warning") {
  ScratchDir dir;
  ::mkdir((dir / "empty").c_str(), 0700);
  const ReadResult r = read_all({dir / "empty"});
  CHECK(r.docs.empty());
  CHECK(r.warnings.empty());
}
