// Each query on the fixture graph (see fixture_graph.hpp for the edges and their weights). The
// expected orders and scores are worked out by hand in the comments.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <tuple>

#include "core/error.hpp"
#include "fixture_graph.hpp"
#include "query/query.hpp"

using namespace ag;

namespace {

const ActorGraph& graph() {
  static const ActorGraph g = test::fixture_graph();
  return g;
}

std::string rows(const NeighborsResult& r) {
  std::string out;
  for (const NeighborRow& n : r.rows)
    out += n.neighbor.id + " " + n.relation + " " + to_string(n.direction) + " " + std::to_string(n.weight) +
           (n.status.empty() ? "" : " " + n.status) + "\n";
  return out;
}

std::string chains(const PathResult& r) {
  std::string out;
  for (const Path& p : r.paths) {
    out += p.steps.front().from.id;
    for (const PathStep& s : p.steps) {
      out += " [";
      for (std::size_t i = 0; i < s.links.size(); ++i)
        out += (i ? "," : "") + s.links[i].relation + ":" + to_string(s.links[i].direction);
      out += "] " + s.to.id;
    }
    out += "\n";
  }
  return out;
}

std::string ranking(const TopResult& r) {
  std::string out;
  for (const RankedActor& a : r.actors) out += std::to_string(a.rank) + " " + a.actor.id + "\n";
  return out;
}

}  // namespace

TEST_CASE("neighbors: by neighbour weight, then relation weight; strongest evidence") {
  const NeighborsResult r = query_neighbors(graph(), "China", {});
  CHECK(r.actor.id == "CHN");
  // Russia 6 in all, then United States 1 and SCO 1 (by id: "USA" < "org.sco").
  CHECK(rows(r) == "RUS trade both 3\nRUS exercise both 2\nRUS agreement both 1\nUSA sanction in 1\n"
                   "org.sco membership out 1\n");
  CHECK(r.rows[0].first_date == "2021-03-01");
  CHECK(r.rows[0].last_date == "2023-05-24");
  CHECK(r.rows[0].documents == 3);
  // The sentence with an amount beats the others.
  CHECK(r.rows[0].evidence == "Trade between China and Russia reached $240 billion last year.");
  CHECK(r.rows[0].evidence_doc == "d4");
  // No amounts: the most recent.
  CHECK(r.rows[1].evidence == "The two navies exercised together again in July.");
  CHECK(r.used.actors == std::vector<std::string>{"CHN"});
  CHECK(r.used.edges.size() == 5);
}

TEST_CASE("neighbors: filters") {
  GraphFilter f;
  f.include_negated = true;
  CHECK(rows(query_neighbors(graph(), "CHN", f)) ==
        "RUS trade both 3\nRUS exercise both 2\nRUS agreement both 1\nRUS arms_transfer out 0 negated\n"
        "USA sanction in 1\norg.sco membership out 1\n");
  f = {};
  f.types = {"organization"};
  CHECK(rows(query_neighbors(graph(), "CHN", f)) == "org.sco membership out 1\n");
  f = {};
  f.until = "2022";
  const NeighborsResult r = query_neighbors(graph(), "CHN", f);
  CHECK(rows(r) == "RUS trade both 3\nRUS exercise both 2\nRUS agreement both 1\n");
  CHECK(r.rows[1].evidence == "Chinese and Russian ships held joint drills.");  // the one in range
  CHECK(rows(query_neighbors(graph(), "Gabuev", {})) == "org.carnegie affiliation out 2\nRUS criticism out 1\n");
  f = {};
  f.relations = {"visit"};
  CHECK(rows(query_neighbors(graph(), "Kazakhstan", f)).empty());
  CHECK_THROWS_AS(query_neighbors(graph(), "Atlantis", {}), UsageError);
}

