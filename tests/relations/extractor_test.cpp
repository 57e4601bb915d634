// The extractor on the small fixture pack: each construction the relation engine must handle
// (active, passive, nominal, coordination, titles, "the two countries", negation, hedging).
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "relations/example_check.hpp"
#include "relations/extractor.hpp"
#include "../mini_pack.hpp"

using namespace ag;

namespace {

const Extractor& extractor() { return testing::mini_extractor(); }

std::vector<std::string> relations(const std::string& text, const std::string& date = "") {
  Extraction ex;
  extractor().extract(Document{"d", text, {}, date, {}, {}}, ex);
  std::vector<std::string> out;
  for (const auto& r : ex.relations) out.push_back(describe(extractor(), ex, r));
  return out;
}

}  // namespace

TEST_CASE("active, nominal and coordinated sanctions") {
  CHECK(relations("The US imposed new sanctions on Russia.") == std::vector<std::string>{"United States -[sanction]-> Russia"});
  CHECK(relations("US and European sanctions against Russia bite.") ==
        std::vector<std::string>{"United States -[sanction]-> Russia", "European Union -[sanction]-> Russia"});
}

TEST_CASE("a group relates all its members pairwise") {
  CHECK(relations("Russia, China and Ukraine held joint drills.") ==
        std::vector<std::string>{"Russia -[exercise]- China", "Russia -[exercise]- Ukraine", "China -[exercise]- Ukraine"});
}

TEST_CASE("a comma alone does not coordinate") {
  CHECK(relations("Near China, Russia imposed sanctions on Ukraine.") == std::vector<std::string>{"Russia -[sanction]-> Ukraine"});
}

TEST_CASE("negation and hedging are flags, never facts") {
  CHECK(relations("The US has not imposed sanctions on China.") == std::vector<std::string>{"United States -[sanction]-> China (negated)"});
  CHECK(relations("The US won't impose sanctions on China.") == std::vector<std::string>{"United States -[sanction]-> China (negated)"});
  CHECK(relations("The US could impose sanctions on China.") == std::vector<std::string>{"United States -[sanction]-> China (hedged)"});
  CHECK(relations("Will the US impose sanctions on China?") == std::vector<std::string>{"United States -[sanction]-> China (hedged)"});
}

TEST_CASE("'the two countries' stands for the pair the passage is about") {
  const auto found = relations("Russia and China are close. Moscow and Beijing talk often. The two countries held naval drills.");
  CHECK(found == std::vector<std::string>{"Russia -[exercise]- China"});
}

TEST_CASE("a title between a state and a person is an affiliation") {
  CHECK(relations("Chinese President Xi Jinping spoke.") == std::vector<std::string>{"Xi Jinping -[affiliation]-> China"});
}

TEST_CASE("relation mentions carry evidence: sentence, trigger, rule and attributes") {
  Extraction ex;
  const std::string text = "Intro line.\nIn May 2014 the US imposed sanctions on Russia worth $5 billion.";
  extractor().extract(Document{"doc1", text, {}, {}, {}, {}}, ex);
  REQUIRE(ex.relations.size() == 1);
  const auto& r = ex.relations[0];
  CHECK(r.doc == "doc1");
  CHECK(r.rule == "sanction.impose");
  CHECK(text.substr(r.sentence.begin, r.sentence.size()) == "In May 2014 the US imposed sanctions on Russia worth $5 billion.");
  CHECK(text.substr(r.trigger.begin, r.trigger.size()) == "imposed");
  CHECK(text.substr(r.source_span.begin, r.source_span.size()) == "US");
  CHECK(r.attributes.dates == std::vector<std::string>{"2014-05"});
  REQUIRE(r.attributes.amounts.size() == 1);
  CHECK(r.attributes.amounts[0].value == doctest::Approx(5e9));
}

TEST_CASE("a slot pairs each actor once, and a long list is not a claim about every pair") {
  // One actor named again and again in a slot counts once (and costs once).
  std::string text;
  for (int i = 0; i < 300; ++i) text += "Russia and ";
  text += "China held joint drills.";
  CHECK(relations(text) == std::vector<std::string>{"Russia -[exercise]- China"});

  static const RulePack pack = load_rules({std::string(ACTORGRAPH_SOURCE_DIR) + "/rules"});
  static const Extractor x(pack);
  auto count = [&](const std::string& sentence) {
    Extraction ex;
    x.extract(Document{"d", sentence, {}, {}, {}, {}}, ex);
    return ex.relations.size();
  };
  CHECK(count("Russia, China, Iran and India held joint drills.") == 6);
  // Thirteen parties: a roll call, not thirteen-choose-two exercises.
  CHECK(count("Russia, China, Iran, India, Brazil, Egypt, Turkey, Japan, Vietnam, Mongolia, Kazakhstan, "
              "Belarus and Cuba held joint drills.") == 0);
}
