// tests/render/fixture_graph.hpp: the graphs the render tests draw, built through the ActorGraph
// API.
//
// small_graph(): a dozen actors of every styled type (and one user type), every relation of the
// default palette plus one a user's rule file might add, parallel edges of different relations
// between one pair, symmetric (stored with source id < target id) and directed edges, a discovered actor, names needing escapes
// (backslash, ampersand, quotes, Cyrillic), dated documents and a negated-only edge.
// generated_graph(n): n actors in a deterministic scale-free-ish web (a few hubs, a long tail),
// about 3 edges per actor, for the cut and the timing.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "graph/actor_graph.hpp"

namespace ag::test {

inline RelationEdge rel(std::string id, bool directed, Polarity polarity, std::uint64_t weight,
                        std::string first = "", std::string last = "") {
  RelationEdge e;
  e.relation = std::move(id);
  e.directed = directed;
  e.polarity = polarity;
  e.weight = weight;
  e.documents = weight;
  e.first_date = std::move(first);
  e.last_date = last.empty() ? e.first_date : std::move(last);
  Evidence ev;
  ev.doc = "a.txt";
  ev.date = e.first_date;
  ev.text = "fixture sentence";
  e.evidence.push_back(ev);
  return e;
}

struct GraphBuilder {
  ActorGraph graph;

  GraphBuilder& actor(std::string id, std::string label, std::string type, bool discovered = false) {
    ActorNode n;
    n.id = std::move(id);
    n.label = std::move(label);
    n.type = std::move(type);
    n.mentions = 1;
    n.discovered = discovered;
    graph.vertex(n);
    return *this;
  }
  GraphBuilder& edge(const std::string& s, const std::string& t, RelationEdge e) {
    boost::add_edge(graph.by_id.at(s), graph.by_id.at(t), std::move(e), graph.g);
    return *this;
  }
};

inline ActorGraph small_graph() {
  GraphBuilder b;
  b.graph.documents = {{"a.txt", "First", "2023-03-20", "aa"}, {"b.txt", "Second", "2024-05-16", "bb"}};
  b.graph.rules_fingerprint = "fixture";
  b.actor("CHN", "China", "country")
      .actor("RUS", "Russia", "country")
      .actor("USA", "United States", "country")
      .actor("UKR", "Ukraine", "country")
      .actor("IND", "India", "country")
      .actor("org.eu", "European Union", "organization")
      .actor("org.sco", "Shanghai Cooperation Organisation", "organization")
      .actor("org.gazprom", "Gazprom & \"Partners\"", "organization")
      .actor("person.lavrov", "Sergei Lavrov", "person")
      .actor("person.wang_yi", "Wang Yi", "person")
      .actor("person.gabuev", "Alexander Gabuev", "person", true)
      .actor("group.wagner", "Вагнер \\ group", "armed group");
  const auto coop = Polarity::cooperative, conf = Polarity::conflictual, neut = Polarity::neutral;
  b.edge("CHN", "RUS", rel("trade", false, coop, 9, "2023-03-20", "2024-05-16"))
      .edge("CHN", "RUS", rel("exercise", false, coop, 3, "2024-05-16"))
      .edge("CHN", "RUS", rel("agreement", false, coop, 4, "2023-03-20"))
      .edge("RUS", "IND", rel("arms_transfer", true, coop, 2, "2023-03-20"))
      .edge("USA", "RUS", rel("sanction", true, conf, 6, "2023-03-20", "2024-05-16"))
      .edge("org.eu", "RUS", rel("sanction", true, conf, 3, "2024-05-16"))
      .edge("RUS", "UKR", rel("attack", true, conf, 5, "2023-03-20"))
      .edge("USA", "CHN", rel("criticism", true, conf, 1, "2024-05-16"))
      .edge("USA", "UKR", rel("support", true, coop, 2, "2023-03-20"))
      .edge("person.lavrov", "CHN", rel("visit", true, coop, 2, "2024-05-16"))
      .edge("person.lavrov", "person.wang_yi", rel("meeting", false, coop, 2, "2024-05-16"))
      .edge("CHN", "org.sco", rel("membership", true, neut, 1))
      .edge("RUS", "org.sco", rel("membership", true, neut, 1))
      .edge("IND", "org.sco", rel("membership", true, neut, 1))
      .edge("person.lavrov", "RUS", rel("affiliation", true, neut, 1))
      .edge("person.wang_yi", "CHN", rel("affiliation", true, neut, 1))
      .edge("CHN", "org.gazprom", rel("cooperation", false, coop, 1, "2024-05-16"))
      .edge("person.gabuev", "RUS", rel("criticism", true, conf, 1, "2023-03-20"))
      .edge("group.wagner", "UKR", rel("raid", true, conf, 1, "2023-03-20"))
      .edge("CHN", "IND", rel("trade", false, coop, 0));  // negated only: weight 0
  return b.graph;
}

// A deterministic web of `n` actors: actor i links to i/2, i/3 and (i*7+3) mod i, so low ids are
// hubs; weights fall with the distance to the hub. Types and relations cycle through the palette.
inline ActorGraph generated_graph(std::size_t n) {
  static const char* const types[] = {"country", "organization", "person", "company"};
  static const char* const relations[] = {"trade", "sanction", "meeting", "membership", "attack", "visit"};
  GraphBuilder b;
  b.graph.documents = {{"gen.txt", "Generated", "2020-01-01", "00"}};
  for (std::size_t i = 0; i < n; ++i)
    b.actor(fmt::format("a{:05}", i), fmt::format("Actor {}", i), types[i % 4]);
  for (std::size_t i = 1; i < n; ++i) {
    const std::size_t targets[] = {i / 2, i / 3, (i * 7 + 3) % i};
    for (std::size_t k = 0; k < 3; ++k) {
      if (k > 0 && targets[k] == targets[k - 1]) continue;
      const char* r = relations[(i + k) % 6];
      const bool conflictual = r == std::string("sanction") || r == std::string("attack");
      b.edge(fmt::format("a{:05}", i), fmt::format("a{:05}", targets[k]),
             rel(r, true, conflictual ? Polarity::conflictual : Polarity::cooperative,
                 1 + 1000 / (i + 10), "2020-01-01"));
    }
  }
  return b.graph;
}

}  // namespace ag::test
