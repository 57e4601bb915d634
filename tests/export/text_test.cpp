// Text for other tools' files: UTF-8 repair and control-character removal, XML escaping, RFC 4180
// CSV quoting. Tables of {input, expected}, one row per tricky case.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/csv.hpp"
#include "export/export_view.hpp"
#include "export/text_clean.hpp"
#include "export/xml_escape.hpp"

using namespace ag;

namespace {

struct Case {
  std::string input;
  std::string expected;
};

const std::string kFffd = "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER

}  // namespace

TEST_CASE("clean_text keeps valid UTF-8 and drops what XML 1.0 forbids") {
  const std::vector<Case> cases{
      {"plain", "plain"},
      {"Россия 中国 ☃ 𝄞", "Россия 中国 ☃ 𝄞"},
      {"tab\tnewline\ncr\r", "tab\tnewline\ncr\r"},    // the three controls XML allows
      {"a\x01" "b\x1F" "c", "abc"},                     // C0 controls
      {std::string("nul\0byte", 8), "nulbyte"},
      {"del\x7F", "del"},
      {"c1\xC2\x85" "next\xC2\x9F", "c1next"},          // NEL and other C1 controls
      {"\xEF\xBF\xBE\xEF\xBF\xBF", ""},                 // non-characters U+FFFE, U+FFFF
      {"bad\xFF" "byte", "bad" + kFffd + "byte"},
      {"cut \xE4\xB8", "cut " + kFffd},                 // truncated 3-byte sequence: one U+FFFD
      {"\xC0\xAF", kFffd + kFffd},                      // overlong: each byte
      {"\xED\xA0\x80", kFffd + kFffd + kFffd},          // a surrogate
      {"\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd},  // above U+10FFFF
      {kFffd, kFffd},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CHECK(clean_text(c.input) == c.expected);
  }
}

TEST_CASE("clean_line makes one line; clean_excerpt cuts at a word on a character boundary") {
  CHECK(clean_line("  Иван\n\tИванов \x01 ") == "Иван Иванов");
  CHECK(clean_line("\n\n") == "");
  CHECK(clean_excerpt("short enough", 40) == "short enough");
  CHECK(clean_excerpt("one two three four five", 12) == "one two…");
  CHECK(clean_excerpt("абвгдежзий", 5) == "аб…");  // 2-byte letters: never half a letter
}

TEST_CASE("xml_escape escapes markup and keeps whitespace through attribute normalization") {
  const std::vector<Case> cases{
      {R"(<a href="x">Q&A's</a>)", "&lt;a href=&quot;x&quot;&gt;Q&amp;A&apos;s&lt;/a&gt;"},
      {"tab\there\nnew\rcr", "tab&#9;here&#10;new&#13;cr"},
      {"bell\x07", "bell"},
      {"中国", "中国"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CHECK(xml_escape(c.input) == c.expected);
  }
}

TEST_CASE("the appending forms write what the returning forms return, after what is there") {
  const std::vector<std::string> inputs{"plain",  R"(<a href="x">Q&A's</a>)", "tab\there\nnew\rcr", "bell\x07",
                                        "中国",   "bad\xFF" "byte",          std::string("nul\0byte", 8)};
  for (const auto& text : inputs) {
    CAPTURE(text);
    std::string xml = "<x>", clean = "[";
    append_xml_escaped(xml, text);
    append_clean_text(clean, text);
    CHECK(xml == "<x>" + xml_escape(text));
    CHECK(clean == "[" + clean_text(text));
  }
}

TEST_CASE("is_clean_line says yes only for text that clean_line leaves as it is") {
  for (const std::string text : {"China", "Russia and China signed a deal.", "", " lead", "trail ", "two  spaces",
                                 "tab\there", "line\nbreak", "del\x7F", "Иван"}) {
    CAPTURE(text);
    if (is_clean_line(text)) CHECK(clean_line(text) == text);
  }
  CHECK(is_clean_line("Russia and China signed a deal."));
  CHECK_FALSE(is_clean_line("two  spaces"));
  CHECK_FALSE(is_clean_line(" lead"));
  CHECK_FALSE(is_clean_line("line\nbreak"));
}

TEST_CASE("a TextStore keeps every text it was given while it lives, across its blocks") {
  detail::TextStore store;
  std::vector<std::string_view> kept;
  const std::string long_part(300000, 'x');  // four of them fill a block: later ones open new blocks
  for (int i = 0; i < 12; ++i) kept.push_back(store.keep({"e", std::to_string(i), ":", long_part}));
  kept.push_back(store.keep({}));
  for (int i = 0; i < 12; ++i) CHECK(kept[static_cast<std::size_t>(i)] == "e" + std::to_string(i) + ":" + long_part);
  CHECK(kept.back().empty());
}

TEST_CASE("csv_field quotes as RFC 4180 says") {
  const std::vector<Case> cases{
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {R"(say "hi")", R"("say ""hi""")"},
      {"two\r\nlines", "\"two\r\nlines\""},
      {" padded", "\" padded\""},
      {"ctrl\x02", "ctrl"},
      {"Q&A; it's", "Q&A; it's"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CHECK(csv_field(c.input) == c.expected);
  }
  std::ostringstream row;
  write_csv_row(row, {"a", "b,c", ""});
  CHECK(row.str() == "a,\"b,c\",\r\n");
}
