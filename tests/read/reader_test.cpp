// The reader on fixture files: what becomes a document, with which id and bytes, and what is a
// warning (tests/read/fixtures/tree holds one file of each kind).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include "read/reader.hpp"
#include "read_test_support.hpp"

using namespace ag;
using namespace ag::test;

namespace {

const std::string kTree = fixture("tree");

// Reads `bytes` given on standard input.
ReadResult read_stdin(const ScratchDir& dir, const std::string& bytes, const ReadOptions& options = {}) {
  const std::string path = dir.write("stdin", bytes);
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  ReadResult r;
  try {
    r = read_all({"-"}, options);
  } catch (...) {
    ::dup2(saved, STDIN_FILENO);
    ::close(saved);
    throw;
  }
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  return r;
}

}  // namespace

TEST_CASE("a directory is read recursively, in sorted order, without hidden entries") {
  const ReadResult r = read_all({kTree});
  CHECK(r.ids() == std::vector<std::string>{"01-plain.txt", "bad-utf8.txt", "bom-crlf.txt", "j1", "j2", "j5", "j7",
                                            "j8", "j10", "nested/02-deep.txt", "nested/inner/03-deeper.txt"});
}

TEST_CASE("a directory's skips are warnings naming the file and what is wrong") {
  const std::vector<std::string> w = read_all({kTree}).warning_lines(kTree + "/");
  const std::vector<std::string> expected = {
      "bad-utf8.txt (byte 13): invalid UTF-8; the document is read with its original bytes",
      "blank.txt: empty file; skipped",
      "docs.jsonl:4: \"id\" is not a string; line skipped",
      "docs.jsonl:5: missing \"id\"; line skipped",
      "docs.jsonl:6: missing \"text\"; line skipped",
      "docs.jsonl:7:32: malformed JSON: Missing a closing quotation mark in string.; line skipped",
      "docs.jsonl:8: a JSON Lines document must be an object; line skipped",
      "docs.jsonl:9: \"date\" is not a string; ignored",
      "docs.jsonl:10: document \"j6\" has an empty text; skipped",
      "docs.jsonl:13:39: malformed JSON: The document root must not be followed by other values.; line skipped",
      "empty.txt: empty file; skipped",
      "image.bin (byte 3): binary file (NUL byte); skipped",
  };
  CHECK(w == expected);
}

TEST_CASE("a single file's id is its path as given; a directory's files are named relative to it") {
  const std::string file = kTree + "/nested/02-deep.txt";
  CHECK(read_all({file}).ids() == std::vector<std::string>{file});
  CHECK(read_all({kTree + "/nested"}).ids() == std::vector<std::string>{"02-deep.txt", "inner/03-deeper.txt"});
  CHECK(read_all({kTree + "/nested/"}).ids() == std::vector<std::string>{"02-deep.txt", "inner/03-deeper.txt"});
}

TEST_CASE("inputs are read in the order given, a hidden file too when named") {
  const ReadResult r = read_all({kTree + "/nested/02-deep.txt", kTree + "/.hidden.txt", kTree + "/01-plain.txt"});
  REQUIRE(r.docs.size() == 3);
  CHECK(r.docs[1].text == "Hidden files are never read.\n");
  CHECK(r.docs[2].text.starts_with("Trade between"));
}

TEST_CASE("a BOM and CRLF line ends are kept: offsets point into the original bytes") {
  const ReadResult r = read_all({kTree + "/bom-crlf.txt"});
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].text == "\xEF\xBB\xBF" "First line.\r\nSecond line.\r\n");
  CHECK(r.warnings.empty());
}

TEST_CASE("invalid UTF-8 is a warning with its byte offset, and the document keeps its bytes") {
  const ReadResult r = read_all({kTree + "/bad-utf8.txt"});
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].text == "Valid start. \xFF\xFE broken bytes here.\n");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].where.offset == 13);
}

