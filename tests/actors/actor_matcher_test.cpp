// Actor matching: aliases, metonyms, demonyms, possessives, typographic apostrophes, case and word
// boundaries, longest match. A table of {text, expected "surface=actor id" list}.
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "actors/actor_matcher.hpp"
#include "rules/rule_pack.hpp"

using namespace ag;

namespace {

const RulePack& pack() {
  static const RulePack p = load_rules({std::string(ACTORGRAPH_TEST_DATA) + "/rules/fixtures/mini_actors.json"});
  return p;
}

// "surface=ID" for every mention, with "'s" appended to possessives.
std::vector<std::string> found(const std::string& text) {
  static const ActorMatcher matcher(pack());
  std::vector<ActorMention> ms;
  matcher.match(text, ms);
  std::vector<std::string> out;
  for (const auto& m : ms)
    out.push_back(fmt::format("{}={}{}", text.substr(m.span.begin, m.span.size()), pack().actors[m.actor].id,
                              m.possessive ? "'s" : ""));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("actor mentions: a table of tricky cases") {
  const Case cases[] = {
      {"Russia and China signed a deal.", {"Russia=RUS", "China=CHN"}},
      {"The Russian Federation objected.", {"Russian Federation=RUS"}},  // longest match wins
      {"Moscow and Beijing agreed; the Kremlin said so.", {"Moscow=RUS", "Beijing=CHN", "Kremlin=RUS"}},
      {"Russian troops and Chinese officials met.", {"Russian=RUS", "Chinese=CHN"}},
      {"Russia's economy and China’s exports grew.", {"Russia=RUS's", "China=CHN's"}},
      {"The US and the U.S.A. and the U.S. said", {"US=USA", "U.S.A.=USA", "U.S.=USA"}},
      {"Let us go; tell us more.", {}},  // "us" is not the US
      {"Niger is not Nigeria, and Nigerian oil flows.", {"Niger=NER", "Nigeria=NGA", "Nigerian=NGA"}},
      {"Indochinese history and Sinology", {}},  // no "Chinese" inside a word
      {"Sino-Russian ties deepened.", {"Sino=CHN", "Russian=RUS"}},
      {"RUSSIA AND CHINA IN HEADLINES", {"RUSSIA=RUS", "CHINA=CHN"}},
      {"russia in lower case is not a name", {}},
      {"The G7 and the G-7 and the Group of Seven", {"G7=org.g7", "G-7=org.g7", "Group of Seven=org.g7"}},
      {"The G‑7 summit", {}},  // a non-breaking hyphen inside an acronym alias is not folded
      {"Xi Jinping met Putin; Xi said", {"Xi Jinping=person.xi_jinping", "Putin=person.vladimir_putin", "Xi=person.xi_jinping"}},
      {"Kyiv, Kiev and Ukrainian forces", {"Kyiv=UKR", "Kiev=UKR", "Ukrainian=UKR"}},
      {"The People’s Republic of China and the PRC", {"People’s Republic of China=CHN", "PRC=CHN"}},
      {"European sanctions and the EU", {"European=org.eu", "EU=org.eu"}},
      {"Россия и Китай: Russia", {"Russia=RUS"}},
      {"“Russia” in quotes—and China…", {"Russia=RUS", "China=CHN"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(fmt::format("{}", fmt::join(found(c.text), ", ")) == fmt::format("{}", fmt::join(c.expected, ", ")));
  }
}

TEST_CASE("a demonym followed by a non-actor word is skipped when the pack lists it") {
  RulePack p = pack();
  p.lexicon["demonym_stop"].forms = {"language", "new year"};
  const ActorMatcher m(p);
  std::vector<ActorMention> ms;
  m.match("Russian language classes and the Chinese New Year, but Russian troops.", ms);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].span.begin == 55);
}

TEST_CASE("a name inside a place name is skipped: words after it and before it, in any case") {
  RulePack p = pack();
  // Several words share a first or last letter: each is compared, not only the first of its group.
  p.lexicon["place_after"].forms = {"sea", "strait", "straits", "island", "sound"};
  p.lexicon["place_before"].forms = {"sea of", "gulf of", "south", "north"};
  const ActorMatcher m(p);
  std::vector<ActorMention> ms;
  const std::string text =
      "South China Sea; the Sea of China; China Straits; China STRAIT; SOUTH Russia; China seaside; "
      "mouth Russia; a Russia island; Russia   ";
  m.match(text, ms);
  std::vector<std::string> kept;
  for (const auto& mention : ms) kept.push_back(fmt::format("{}@{}", text.substr(mention.span.begin, mention.span.size()), mention.span.begin));
  CHECK(fmt::format("{}", fmt::join(kept, ", ")) == "China@78, Russia@99, Russia@124");
}

TEST_CASE("offsets are byte offsets into the original text") {
  const std::string text = "\xEF\xBB\xBF“Beijing”\r\nMoscow";
  static const ActorMatcher matcher(pack());
  std::vector<ActorMention> ms;
  matcher.match(text, ms);
  REQUIRE(ms.size() == 2);
  CHECK(text.substr(ms[0].span.begin, ms[0].span.size()) == "Beijing");
  CHECK(ms[0].span.begin == 6);
  CHECK(text.substr(ms[1].span.begin, ms[1].span.size()) == "Moscow");
}

TEST_CASE("name variants: acronyms match exactly, names also capitalised and in capitals") {
  CHECK(name_variants("US") == std::vector<std::string>{"US"});
  CHECK(name_variants("G7") == std::vector<std::string>{"G7"});
  CHECK(name_variants("Russia") == std::vector<std::string>{"RUSSIA", "Russia"});
  CHECK(name_variants("Xi") == std::vector<std::string>{"Xi"});
  CHECK(name_variants("the Kremlin") == std::vector<std::string>{"THE KREMLIN", "The Kremlin", "the Kremlin"});
}