namespace {

// The fixture's vertices and edges in reverse order: neither in id order nor sorted by the other
// end, unlike a graph read from a file (which query_neighbors makes use of when it can).
ActorGraph reversed(const ActorGraph& g) {
  ActorGraph out;
  out.documents = g.documents;
  std::vector<Vertex> vertices(boost::vertices(g.g).first, boost::vertices(g.g).second);
  for (auto v = vertices.rbegin(); v != vertices.rend(); ++v) out.vertex(g.g[*v]);
  std::vector<Edge> edges(boost::edges(g.g).first, boost::edges(g.g).second);
  for (auto e = edges.rbegin(); e != edges.rend(); ++e)
    boost::add_edge(out.by_id.at(g.g[boost::source(*e, g.g)].id), out.by_id.at(g.g[boost::target(*e, g.g)].id), g.g[*e],
                    out.g);
  return out;
}

std::string everything(const NeighborsResult& r) {
  std::string out = rows(r);
  for (const NeighborRow& n : r.rows)
    out += n.neighbor.label + "|" + n.neighbor.type + "|" + std::to_string(n.documents) + "|" + n.first_date + "|" +
           n.last_date + "|" + n.evidence_doc + "|" + n.evidence_date + "|" + n.evidence + "\n";
  for (const EdgeKey& k : r.used.edges) out += k.source + " " + k.target + " " + k.relation + "\n";
  return out;
}

}  // namespace

TEST_CASE("neighbors: the same rows, in the documented order, whatever order the graph holds") {
  // make_subgraph adds the vertices in id order and the edges in (source, target, relation) order.
  SubgraphSpec all;
  const Graph& g = graph().g;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) all.actors.push_back(g[v].id);
  for (Edge e : boost::make_iterator_range(boost::edges(g)))
    all.edges.push_back({g[boost::source(e, g)].id, g[boost::target(e, g)].id, g[e].relation});
  const ActorGraph in_id_order = make_subgraph(graph(), all);
  const ActorGraph backwards = reversed(graph());
  REQUIRE(boost::num_edges(in_id_order.g) == boost::num_edges(graph().g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const std::string& id = g[v].id;
    CAPTURE(id);
    const NeighborsResult r = query_neighbors(graph(), id, {});
    CHECK(everything(query_neighbors(in_id_order, id, {})) == everything(r));
    CHECK(everything(query_neighbors(backwards, id, {})) == everything(r));
    // Rows by neighbour (total weight descending, then id), then weight descending, relation,
    // direction; the edges used in (source, target, relation) order.
    std::map<std::string, std::uint64_t> total;
    for (const NeighborRow& n : r.rows) total[n.neighbor.id] += n.weight;
    auto key = [&](const NeighborRow& n) {
      return std::make_tuple(~total[n.neighbor.id], n.neighbor.id, ~n.weight, n.relation, static_cast<int>(n.direction));
    };
    CHECK(std::is_sorted(r.rows.begin(), r.rows.end(), [&](const NeighborRow& x, const NeighborRow& y) { return key(x) < key(y); }));
    CHECK(std::is_sorted(r.used.edges.begin(), r.used.edges.end()));
    CHECK(r.used.edges.size() == r.rows.size());
  }
}

TEST_CASE("strongest evidence: supporting, amounts, date, length, order") {
  auto ev = [](std::string date, std::string text, bool hedged = false, int amounts = 0) {
    Evidence e;
    e.date = std::move(date);
    e.text = std::move(text);
    e.hedged = hedged;
    e.amounts.resize(static_cast<std::size_t>(amounts));
    return e;
  };
  const Evidence a = ev("2024-01-01", "newest but hedged", true, 2), b = ev("2020", "old with amount", false, 1),
                 c = ev("2023-01-01", "newer"), d = ev("2023-01-01", "newer, longer"), e = ev("", "x");
  CHECK(strongest_evidence({&a, &c}) == &c);
  CHECK(strongest_evidence({&c, &b}) == &b);
  CHECK(strongest_evidence({&e, &d}) == &d);
  CHECK(strongest_evidence({&d, &c}) == &c);
  CHECK(strongest_evidence({&c, &c}) == &c);
  CHECK(strongest_evidence({}) == nullptr);
}

