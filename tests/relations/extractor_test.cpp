// The extractor on the small fixture pack: each construction the relation engine must handle
// (active, passive, nominal, coordination, titles, "the two countries", negation, hedging).
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "relations/example_check.hpp"
#include "relations/extractor.hpp"
#include "output/mention_writers.hpp"
#include "../mini_pack.hpp"

using namespace ag;

namespace {

const Extractor& extractor() { return testing::mini_extractor(); }

// The default rule pack's extractor, for what depends on its rules.
const Extractor& default_extractor() {
  static const RulePack pack = load_rules({std::string(ACTORGRAPH_SOURCE_DIR) + "/rules"});
  static const Extractor x(pack);
  return x;
}

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

  const Extractor& x = default_extractor();
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

TEST_CASE("documents extracted in a batch get what each gets alone") {
  const std::vector<std::string> sentences = {
      "The US imposed new sanctions on Russia.",
      "US and European sanctions against Russia bite.",
      "Russia, China and Ukraine held joint drills.",
      "Near China, Russia imposed sanctions on Ukraine.",
      "China has not imposed sanctions on Russia.",
      "Russia could hold drills with China.",
      "In May 2014 the US imposed sanctions on Russia worth $5 billion.",
      "Markets were calm.",
      "Russia and China met. The two countries held joint drills.",
  };
  // Six documents of 40 to 340 sentences: the sentences waiting for their rules fill the batch
  // several times, also in the middle of a document.
  std::vector<Document> docs;
  for (std::size_t d = 0; d < 6; ++d) {
    std::string text;
    for (std::size_t k = 0; k < 40 + 60 * d; ++k) text += sentences[(k * 7 + d) % sentences.size()] + " ";
    docs.push_back(Document{fmt::format("d{}", d), text, {}, "2020-01-01", {}, {}});
  }
  auto print = [](const Document& doc, const Extraction& ex) {
    std::ostringstream out;
    write_actor_jsonl(out, doc, ex, extractor());
    write_relation_jsonl(out, doc, ex, extractor());
    return out.str();
  };
  std::vector<Extraction> together(docs.size());
  together[2].relations.resize(3);  // what an extraction held before is replaced
  std::vector<const Document*> doc_pointers;
  std::vector<Extraction*> out_pointers;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    doc_pointers.push_back(&docs[d]);
    out_pointers.push_back(&together[d]);
  }
  extractor().extract_batch(doc_pointers, out_pointers);
  std::size_t relations = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    CAPTURE(d);
    Extraction alone;
    extractor().extract(docs[d], alone);
    CHECK(print(docs[d], together[d]) == print(docs[d], alone));
    relations += alone.relations.size();
  }
  CHECK(relations > 1000);
}

TEST_CASE("when two rules report one mention, the rule listed first in the pack is kept, in a batch too") {
  // trade.with comes before trade.verb in the default pack; both match this sentence, with the
  // same trigger.
  const Extractor& x = default_extractor();
  const std::string sentence = "Russia's trade with China grew last year.";
  std::vector<SentenceTrace> trace;
  Extraction alone;
  x.extract(Document{"d", sentence, {}, {}, {}, {}}, alone, &trace);
  REQUIRE(alone.relations.size() == 1);
  CHECK(alone.relations[0].rule == "trade.with");
  REQUIRE(trace.size() == 1);
  REQUIRE(trace[0].firings.size() == 2);
  CHECK(trace[0].firings[0].rule == "trade.with");
  CHECK(trace[0].firings[1].rule == "trade.verb");

  std::vector<Document> docs;
  for (int d = 0; d < 3; ++d)
    docs.push_back(Document{fmt::format("d{}", d), "China and India held talks. " + sentence + " Russia sold oil to China.", {}, {}, {}, {}});
  std::vector<Extraction> outs(docs.size());
  x.extract_batch({&docs[0], &docs[1], &docs[2]}, {&outs[0], &outs[1], &outs[2]});
  for (const Extraction& ex : outs) {
    const auto trade = std::find_if(ex.relations.begin(), ex.relations.end(),
                                    [](const RelationMention& r) { return r.sentence_index == 1; });
    REQUIRE(trade != ex.relations.end());
    CHECK(trade->rule == "trade.with");
  }
}
