// The text view of a query table (query/output.cpp): columns aligned by code points, long cells
// cut with "...", line breaks shown as spaces, blank and optional columns.
#include <doctest/doctest.h>

#include <sstream>

#include "query/detail.hpp"

using namespace ag;
using detail::Column;
using detail::Table;

namespace {

std::string text_of(const Table& t, const std::string& indent = "") {
  std::ostringstream out;
  t.write_text(out, indent);
  return out.str();
}

}  // namespace

TEST_CASE("a table's text view aligns, cuts and flattens its cells") {
  Table t({{.name = "id", .text = false},
           {.name = "name"},
           {.name = "count", .right = true},
           {.name = "status", .optional = true, .blank = "fact"},
           {.name = "note", .max_width = 8}});
  // Cyrillic names are two bytes a letter: aligned by letters, not bytes.
  t.add({"a", "\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f", "7", "fact", "short"});
  t.add({"b", "Chinese\tState", "1234", "fact", "exactly8"});
  t.add({"c", "x", "", "fact", "one\ntwo three four"});
  t.add({"d", "y", "5", "fact", "\xd0\xb0\xd0\xb1\xd0\xb2\xd0\xb3\xd0\xb4\xd0\xb5\xd0\xb6\xd0\xb7\xd0\xb8"});
  // STATUS is left out (every cell is the blank "fact"), ID is not a text column; the note is cut
  // to eight code points (five and "..."), the tab and newline become spaces.
  CHECK(text_of(t) ==
        "NAME           COUNT  NOTE\n"
        "\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f             7  short\n"
        "Chinese State   1234  exactly8\n"
        "x                     one t...\n"
        "y                  5  \xd0\xb0\xd0\xb1\xd0\xb2\xd0\xb3\xd0\xb4...\n");
  // One row that is not the blank brings the optional column back; trailing blanks are trimmed
  // and every line gets the indent.
  t.add({"e", "z", "1", "negated", ""});
  CHECK(text_of(t, "> ") ==
        "> NAME           COUNT  STATUS   NOTE\n"
        "> \xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f             7           short\n"
        "> Chinese State   1234           exactly8\n"
        "> x                              one t...\n"
        "> y                  5           \xd0\xb0\xd0\xb1\xd0\xb2\xd0\xb3\xd0\xb4...\n"
        "> z                  1  negated\n");
}

TEST_CASE("a table without rows prints its heading") {
  Table t({{.name = "neighbor_id"}, {.name = "weight", .right = true}});
  CHECK(text_of(t) == "NEIGHBOR ID  WEIGHT\n");
}

TEST_CASE("the text view counts code points and finds a line break anywhere in a long cell") {
  // A break or a multi-byte letter at every position of cells up to 19 bytes, against what the
  // text view must print.
  const std::string e_acute = "\xc3\xa9";
  for (std::size_t n = 1; n < 20; ++n)
    for (std::size_t at = 0; at < n; ++at)
      for (char brk : {'\t', '\n', '\r'}) {
        CAPTURE(n);
        CAPTURE(at);
        std::string broken(n, 'a'), shown(n, 'a'), letters;
        broken[at] = brk;
        shown[at] = ' ';
        for (std::size_t i = 0; i < n; ++i) letters += i == at ? e_acute : "b";
        Table t({{.name = "c"}, {.name = "d"}});
        t.add({broken, "x"});
        t.add({letters, "y"});  // n code points in n + 1 bytes: no padding
        std::string expected = "C";
        expected.append(n - 1, ' ');
        expected += "  D\n" + shown + "  x\n" + letters + "  y\n";
        CHECK(text_of(t) == expected);
      }
}
