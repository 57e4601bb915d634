// render/cut.cpp: the top actors by weighted degree, and the heaviest edges among them.
#include "render/cut.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

#include <fmt/format.h>

namespace ag {

std::map<Vertex, std::uint64_t> weighted_degrees(const Graph& g) {
  std::map<Vertex, std::uint64_t> degree;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) degree[v] = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    degree[boost::source(e, g)] += g[e].weight;
    degree[boost::target(e, g)] += g[e].weight;
  }
  return degree;
}

namespace {

// The `n` most important vertices (and `keep`, replacing the least important), by actor id.
std::vector<Vertex> top_vertices(const Graph& g, std::size_t n, std::optional<Vertex> keep) {
  const auto degree = weighted_degrees(g);
  std::vector<Vertex> order;
  for (const auto& [v, d] : degree) order.push_back(v);
  auto more_important = [&](Vertex a, Vertex b) {
    const auto da = degree.at(a), db = degree.at(b);
    return da != db ? da > db : g[a].id < g[b].id;
  };
  if (order.size() > n) {
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      more_important);
    order.resize(n);
    if (keep && std::find(order.begin(), order.end(), *keep) == order.end()) order.back() = *keep;
  }
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
  return order;
}

// The edges among `kept` vertices: the `n` heaviest, sorted by (source id, target id, relation).
std::vector<Edge> edges_among(const Graph& g, const std::vector<bool>& kept, std::size_t n,
                              std::size_t& total) {
  std::vector<Edge> edges;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (kept[boost::source(e, g)] && kept[boost::target(e, g)]) edges.push_back(e);
  total = edges.size();
  if (edges.size() > n) {
    std::partial_sort(edges.begin(), edges.begin() + static_cast<std::ptrdiff_t>(n), edges.end(),
                      [&](Edge a, Edge b) {
                        if (g[a].weight != g[b].weight) return g[a].weight > g[b].weight;
                        return edge_order_key(g, a) < edge_order_key(g, b);
                      });
    edges.resize(n);
  }
  std::sort(edges.begin(), edges.end(),
            [&](Edge a, Edge b) { return edge_order_key(g, a) < edge_order_key(g, b); });
  return edges;
}

// Drops from `vertices` those that had edges in `g` but have none among `edges` (except `keep`).
std::size_t drop_stranded(const Graph& g, const std::vector<Edge>& edges, std::optional<Vertex> keep,
                          std::vector<Vertex>& vertices) {
  std::vector<bool> touched(boost::num_vertices(g), false);
  for (auto e : edges) touched[boost::source(e, g)] = touched[boost::target(e, g)] = true;
  auto stranded = [&](Vertex v) {
    return !touched[v] && v != keep && boost::in_degree(v, g) + boost::out_degree(v, g) > 0;
  };
  const auto before = vertices.size();
  vertices.erase(std::remove_if(vertices.begin(), vertices.end(), stranded), vertices.end());
  return before - vertices.size();
}

std::string cut_notice(std::size_t all, std::size_t top, std::size_t stranded, std::size_t edges,
                       std::size_t all_edges) {
  std::string notice;
  if (top < all) {
    notice = fmt::format(
        "the graph has {} actors, too many to draw legibly and quickly: drawing the {} with the "
        "highest weighted degree",
        all, top);
  }
  if (edges < all_edges)
    notice += fmt::format("{}drawing the {} heaviest of {} relations among them",
                          notice.empty() ? "" : "; ", edges, all_edges);
  if (stranded > 0)
    notice += fmt::format("; {} actors left without a drawn relation are not drawn", stranded);
  return notice;
}

}  // namespace

Cut cut_to_top(const ActorGraph& in, std::size_t max_nodes, std::size_t max_edges,
               const std::string& keep) {
  const Graph& g = in.g;
  Cut cut;
  cut.graph.documents = in.documents;
  cut.graph.rules_fingerprint = in.rules_fingerprint;
  const std::optional<Vertex> keep_vertex = keep.empty() ? std::nullopt : in.find(keep);

  auto vertices = top_vertices(g, max_nodes, keep_vertex);
  std::vector<bool> kept(boost::num_vertices(g), false);
  for (auto v : vertices) kept[v] = true;
  std::size_t total_edges = 0;
  const auto edges = edges_among(g, kept, max_edges, total_edges);
  const std::size_t top = vertices.size();
  const std::size_t stranded = drop_stranded(g, edges, keep_vertex, vertices);

  for (auto v : vertices) cut.graph.vertex(g[v]);
  for (auto e : edges) {
    const Vertex s = cut.graph.by_id.at(g[boost::source(e, g)].id);
    const Vertex t = cut.graph.by_id.at(g[boost::target(e, g)].id);
    boost::add_edge(s, t, g[e], cut.graph.g);
  }
  cut.notice = cut_notice(boost::num_vertices(g), top, stranded, edges.size(), total_edges);
  return cut;
}

}  // namespace ag
