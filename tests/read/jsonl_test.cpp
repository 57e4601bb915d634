// JSON Lines: one document per line; every bad line is a warning naming file:line, and a skip.
#include <doctest/doctest.h>

#include "read/reader.hpp"
#include "read_test_support.hpp"

using namespace ag;
using namespace ag::test;

TEST_CASE("JSON Lines documents carry their id, text and metadata") {
  const ReadResult r = read_all({fixture("tree/docs.jsonl")});
  REQUIRE(r.ids() == std::vector<std::string>{"j1", "j2", "j5", "j7", "j8", "j10"});
  const Document& j1 = r.docs[0];
  CHECK(j1.text == "Envoys of both states held talks.");
  CHECK(j1.title == "Talks");
  CHECK(j1.date == "2023-05-24");
  CHECK(j1.url == "https://example.org/1");
  CHECK(j1.source == "Example Wire");
  CHECK(r.docs[2].date.empty());  // a number is not a date string
  CHECK(r.docs[3].text == "CRLF line end.");
  CHECK(r.docs[4].text == "Escapes: \xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\nnew line.");
  CHECK(r.docs[5].text == "No final newline.");
}

TEST_CASE(".ndjson and upper-case extensions are JSON Lines too; other names are text") {
  ScratchDir dir;
  const std::string line = "{\"id\":\"x\",\"text\":\"Hello.\"}\n";
  CHECK(read_all({dir.write("a.ndjson", line)}).ids() == std::vector<std::string>{"x"});
  CHECK(read_all({dir.write("b.JSONL", line)}).ids() == std::vector<std::string>{"x"});
  const ReadResult as_text = read_all({dir.write("c.json", line)});
  REQUIRE(as_text.docs.size() == 1);
  CHECK(as_text.docs[0].text == line);
}

TEST_CASE("a line over the size limit is skipped without being kept in memory") {
  ScratchDir dir;
  const std::string huge = "{\"id\":\"huge\",\"text\":\"" + std::string(5000, 'x') + "\"}\n";
  const std::string path = dir.write("docs.jsonl", "{\"id\":\"a\",\"text\":\"Before.\"}\n" + huge +
                                                       "{\"id\":\"b\",\"text\":\"After.\"}");
  ReadOptions options;
  options.max_line_bytes = 1000;
  const ReadResult r = read_all({path}, options);
  CHECK(r.ids() == std::vector<std::string>{"a", "b"});
  CHECK(r.warning_lines() == std::vector<std::string>{path + ":2: line longer than 1000 bytes; skipped"});
  // A line that exactly fits is fine.
  options.max_line_bytes = huge.size() - 1;
  CHECK(read_all({path}, options).ids() == std::vector<std::string>{"a", "huge", "b"});
}

TEST_CASE("the default limit is 64 MiB") {
  CHECK(ReadOptions{}.max_line_bytes == 64u << 20);
}

TEST_CASE("deeply nested JSON cannot overflow the stack") {
  ScratchDir dir;
  const std::size_t depth = 200000;
  const std::string nested = std::string(depth, '[') + std::string(depth, ']');
  const std::string path = dir.write("deep.jsonl", nested + "\n{\"id\":\"x\",\"text\":\"t\",\"n\":" + nested + "}\n");
  const ReadResult r = read_all({path});
  CHECK(r.ids() == std::vector<std::string>{"x"});
  CHECK(r.warning_lines() == std::vector<std::string>{path + ":1: a JSON Lines document must be an object; line skipped"});
}

TEST_CASE("invalid UTF-8 inside a JSONL text is a warning naming the document and byte offset") {
  ScratchDir dir;
  const std::string path = dir.write("bad.jsonl", "{\"id\":\"d1\",\"text\":\"ok \xC3( bad\"}\n{\"id\":\"\xFF\",\"text\":\"t\"}\n");
  const ReadResult r = read_all({path});
  REQUIRE(r.ids() == std::vector<std::string>{"d1"});
  CHECK(r.docs[0].text == "ok \xC3( bad");
  CHECK(r.warning_lines() == std::vector<std::string>{
                                 path + ":1: document \"d1\": invalid UTF-8 at byte 3 of its text; the document is read with its original bytes",
                                 path + ":2: \"id\" is not valid UTF-8; line skipped"});
}

TEST_CASE("odd but harmless lines: blank lines, white space, null metadata, escaped NUL") {
  ScratchDir dir;
  const std::string path = dir.write(
      "odd.jsonl", "\n   \n\t{ \"id\" : \"a\" , \"text\" : \"A\\u0000B\", \"title\": null }  \n\n");
  const ReadResult r = read_all({path});
  REQUIRE(r.ids() == std::vector<std::string>{"a"});
  CHECK(r.docs[0].text == std::string("A\0B", 3));
  CHECK(r.warnings.empty());
}

TEST_CASE("bad lines under --strict stop the read with file:line") {
  ScratchDir dir;
  const std::string path = dir.write("s.jsonl", "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\"}\n");
  CHECK(read_error({path}, ReadOptions{true}) == path + ":2: missing \"text\"; line skipped");
}
