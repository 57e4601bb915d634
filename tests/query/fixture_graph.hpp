// tests/query/fixture_graph.hpp: the one small graph every query test asks questions of.
//
// Thirteen actors: countries, organizations, and people (one named by aliases, others by a surname
// alone, "Gabuev"); Kazakhstan has no relation at all. Symmetric edges (trade, exercise,
// agreement, meeting) and directed ones (sanction, attack, support, ...), several relations between
// China and Russia, an edge supported only by a negated mention (China -> Russia arms_transfer)
// and one supported only by a hedged mention (India -- United States cooperation), full,
// partial ("2014-03", "2022") and missing dates. The sentences are the project's own.
//
// Kept by the default filter (17 edges, weight in brackets):
//   CHN--RUS trade [3], exercise [2], agreement [1]     USA->RUS sanction [4]   USA->CHN sanction [1]
//   RUS->UKR attack [2]     USA->UKR support [2]        DEU->UKR arms_transfer [1]   IND--RUS trade [1]
//   CHN, RUS, IND -> org.sco membership [1 each]        DEU->org.nato membership [1]
//   person.gabuev->org.carnegie affiliation [2]         person.gabuev->RUS criticism [1]
//   person.xi->RUS visit [1]                            person.putin--person.xi meeting [2]
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag::test {

struct Said {
  std::string doc, date, text;
  bool negated = false, hedged = false;
  std::vector<Amount> amounts = {};
};

inline Amount usd(double value, std::string text) {
  Amount a;
  a.value = value;
  a.currency = "USD";
  a.text = std::move(text);
  return a;
}

class FixtureBuilder {
 public:
  void actor(std::string id, std::string label, std::string type, std::vector<std::string> aliases,
             std::uint64_t mentions) {
    ActorNode n;
    n.id = std::move(id);
    n.label = std::move(label);
    n.type = std::move(type);
    n.aliases_seen = std::move(aliases);
    std::sort(n.aliases_seen.begin(), n.aliases_seen.end());
    n.mentions = mentions;
    graph.vertex(n);
  }

  // An edge whose counts are derived from its evidence, as the assembler derives them.
  void edge(const std::string& source, const std::string& target, std::string relation, bool directed,
            std::vector<Said> said) {
    RelationEdge e;
    e.relation = std::move(relation);
    e.directed = directed;
    std::set<std::string> docs;
    std::size_t offset = 0;
    for (Said& s : said) {
      Evidence ev;
      ev.doc = s.doc;
      ev.date = s.date;
      ev.text = s.text;
      ev.rule = e.relation + ".fixture";
      ev.sentence = {offset, offset + s.text.size()};
      offset += s.text.size() + 1;
      ev.negated = s.negated;
      ev.hedged = s.hedged;
      ev.amounts = s.amounts;
      if (!ev.negated && !ev.hedged) {
        e.weight += 1;
        docs.insert(ev.doc);
        if (!ev.date.empty() && (e.first_date.empty() || ev.date < e.first_date)) e.first_date = ev.date;
        if (!ev.date.empty() && ev.date > e.last_date) e.last_date = ev.date;
      }
      e.evidence.push_back(std::move(ev));
    }
    e.documents = docs.size();
    std::stable_sort(e.evidence.begin(), e.evidence.end(), [](const Evidence& x, const Evidence& y) {
      return std::tie(x.doc, x.sentence.begin, x.rule) < std::tie(y.doc, y.sentence.begin, y.rule);
    });
    boost::add_edge(graph.by_id.at(source), graph.by_id.at(target), std::move(e), graph.g);
  }

  ActorGraph graph;
};

inline ActorGraph fixture_graph() {
  FixtureBuilder b;
  b.graph.rules_fingerprint = "fixture-rules";
  b.graph.documents = {{"d1", "Trade figures", "2021-03-01", "h1"},   {"d2", "Drills at sea", "2022-09-01", "h2"},
                       {"d3", "Sanctions round", "2022-02-24", "h3"}, {"d4", "Summit in Moscow", "2023-03-21", "h4"},
                       {"d5", "Analysts speak", "2023-06-01", "h5"},  {"d6", "Aid to Kyiv", "2023-01-25", "h6"}};
  // Added out of id order on purpose: filters must sort.
  b.actor("RUS", "Russia", "country", {"Russia", "Moscow", "the Kremlin", "Russian Federation"}, 40);
  b.actor("CHN", "China", "country", {"China", "Beijing", "PRC"}, 30);
  b.actor("USA", "United States", "country", {"United States", "Washington", "US"}, 20);
  b.actor("UKR", "Ukraine", "country", {"Ukraine", "Kyiv"}, 12);
  b.actor("IND", "India", "country", {"India", "New Delhi"}, 6);
  b.actor("DEU", "Germany", "country", {"Germany", "Berlin"}, 5);
  b.actor("KAZ", "Kazakhstan", "country", {"Kazakhstan", "Astana"}, 2);
  b.actor("org.sco", "Shanghai Cooperation Organisation", "organization", {"SCO"}, 4);
  b.actor("org.nato", "NATO", "organization", {"NATO", "the Alliance"}, 3);
  b.actor("org.carnegie", "Carnegie Russia Eurasia Center", "organization", {"Carnegie"}, 2);
  b.actor("person.gabuev", "Alexander Gabuev", "person", {"Alexander Gabuev"}, 3);
  b.actor("person.xi", "Xi Jinping", "person", {"Xi Jinping", "Xi", "President Xi"}, 5);
  b.actor("person.putin", "Vladimir Putin", "person", {"Vladimir Putin", "Putin"}, 4);

  b.edge("CHN", "RUS", "trade", false,
         {{"d1", "2021-03-01", "Beijing and Moscow reported record trade in energy and machinery."},
          {"d4", "2023-05-24", "Trade between China and Russia reached $240 billion last year.", false, false,
           {usd(240e9, "$240 billion")}},
          {"d2", "2022-06-15", "China and Russia traded more grain."}});
  b.edge("CHN", "RUS", "exercise", false,
         {{"d2", "2022-09-01", "Chinese and Russian ships held joint drills."},
          {"d2", "2023-07-20", "The two navies exercised together again in July."}});
  b.edge("CHN", "RUS", "agreement", false, {{"d4", "2019-06-05", "China and Russia signed a partnership statement."}});
  b.edge("CHN", "RUS", "arms_transfer", true,
         {{"d5", "2023-04-01", "China has not delivered weapons to Russia, officials said.", true}});
  b.edge("USA", "RUS", "sanction", true,
         {{"d3", "2014-03", "Washington imposed the first sanctions on Moscow."},
          {"d3", "2022-02-24", "The United States sanctioned Russian banks."},
          {"d3", "2022-03-01", "Washington widened sanctions on Russia."},
          {"d6", "2023-01-10", "The US added new sanctions on Russia."}});
  b.edge("USA", "CHN", "sanction", true, {{"d5", "2023-10-17", "The United States sanctioned Chinese chip makers."}});
  b.edge("RUS", "UKR", "attack", true,
         {{"d3", "2022-02-24", "Russia attacked Ukraine."}, {"d6", "2022", "Russian forces struck Kyiv."}});
  b.edge("USA", "UKR", "support", true,
         {{"d6", "2022-03-16", "The United States sent aid to Ukraine."},
          {"d6", "2023-01-25", "Washington pledged more support for Kyiv."}});
  b.edge("DEU", "UKR", "arms_transfer", true,
         {{"d6", "2023-01-25", "Germany will send tanks to Ukraine.", false, false, {}}});
  b.edge("IND", "RUS", "trade", false, {{"d1", "2023-08-01", "India bought more Russian oil."}});
  b.edge("IND", "USA", "cooperation", false,
         {{"d5", "2024-01-10", "India and the United States may deepen cooperation.", false, true}});
  b.edge("CHN", "org.sco", "membership", true, {{"d4", "", "China is a member of the SCO."}});
  b.edge("RUS", "org.sco", "membership", true, {{"d4", "", "Russia is a member of the SCO."}});
  b.edge("IND", "org.sco", "membership", true, {{"d4", "", "India is a member of the SCO."}});
  b.edge("DEU", "org.nato", "membership", true, {{"d6", "", "Germany is a member of NATO."}});
  b.edge("person.gabuev", "org.carnegie", "affiliation", true,
         {{"d5", "2023", "Alexander Gabuev directs the Carnegie center."},
          {"d5", "2023-06-01", "Gabuev, who heads Carnegie, spoke."}});
  b.edge("person.gabuev", "RUS", "criticism", true, {{"d5", "2023-06-01", "Gabuev criticized the Kremlin."}});
  b.edge("person.xi", "RUS", "visit", true, {{"d4", "2023-03-20", "Xi Jinping arrived in Moscow."}});
  b.edge("person.putin", "person.xi", "meeting", false,
         {{"d4", "2023-03-21", "Putin met Xi in the Kremlin."}, {"d4", "2024-05-16", "Xi and Putin met again."}});
  return std::move(b.graph);
}

// One line per edge, sorted: "China -[trade]- Russia (3)" or "United States -[sanction]-> Russia (4)".
inline std::string dump(const ActorGraph& ag) {
  std::vector<std::string> lines;
  const Graph& g = ag.g;
  for (Edge e : boost::make_iterator_range(boost::edges(g)))
    lines.push_back(g[boost::source(e, g)].label + " -[" + g[e].relation + "]-" + (g[e].directed ? "> " : " ") +
                    g[boost::target(e, g)].label + " (" + std::to_string(g[e].weight) + ")");
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// The actor ids of a graph, in vertex order.
inline std::vector<std::string> ids(const ActorGraph& ag) {
  std::vector<std::string> out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(ag.g))) out.push_back(ag.g[v].id);
  return out;
}

}  // namespace ag::test