TEST_CASE("between: every relation in both directions, with the admitted evidence") {
  BetweenResult r = query_between(graph(), "United States", "russia", {});
  REQUIRE(r.edges.size() == 1);
  CHECK(r.edges[0].relation == "sanction");
  CHECK(r.edges[0].source.id == "USA");
  CHECK(r.edges[0].evidence.size() == 4);
  CHECK(query_between(graph(), "Russia", "US", {}).edges.size() == 1);
  r = query_between(graph(), "CHN", "RUS", {});
  REQUIRE(r.edges.size() == 3);
  CHECK(r.edges[0].relation == "agreement");
  CHECK(r.edges[2].relation == "trade");
  GraphFilter f;
  f.include_negated = true;
  r = query_between(graph(), "RUS", "CHN", f);
  REQUIRE(r.edges.size() == 4);
  CHECK(r.edges[1].relation == "arms_transfer");
  CHECK(r.edges[1].status == "negated");
  CHECK(r.edges[1].evidence.size() == 1);
  f = {};
  f.since = "2022-03";
  r = query_between(graph(), "USA", "RUS", f);
  CHECK(r.edges[0].evidence.size() == 2);  // 2022-03-01 and 2023-01-10
  CHECK(query_between(graph(), "Germany", "China", {}).edges.empty());
  CHECK_THROWS_AS(query_between(graph(), "Russia", "kremlin", {}), UsageError);
}

TEST_CASE("path: a chain from a surname") {
  const PathResult r = query_path(graph(), "Gabuev", "China", {}, {});
  CHECK(chains(r) == "person.gabuev [criticism:out] RUS [agreement:both,exercise:both,trade:both] CHN\n");
  CHECK(r.total == 1);
  CHECK(r.paths[0].cost == 2);
  CHECK(r.used.actors == std::vector<std::string>{"CHN", "RUS", "person.gabuev"});
  CHECK(r.used.edges.size() == 4);
}

TEST_CASE("path: all shortest paths in id order, a limit, weights and relations") {
  PathResult r = query_path(graph(), "Ukraine", "China", {}, {});
  CHECK(chains(r) == "UKR [attack:in] RUS [agreement:both,exercise:both,trade:both] CHN\n"
                     "UKR [support:in] USA [sanction:out] CHN\n");
  CHECK(r.total == 2);
  r = query_path(graph(), "Ukraine", "China", {}, {.weighted = false, .limit = 1});
  CHECK(r.paths.size() == 1);
  CHECK(r.total == 2);
  // Weighted: via Russia 1/2 + 1/3, via the United States 1/2 + 1/1.
  r = query_path(graph(), "Ukraine", "China", {}, {.weighted = true});
  CHECK(chains(r) == "UKR [attack:in] RUS [agreement:both,exercise:both,trade:both] CHN\n");
  CHECK(r.paths[0].cost == doctest::Approx(0.5 + 1.0 / 3));
  GraphFilter f;
  f.relations = {"sanction", "support"};
  r = query_path(graph(), "Ukraine", "China", f, {});
  CHECK(chains(r) == "UKR [support:in] USA [sanction:out] CHN\n");
  f.relations = {"trade"};
  r = query_path(graph(), "Ukraine", "China", f, {});
  CHECK(r.paths.empty());
  CHECK(r.total == 0);
  r = query_path(graph(), "Germany", "China", {}, {});
  CHECK(chains(r) == "DEU [arms_transfer:out] UKR [attack:in] RUS [agreement:both,exercise:both,trade:both] CHN\n"
                     "DEU [arms_transfer:out] UKR [support:in] USA [sanction:out] CHN\n");
  CHECK(query_path(graph(), "Kazakhstan", "China", {}, {}).paths.empty());
  CHECK_THROWS_AS(query_path(graph(), "China", "PRC", {}, {}), UsageError);
}

TEST_CASE("path: weighted prefers strong links even over more hops") {
  test::FixtureBuilder b;
  for (const char* id : {"A", "B", "C", "D"}) b.actor(id, id, "country", {}, 1);
  auto said = [](int n) { return std::vector<test::Said>(static_cast<std::size_t>(n), test::Said{"d", "2020", "s"}); };
  b.edge("A", "D", "trade", false, said(1));   // cost 1
  b.edge("A", "B", "trade", false, said(4));   // 1/4
  b.edge("B", "C", "trade", false, said(4));   // 1/4
  b.edge("C", "D", "trade", false, said(4));   // 1/4
  CHECK(chains(query_path(b.graph, "A", "D", {}, {})) == "A [trade:both] D\n");
  const PathResult r = query_path(b.graph, "A", "D", {}, {.weighted = true});
  CHECK(chains(r) == "A [trade:both] B [trade:both] C [trade:both] D\n");
  CHECK(r.paths[0].cost == doctest::Approx(0.75));
}

