// Word lists: the inflections rule authors get for free (a table of {entry, expected forms}).
#include <doctest/doctest.h>

#include <algorithm>

#include "rules/lexicon.hpp"

using namespace ag;

namespace {
bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
}  // namespace

TEST_CASE("regular verbs get -s, -ed and -ing forms") {
  struct Case {
    const char* entry;
    std::vector<std::string> forms;
  };
  const Case cases[] = {
      {"impose", {"impose", "imposes", "imposed", "imposing"}},
      {"sign", {"sign", "signs", "signed", "signing"}},
      {"visit", {"visit", "visits", "visited", "visiting"}},
      {"supply", {"supply", "supplies", "supplied", "supplying"}},
      {"ban", {"ban", "bans", "banned", "banning"}},
      {"push", {"push", "pushes", "pushed", "pushing"}},
      {"tie", {"tie", "ties", "tied", "tying"}},
      {"agree", {"agree", "agrees", "agreed", "agreeing"}},
      {"stay", {"stay", "stays", "stayed", "staying"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.entry);
    const auto forms = verb_forms(c.entry);
    for (const auto& f : c.forms) CHECK(has(forms, f));
    CHECK(forms.size() == c.forms.size());
  }
}

TEST_CASE("irregular verbs are written base/past/participle; phrases inflect their first word") {
  auto forms = verb_forms("hold/held/held");
  CHECK(has(forms, "held"));
  CHECK(has(forms, "holds"));
  CHECK(has(forms, "holding"));
  CHECK_FALSE(has(forms, "holded"));
  forms = verb_forms("take/took/taken part in");
  CHECK(has(forms, "took part in"));
  CHECK(has(forms, "taking part in"));
  CHECK(has(forms, "taken part in"));
  forms = verb_forms("refuse to");
  CHECK(has(forms, "refused to"));
}

TEST_CASE("nouns get plurals; irregular plurals are written singular/plural") {
  CHECK(has(noun_forms("sanction"), "sanctions"));
  CHECK(has(noun_forms("export control"), "export controls"));
  CHECK(has(noun_forms("ally"), "allies"));
  CHECK(has(noun_forms("embargo/embargoes"), "embargoes"));
  CHECK(has(noun_forms("crisis/crises"), "crises"));
}

TEST_CASE("an alternation is whole-word, longest first, and an empty list matches nothing") {
  CHECK(alternation({"prime", "prime minister"}, {}) == "(?:\\bprime\\ minister\\b|\\bprime\\b)");
  CHECK(alternation({}, {"x+"}) == "(?:(?:x+))");
  CHECK(alternation({}, {}).find("10FFFF") != std::string::npos);
}
