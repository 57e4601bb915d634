// Word lists: the inflections rule authors get for free (a table of {entry, expected forms}).
#include <doctest/doctest.h>

#include <algorithm>

#include <re2/re2.h>

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
  CHECK(alternation({"prime", "prime minister"}, {}) == "(?:\\b(?:prime\\ minister|prime)\\b)");
  CHECK(alternation({}, {"x+"}) == "(?:(?:x+))");
  CHECK(alternation({}, {}).find("10FFFF") != std::string::npos);
}

// Whole-word forms in a row share one pair of boundaries (a smaller RE2 program); that must match
// exactly what a boundary around each form matches, also next to forms that end or start in
// punctuation ("gen." must still win over "gen" before a dot).
TEST_CASE("shared word boundaries match what a boundary per form matches") {
  const std::vector<std::string> forms = {"gen", "gen.", "general", "generals", "-led", "u.s.", "us", "use", "x-ray"};
  std::string per_form = "(?:";
  std::vector<std::string> sorted = forms;
  std::sort(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) {
    const std::size_t n = std::min(a.size(), b.size());
    return a.compare(0, n, b, 0, n) != 0 ? a < b : a.size() > b.size();
  });
  auto wordy = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (const std::string& f : sorted) {
    if (per_form.size() > 3) per_form += '|';
    if (wordy(f.front())) per_form += "\\b";
    per_form += RE2::QuoteMeta(f);
    if (wordy(f.back())) per_form += "\\b";
  }
  per_form += ")";
  const std::string shared = alternation(forms, {});
  CHECK(shared != per_form);  // the runs of whole words were merged
  const RE2 expected("(" + per_form + ")"), actual("(" + shared + ")");
  REQUIRE(expected.ok());
  REQUIRE(actual.ok());
  for (const char* text : {"the gen. said", "gen.", "a general view", "generals met", "genera", "Kremlin-led forces",
                           "u.s. and us", "use it", "usa", "x-ray", "x-rays", "regen", "gen-led", "us.", "the u.s.a."}) {
    CAPTURE(text);
    re2::StringPiece want, got;
    const bool found = RE2::PartialMatch(text, expected, &want);
    CHECK(RE2::PartialMatch(text, actual, &got) == found);
    CHECK(std::string(got) == std::string(want));
  }
}
