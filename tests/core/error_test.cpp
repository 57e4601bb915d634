// Error locations print as "file:line:col: message" (STYLE: errors carry their location).
#include <doctest/doctest.h>

#include "core/error.hpp"

using namespace ag;

TEST_CASE("an error names its file, line and column") {
  RuleError e(Location{"rules/a.json", 3, 7}, "unknown key \"alias\"");
  CHECK(e.message() == "rules/a.json:3:7: unknown key \"alias\"");
  CHECK(e.code() == ExitCode::rules);
}

TEST_CASE("an error can name a JSON path or a byte offset") {
  Location at_path{"rules/a.json"};
  at_path.json_path = "/actors/2/id";
  CHECK(at_path.str() == "rules/a.json (at /actors/2/id)");
  Location at_byte{"docs/x.txt"};
  at_byte.offset = 17;
  CHECK(at_byte.str() == "docs/x.txt (byte 17)");
  CHECK(Location{}.str().empty());
}
