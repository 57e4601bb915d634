// tests/export/fixture_graph.hpp: the one small graph every export test writes.
//
// Names are chosen to break naive writers: quotes, ampersands, angle brackets, commas, a
// newline, a control character, invalid UTF-8, Cyrillic and Chinese; a fact key that collides
// with an attribute of ours ("type"); a user-defined actor type and relation; parallel edges of
// different relations between the same two actors; a symmetric edge; full, partial and missing
// dates; and an edge supported only by a negated mention (weight 0).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag::test {

inline Evidence evidence(std::string doc, std::string text, std::string date, bool negated = false,
                         bool hedged = false) {
  Evidence e;
  e.doc = std::move(doc);
  e.text = std::move(text);
  e.date = std::move(date);
  e.rule = "fixture";
  e.negated = negated;
  e.hedged = hedged;
  return e;
}

inline Amount usd(double value, std::string text) {
  Amount a;
  a.value = value;
  a.currency = "USD";
  a.text = std::move(text);
  return a;
}

struct FixtureBuilder {
  ActorGraph graph;

  void node(ActorNode n) {
    const std::string id = n.id;
    graph.by_id.emplace(id, boost::add_vertex(std::move(n), graph.g));
  }
  void edge(const std::string& source, const std::string& target, RelationEdge e) {
    boost::add_edge(graph.by_id.at(source), graph.by_id.at(target), std::move(e), graph.g);
  }
};

inline RelationEdge relation(std::string id, bool directed, Polarity polarity, std::string cameo, std::string plover) {
  RelationEdge e;
  e.relation = std::move(id);
  e.directed = directed;
  e.polarity = polarity;
  e.cameo = std::move(cameo);
  e.plover = std::move(plover);
  return e;
}

inline ActorGraph fixture_graph() {
  FixtureBuilder b;
  b.graph.documents = {{"a/first.txt", "First report", "2023-03-20", "aa"},
                       {"b/second.txt", "Second report", "2024-05-16", "bb"},
                       {"c/undated.txt", "", "", "cc"}};
  b.graph.rules_fingerprint = "fixture";

  // Added out of id order: the exports sort by id.
  b.node({"person.ivanov", "Иван Иванов\n(analyst\x01)", "person", {"Ivanov", "Иванов"}, 2,
          {{"country", "RUS"}, {"type", "analyst"}}, true});
  b.node({"RUS", "Russia", "country", {"Moscow", "Russia", "the Kremlin", "Россия"}, 12,
          {{"capital", "Moscow"}, {"iso2", "RU"}, {"iso3", "RUS"}}, false});
  b.node({"CHN", "China", "country", {"Beijing", "China", "中国"}, 9, {{"iso2", "CN"}, {"iso3", "CHN"}}, false});
  b.node({"org.quotes", "\"Quotes\" & <Angles> Institute, Ltd.", "organization", {"Q&A", "it's"}, 3,
          {{"based_in", "RUS"}, {"kind", "think_tank"}}, false});
  b.node({"X_user", "Commas, \"quoted\", and 李强", "militia group", {"bad\xff" "byte"}, 1, {}, false});

  auto trade = relation("trade", false, Polarity::cooperative, "061", "COOPERATE");
  trade.weight = 3;
  trade.documents = 2;
  trade.first_date = "2023-03-20";
  trade.last_date = "2024-05-16";
  trade.hedged = 1;
  trade.amounts = {usd(190e9, "$190 billion")};
  trade.evidence = {evidence("a/first.txt", "China & Russia said trade hit \"$190 billion\" <a record>.", "2023-03-20"),
                    evidence("a/first.txt", "Trade could grow further.", "2023-03-20", false, true),
                    evidence("b/second.txt", "Trade between\nthe two,\tagain.", "2024-05-16"),
                    evidence("b/second.txt", "Russia sold China more oil.", "2024-05-16")};
  b.edge("CHN", "RUS", trade);

  auto agreement = relation("agreement", false, Polarity::cooperative, "057", "AGREE");
  agreement.weight = 1;
  agreement.documents = 1;
  agreement.first_date = agreement.last_date = "2024-05";
  agreement.amounts = {usd(400e9, "$400 billion"), usd(1.5e9, "$1.5 billion")};
  agreement.evidence = {evidence("b/second.txt", "They signed a $400 billion gas deal; also a $1.5 billion loan.", "2024-05")};
  b.edge("CHN", "RUS", agreement);

  auto support = relation("support", true, Polarity::cooperative, "051", "SUPPORT");
  support.weight = 1;
  support.documents = 1;
  support.first_date = support.last_date = "2023-03-20";
  support.evidence = {evidence("a/first.txt", "Moscow backed Beijing's plan.", "2023-03-20")};
  b.edge("RUS", "CHN", support);

  auto criticism = relation("criticism", true, Polarity::conflictual, "111", "ACCUSE");
  criticism.weight = 2;
  criticism.documents = 1;
  criticism.evidence = {evidence("c/undated.txt", "The institute criticised Moscow.", ""),
                        evidence("c/undated.txt", "It accused the Kremlin again.", "")};
  b.edge("org.quotes", "RUS", criticism);

  auto affiliation = relation("affiliation", true, Polarity::neutral, "", "");
  affiliation.weight = 1;
  affiliation.documents = 1;
  affiliation.first_date = affiliation.last_date = "2023";
  affiliation.evidence = {evidence("a/first.txt", "Ivanov, a fellow at the \"Quotes\" institute, spoke.", "2023")};
  b.edge("person.ivanov", "org.quotes", affiliation);

  auto arms = relation("arms_transfer", true, Polarity::cooperative, "072", "AID");
  arms.negated = 1;
  arms.evidence = {evidence("b/second.txt", "Russia did not send arms to the group.", "2024-05-16", true)};
  b.edge("RUS", "X_user", arms);

  auto custom = relation("raid", true, Polarity::conflictual, "", "");
  custom.weight = 1;
  custom.documents = 1;
  custom.first_date = custom.last_date = "2023-01-02";
  custom.evidence = {evidence("a/first.txt", "The group raided a depot.", "2023-01-02")};
  b.edge("X_user", "CHN", custom);
  return std::move(b.graph);
}

}  // namespace ag::test
