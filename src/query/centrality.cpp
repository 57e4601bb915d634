// query/centrality.cpp: `top --by degree|weight|pagerank|betweenness`: the most central actors of
// the filtered graph (definitions in query.hpp).
//
// PageRank and betweenness come from Boost.Graph, run on small graphs built here for the purpose:
// PageRank on the relations as arcs (a symmetric relation is an arc each way, parallel relations
// are parallel arcs), betweenness on the undirected graph of linked pairs. Scores are compared
// after rounding to six decimals, so that ties do not depend on the last bits of a sum.
#include <algorithm>
#include <cmath>
#include <set>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include "query/detail.hpp"

namespace ag {

namespace {

std::vector<double> degree_scores(const Graph& g, bool weighted) {
  std::vector<double> score(boost::num_vertices(g), 0);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const double add = weighted ? static_cast<double>(g[e].weight) : 1.0;
    score[boost::source(e, g)] += add;
    if (boost::target(e, g) != boost::source(e, g)) score[boost::target(e, g)] += add;
  }
  return score;
}

std::vector<double> pagerank_scores(const Graph& g) {
  using Arcs = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  const std::size_t n = boost::num_vertices(g);
  Arcs arcs(n);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    boost::add_edge(boost::source(e, g), boost::target(e, g), arcs);
    if (!g[e].directed) boost::add_edge(boost::target(e, g), boost::source(e, g), arcs);
  }
  std::vector<double> rank(n, 0);
  if (n == 0) return rank;
  boost::graph::page_rank(arcs, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, arcs)),
                          boost::graph::n_iterations(100));
  for (double& r : rank) r /= static_cast<double>(n);
  return rank;
}

std::vector<double> betweenness_scores(const Graph& g) {
  using Pairs = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const std::size_t n = boost::num_vertices(g);
  std::set<std::pair<Vertex, Vertex>> linked;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (s != t) linked.insert({std::min(s, t), std::max(s, t)});
  }
  Pairs pairs(n);
  for (const auto& [s, t] : linked) boost::add_edge(s, t, pairs);
  std::vector<double> score(n, 0);
  const auto index = boost::get(boost::vertex_index, pairs);
  boost::brandes_betweenness_centrality(
      pairs, boost::centrality_map(boost::make_iterator_property_map(score.begin(), index)));
  return score;
}

std::vector<double> scores(const Graph& g, Centrality by) {
  switch (by) {
    case Centrality::degree: return degree_scores(g, false);
    case Centrality::weight: return degree_scores(g, true);
    case Centrality::pagerank: return pagerank_scores(g);
    case Centrality::betweenness: return betweenness_scores(g);
  }
  return {};
}

double rounded(double x) { return std::round(x * 1e6) / 1e6; }

std::string score_text(Centrality by, double score) {
  if (by == Centrality::degree || by == Centrality::weight) return std::to_string(static_cast<std::uint64_t>(score));
  return detail::number(score, by == Centrality::pagerank ? 6 : 2);
}

detail::Table table_of(const TopResult& r) {
  detail::Table t({{.name = "rank", .right = true}, {.name = "id"}, {.name = "label"}, {.name = "type"},
                   {.name = to_string(r.by), .right = true}});
  for (const RankedActor& a : r.actors)
    t.add({std::to_string(a.rank), a.actor.id, a.actor.label, a.actor.type, score_text(r.by, a.score)});
  return t;
}

void write_json(std::ostream& out, const TopResult& r) {
  detail::Json json;
  auto& w = json.w();
  w.StartObject();
  detail::put(w, "by", to_string(r.by));
  w.Key("actors");
  w.StartArray();
  for (const RankedActor& a : r.actors) {
    w.StartObject();
    detail::put(w, "rank", static_cast<std::uint64_t>(a.rank));
    detail::put(w, "id", a.actor.id);
    detail::put(w, "label", a.actor.label);
    detail::put(w, "type", a.actor.type);
    detail::put_real(w, "score", a.score);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  json.flush_to(out);
}

}  // namespace

std::optional<Centrality> parse_centrality(std::string_view name) {
  for (Centrality c : {Centrality::degree, Centrality::weight, Centrality::pagerank, Centrality::betweenness})
    if (name == to_string(c)) return c;
  return std::nullopt;
}

const char* to_string(Centrality c) {
  switch (c) {
    case Centrality::degree: return "degree";
    case Centrality::weight: return "weight";
    case Centrality::pagerank: return "pagerank";
    case Centrality::betweenness: return "betweenness";
  }
  return "degree";
}

TopResult query_top(const ActorGraph& full, const GraphFilter& f, Centrality by, std::size_t limit) {
  const ActorGraph view = apply_filter(full, f);
  const Graph& g = view.g;
  const std::vector<double> score = scores(g, by);
  std::vector<Vertex> order(boost::num_vertices(g));
  for (Vertex v = 0; v < order.size(); ++v) order[v] = v;
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    const double sa = rounded(score[a]), sb = rounded(score[b]);
    return sa != sb ? sa > sb : g[a].id < g[b].id;
  });
  if (limit > 0 && order.size() > limit) order.resize(limit);
  TopResult r;
  r.by = by;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const double s = rounded(score[order[i]]);
    const std::size_t rank = i > 0 && s == r.actors.back().score ? r.actors.back().rank : i + 1;
    r.actors.push_back({rank, detail::actor_ref(g[order[i]]), s});
    r.used.actors.push_back(g[order[i]].id);
  }
  std::vector<bool> listed(boost::num_vertices(g), false);
  for (Vertex v : order) listed[v] = true;
  for (Edge e : boost::make_iterator_range(boost::edges(g)))
    if (listed[boost::source(e, g)] && listed[boost::target(e, g)])
      r.used.edges.push_back(detail::edge_key(g, e));
  return r;
}

void write_result(std::ostream& out, const TopResult& r, QueryFormat format) {
  switch (format) {
    case QueryFormat::table: table_of(r).write_text(out); break;
    case QueryFormat::csv: table_of(r).write_csv(out); break;
    case QueryFormat::json: write_json(out, r); break;
  }
}

}  // namespace ag
