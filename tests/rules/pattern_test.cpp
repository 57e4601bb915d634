// Relation patterns: {references} expand to RE2 over the normalized sentence; bad references are
// errors at the rule's location.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include "relations/normalized_sentence.hpp"
#include "rules/pattern_compiler.hpp"

using namespace ag;

namespace {

const std::map<std::string, std::string> kLexicon = {
    {"impose", "(?:\\bimposed\\b|\\bimpose\\b)"},
    {"sanctions", "(?:\\bsanctions\\b)"},
    {"aux", "(?:\\bhas\\b|\\bnot\\b)"},
};

// Does `pattern` match `text`, and what did S and T capture?
bool run(const std::string& pattern, const std::string& text, std::string* s = nullptr, std::string* t = nullptr) {
  const CompiledPattern p = expand_pattern(pattern, kLexicon, Location("test.json"));
  RE2 re(p.re2);
  REQUIRE(re.ok());
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(re.NumberOfCapturingGroups()) + 1);
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()))) return false;
  const auto& names = re.NamedCapturingGroups();
  auto group = [&](const char* name) {
    auto it = names.find(name);
    return it == names.end() ? std::string() : std::string(groups[static_cast<std::size_t>(it->second)]);
  };
  if (s) *s = group("S");
  if (t) *t = group("T");
  return true;
}

std::string error_of(const std::string& pattern) {
  try {
    expand_pattern(pattern, kLexicon, Location("rules/x.json", 7, 3));
  } catch (const RuleError& e) {
    return e.message();
  }
  return "";
}

}  // namespace

TEST_CASE("slots capture one actor or a coordinated group, with an optional 'the' and possessive") {
  std::string s, t;
  CHECK(run("{S} {aux*} {!impose} {sanctions} on {T}", "@c0@ has not imposed sanctions on @c1@", &s, &t));
  CHECK(s == "@c0@");
  CHECK(t == "@c1@");
  CHECK(run("{S} {!impose} {sanctions} on {T}", "@c0@, @o1@ and the @c2@ imposed sanctions on the @c3@", &s, &t));
  CHECK(s == "@c0@, @o1@ and the @c2@");
  CHECK(t == "the @c3@");
  CHECK(run("{S} {!sanctions} on {T}", "@c0@'s sanctions on @c1@", &s, &t));
  CHECK(s == "@c0@");
}

TEST_CASE("typed slots accept only their types") {
  CHECK(run("{S:person} {!impose} {T}", "@p0@ imposed @c1@"));
  CHECK_FALSE(run("{S:person} {!impose} {T}", "@c0@ imposed @c1@"));
  CHECK(run("{S:country|organization} {!impose} {T}", "@o0@ imposed @c1@"));
}

TEST_CASE("a gap spans a few words but never an actor") {
  CHECK(run("{S} {!impose} {gap:3}{T}", "@c0@ imposed some new rules @c1@"));
  CHECK_FALSE(run("{S} {!impose} {gap:2}{T}", "@c0@ imposed some very new rules @c1@"));
  CHECK_FALSE(run("{S} {!impose} {gap:4}on {T}", "@c0@ imposed @c2@ rules on @c1@"));
}

TEST_CASE("placeholder numbers are read back from a captured slot") {
  CHECK(placeholders_in("@c0@, @o12@ and the @p3@") == std::vector<std::size_t>{0, 12, 3});
  CHECK(placeholders_in("no actors").empty());
}

TEST_CASE("bad references are errors at the rule's location") {
  CHECK(error_of("{S} {nosuch} {T}") == "rules/x.json:7:3: unknown word list {nosuch} (not in any lexicon)");
  CHECK(error_of("{S} {impose} {S}").find("slot {S} is used twice") != std::string::npos);
  CHECK(error_of("{S} {impose}").find("needs both {S} and {T}") != std::string::npos);
  CHECK(error_of("{A} {impose} {T}").find("cannot also have") != std::string::npos);
  CHECK(error_of("{T:organization}'s {S:person}").empty());  // no word list: the whole match is the trigger
  CHECK(error_of("{S} {gap:x} {impose} {T}").find("{gap:N} needs a number") != std::string::npos);
  CHECK(error_of("{S} {impose {T}").find("unclosed") == std::string::npos);  // "{impose {T}" is read as a reference name
}