TEST_CASE("path: the count of shortest paths multiplies") {
  // A ladder of k diamonds has 2^k shortest paths; only `limit` are listed.
  test::FixtureBuilder b;
  const int k = 20;
  b.actor("n00", "n00", "country", {}, 1);
  for (int i = 0; i < k; ++i) {
    const std::string from = "n" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    const std::string to = "n" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
    b.actor(to, to, "country", {}, 1);
    for (const char* side : {"a", "b"}) {
      const std::string mid = from + side;
      b.actor(mid, mid, "country", {}, 1);
      b.edge(from, mid, "trade", false, {{"d", "2020", "s"}});
      b.edge(mid, to, "trade", false, {{"d", "2020", "s"}});
    }
  }
  const PathResult r = query_path(b.graph, "n00", "n20", {}, {.weighted = false, .limit = 3});
  CHECK(r.total == (1u << k));
  CHECK(r.paths.size() == 3);
  CHECK(r.paths[0].steps[0].to.id == "n00a");
  CHECK(r.paths[2].steps[0].to.id == "n00a");
  CHECK(r.paths[2].steps[36].to.id == "n18b");
}

TEST_CASE("ego: the neighbourhood, by hops") {
  EgoResult r = query_ego(graph(), "Gabuev", 2, {});
  std::string actors;
  for (const EgoActor& a : r.actors) actors += std::to_string(a.hops) + ":" + a.actor.id + " ";
  CHECK(actors == "0:person.gabuev 1:RUS 1:org.carnegie 2:CHN 2:IND 2:UKR 2:USA 2:org.sco 2:person.xi ");
  CHECK(r.edges.size() == 14);
  r = query_ego(graph(), "Russia", 1, {});
  CHECK(r.actors.size() == 8);
  CHECK(r.edges.size() == 13);
  const ActorGraph sub = make_subgraph(graph(), r.used);
  CHECK(boost::num_vertices(sub.g) == 8);
  CHECK(boost::num_edges(sub.g) == 13);
  CHECK(sub.documents.size() == 6);
  GraphFilter f;
  f.focus = "Russia";
  CHECK(test::dump(sub) == test::dump(apply_filter(graph(), f)));
}

TEST_CASE("top by degree") {
  // Kept edges at each actor: Russia 9, China 5, Ukraine, United States, SCO 3, then 2s.
  const TopResult r = query_top(graph(), {}, Centrality::degree, 5);
  CHECK(ranking(r) == "1 RUS\n2 CHN\n3 UKR\n3 USA\n3 org.sco\n");
  CHECK(r.actors[0].score == 9);
  CHECK(r.used.actors.size() == 5);
}

TEST_CASE("top by weight") {
  // Russia 3+2+1+4+2+1+1+1+1 = 16, China 8, United States 7, Ukraine 5, then 3: SCO, Gabuev, Xi.
  const TopResult r = query_top(graph(), {}, Centrality::weight, 7);
  CHECK(ranking(r) == "1 RUS\n2 CHN\n3 USA\n4 UKR\n5 org.sco\n5 person.gabuev\n5 person.xi\n");
  CHECK(r.actors[0].score == 16);
}

TEST_CASE("top by betweenness") {
  // Russia joins {Gabuev, Carnegie} and {Xi, Putin} to the seven others: 2*2 + 2*7 + 2*7 = 32,
  // plus 9.5 within those seven (e.g. India-United States only through Russia, SCO-United States
  // half through Russia, half through China) = 41.5. Ukraine joins {Germany, NATO} to the nine
  // others: 18. Germany, Gabuev and Xi each join one leaf to the ten others: 10. The United States
  // lies on half the China-{Ukraine, Germany, NATO} paths: 1.5. China and SCO: 0.5 each.
  const TopResult r = query_top(graph(), {}, Centrality::betweenness, 0);
  CHECK(ranking(r) == "1 RUS\n2 UKR\n3 DEU\n3 person.gabuev\n3 person.xi\n6 USA\n7 CHN\n7 org.sco\n"
                      "9 IND\n9 org.carnegie\n9 org.nato\n9 person.putin\n");
  std::map<std::string, double> score;
  for (const auto& a : r.actors) score[a.actor.id] = a.score;
  CHECK(score["RUS"] == doctest::Approx(41.5));
  CHECK(score["UKR"] == doctest::Approx(18));
  CHECK(score["DEU"] == doctest::Approx(10));
  CHECK(score["person.xi"] == doctest::Approx(10));
  CHECK(score["USA"] == doctest::Approx(1.5));
  CHECK(score["CHN"] == doctest::Approx(0.5));
}