TEST_CASE("empty and binary files are skipped with a warning") {
  for (const char* name : {"empty.txt", "blank.txt", "image.bin"}) {
    CAPTURE(name);
    const ReadResult r = read_all({kTree + "/" + name});
    CHECK(r.docs.empty());
    CHECK(r.warnings.size() == 1);
  }
}

TEST_CASE("a missing input is an InputError naming the path and the system's reason") {
  ScratchDir dir;
  const std::string missing = dir / "no-such-file.txt";
  CHECK(read_error({missing}) == missing + ": cannot read: No such file or directory");
  CHECK(read_error({kTree + "/01-plain.txt", missing}) == missing + ": cannot read: No such file or directory");
  try {
    read_all({missing});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.code() == ExitCode::input);
  }
}

TEST_CASE("an unreadable input is an InputError (skipped as root: root reads everything)") {
  if (::geteuid() == 0) {
    MESSAGE("running as root: permissions cannot make a file unreadable; the missing-file test covers the path");
    return;
  }
  ScratchDir dir;
  const std::string file = dir.write("secret.txt", "Nobody may read this.\n");
  REQUIRE(::chmod(file.c_str(), 0) == 0);
  CHECK(read_error({file}) == file + ": cannot read: Permission denied");
  // Inside a directory, the same file is a warning and a skip.
  dir.write("readable.txt", "Anybody may read this.\n");
  const ReadResult r = read_all({dir.path()});
  CHECK(r.ids() == std::vector<std::string>{"readable.txt"});
  CHECK(r.warning_lines() == std::vector<std::string>{file + ": cannot read: Permission denied; skipped"});
}

TEST_CASE("--strict turns every warning into an InputError") {
  const ReadOptions strict{true};
  CHECK(read_error({kTree + "/image.bin"}, strict) == kTree + "/image.bin (byte 3): binary file (NUL byte); skipped");
  CHECK(read_error({kTree + "/empty.txt"}, strict) == kTree + "/empty.txt: empty file; skipped");
  CHECK(read_error({kTree + "/bad-utf8.txt"}, strict).starts_with(kTree + "/bad-utf8.txt (byte 13): invalid UTF-8"));
  CHECK(read_error({kTree + "/docs.jsonl"}, strict) == kTree + "/docs.jsonl:4: \"id\" is not a string; line skipped");
  CHECK(read_error({kTree + "/01-plain.txt", kTree + "/bom-crlf.txt"}, strict).empty());
}

TEST_CASE("a 100 MB file without a newline is one document") {
  ScratchDir dir;
  std::string big;
  big.reserve(100 << 20);
  while (big.size() < (100u << 20)) big += "word ";
  const std::string path = dir.write("big.txt", big);
  const ReadResult r = read_all({path});
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].text.size() == big.size());
  CHECK(r.docs[0].text == big);
  CHECK(r.warnings.empty());
}

TEST_CASE("a NUL byte after the first 8 KiB does not make a file binary") {
  ScratchDir dir;
  const std::string late = std::string(9000, 'a') + '\0' + "tail";
  const ReadResult r = read_all({dir.write("late-nul.txt", late)});
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].text == late);
}

TEST_CASE("standard input is one text document with id \"-\"") {
  ScratchDir dir;
  const ReadResult r = read_stdin(dir, "Text from a pipe. It has two sentences.\n");
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].id == "-");
  CHECK(r.docs[0].text == "Text from a pipe. It has two sentences.\n");
}

TEST_CASE("standard input that starts with '{' is JSON Lines") {
  ScratchDir dir;
  const ReadResult r = read_stdin(dir, "\xEF\xBB\xBF  {\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\nnot json\n");
  CHECK(r.ids() == std::vector<std::string>{"a", "b"});
  CHECK(r.warning_lines() ==
        std::vector<std::string>{"<stdin>:3:2: malformed JSON: Invalid value.; line skipped"});
}

TEST_CASE("empty standard input is a warning") {
  ScratchDir dir;
  const ReadResult r = read_stdin(dir, "");
  CHECK(r.docs.empty());
  CHECK(r.warning_lines() == std::vector<std::string>{"<stdin>: empty file; skipped"});
}