TEST_CASE("top by pagerank") {
  // An independent power iteration of Boost's formula, r(v) = (1-d) + d * sum r(u)/out(u), on the
  // same arcs (a symmetric relation is an arc each way), divided by n.
  const ActorGraph view = apply_filter(graph(), {});
  const Graph& g = view.g;
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::pair<Vertex, Vertex>> arcs;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    arcs.push_back({boost::source(e, g), boost::target(e, g)});
    if (!g[e].directed) arcs.push_back({boost::target(e, g), boost::source(e, g)});
  }
  std::vector<double> out(n, 0), rank(n, 1.0 / static_cast<double>(n));
  for (const auto& [s, t] : arcs) out[s] += 1;
  for (int it = 0; it < 100; ++it) {
    std::vector<double> next(n, 0.15);
    for (const auto& [s, t] : arcs) next[t] += 0.85 * rank[s] / out[s];
    rank = next;
  }
  const TopResult r = query_top(graph(), {}, Centrality::pagerank, 0);
  REQUIRE(r.actors.size() == n);
  CHECK(r.actors[0].actor.id == "RUS");
  for (std::size_t i = 0; i < r.actors.size(); ++i) {
    CAPTURE(r.actors[i].actor.id);
    const double expected = rank[view.by_id.at(r.actors[i].actor.id)] / static_cast<double>(n);
    CHECK(r.actors[i].score == doctest::Approx(expected).epsilon(1e-5));
    if (i > 0) CHECK(r.actors[i - 1].score >= r.actors[i].score);
  }
}

TEST_CASE("top with a filter and a limit") {
  GraphFilter f;
  f.relations = {"sanction"};
  CHECK(ranking(query_top(graph(), f, Centrality::weight, 0)) == "1 USA\n2 RUS\n3 CHN\n");
  CHECK(ranking(query_top(graph(), f, Centrality::weight, 1)) == "1 USA\n");
  CHECK(parse_centrality("pagerank") == Centrality::pagerank);
  CHECK(!parse_centrality("closeness"));
}

TEST_CASE("actors: every actor with counts, by mentions") {
  ActorsResult r = query_actors(graph(), {}, false);
  std::string order;
  for (const ActorRow& a : r.rows) order += a.actor.id + " ";
  CHECK(order == "RUS CHN USA UKR IND DEU person.xi org.sco person.putin org.nato person.gabuev KAZ org.carnegie ");
  CHECK(r.rows[0].degree == 9);
  CHECK(r.rows[0].weight == 16);
  CHECK(r.rows[11].degree == 0);
  CHECK(query_actors(graph(), {}, true).rows.size() == 12);
  GraphFilter f;
  f.types = {"person"};
  CHECK(query_actors(graph(), f, false).rows.size() == 3);
}

TEST_CASE("relations: edges, weight and documents per relation") {
  const RelationsResult r = query_relations(graph(), {});
  std::string order;
  for (const RelationRow& x : r.rows)
    order += x.relation + ":" + std::to_string(x.edges) + "/" + std::to_string(x.weight) + "/" +
             std::to_string(x.documents) + " ";
  CHECK(order == "sanction:2/5/3 membership:4/4/2 trade:2/4/3 affiliation:1/2/1 attack:1/2/2 exercise:1/2/1 "
                 "meeting:1/2/1 support:1/2/1 agreement:1/1/1 arms_transfer:1/1/1 criticism:1/1/1 visit:1/1/1 ");
  CHECK(r.rows[0].first_date == "2014-03");
  CHECK(r.rows[0].last_date == "2023-10-17");
  GraphFilter f;
  f.include_negated = true;
  f.include_hedged = true;
  const RelationsResult all = query_relations(graph(), f);
  CHECK(all.rows.size() == 13);  // with cooperation (hedged only)
}
