// query/filter.cpp: the subgraph a GraphFilter selects (see filter.hpp for the three steps).
//
// Every step works on flags over the vertices and edges of the input graph; only at the end is a
// new ActorGraph built, with vertices in id order and edges in (source id, target id, relation)
// order, so that two runs over the same graph give the same file.
#include "query/filter.hpp"

#include <algorithm>
#include <deque>
#include <tuple>
#include <type_traits>

#include "core/error.hpp"
#include "graph/edge_batch.hpp"

namespace ag {

namespace {

bool digits(const std::string& s, std::size_t pos, std::size_t n) {
  for (std::size_t i = pos; i < pos + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// The first and last day a (possibly partial) date covers; "-31" sorts after every real day.
std::string first_day(const std::string& d) {
  if (d.size() == 4) return d + "-01-01";
  if (d.size() == 7) return d + "-01";
  return d;
}
std::string last_day(const std::string& d) {
  if (d.size() == 4) return d + "-12-31";
  if (d.size() == 7) return d + "-31";
  return d;
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return list.empty() || std::find(list.begin(), list.end(), s) != list.end();
}

struct Selection {
  std::vector<bool> actor;              // by vertex index
  std::vector<Edge> edges;              // kept edges
};

Selection select_step1(const ActorGraph& ag, const FilterPredicate& pred, std::optional<Vertex> focus) {
  const Graph& g = ag.g;
  Selection s;
  s.actor.assign(boost::num_vertices(g), false);
  for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
    s.actor[v] = pred.keeps_actor(g[v]) || v == focus;
  for (Edge e : boost::make_iterator_range(boost::edges(g)))
    if (s.actor[boost::source(e, g)] && s.actor[boost::target(e, g)] && pred.keeps_edge(g[e]))
      s.edges.push_back(e);
  return s;
}

// Keeps only actors within `depth` hops of `focus` over the kept edges (both directions).
void select_focus(const Graph& g, Selection& s, Vertex focus, int depth) {
  std::vector<std::vector<Vertex>> adjacent(boost::num_vertices(g));
  for (Edge e : s.edges) {
    adjacent[boost::source(e, g)].push_back(boost::target(e, g));
    adjacent[boost::target(e, g)].push_back(boost::source(e, g));
  }
  std::vector<int> hops(boost::num_vertices(g), -1);
  std::deque<Vertex> queue{focus};
  hops[focus] = 0;
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (hops[v] == depth) continue;
    for (Vertex w : adjacent[v])
      if (hops[w] < 0) {
        hops[w] = hops[v] + 1;
        queue.push_back(w);
      }
  }
  for (std::size_t v = 0; v < hops.size(); ++v) s.actor[v] = s.actor[v] && hops[v] >= 0;
}

void keep_edges_between_kept(const Graph& g, Selection& s) {
  std::erase_if(s.edges, [&](Edge e) { return !s.actor[boost::source(e, g)] || !s.actor[boost::target(e, g)]; });
}

// Keeps the `top` actors of largest weighted degree (ties by id), plus the focus.
void select_top(const Graph& g, Selection& s, std::size_t top, std::optional<Vertex> focus) {
  std::vector<std::uint64_t> degree(boost::num_vertices(g), 0);
  for (Edge e : s.edges) {
    degree[boost::source(e, g)] += g[e].weight;
    degree[boost::target(e, g)] += g[e].weight;
  }
  std::vector<Vertex> ranked;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
    if (s.actor[v]) ranked.push_back(v);
  std::sort(ranked.begin(), ranked.end(), [&](Vertex a, Vertex b) {
    return std::tie(degree[b], g[a].id) < std::tie(degree[a], g[b].id);
  });
  std::vector<bool> kept(boost::num_vertices(g), false);
  for (std::size_t i = 0; i < ranked.size() && i < top; ++i) kept[ranked[i]] = true;
  if (focus) kept[*focus] = s.actor[*focus];
  s.actor = std::move(kept);
}

void drop_isolated(const Graph& g, Selection& s, std::optional<Vertex> focus) {
  std::vector<bool> touched(boost::num_vertices(g), false);
  for (Edge e : s.edges) touched[boost::source(e, g)] = touched[boost::target(e, g)] = true;
  for (std::size_t v = 0; v < touched.size(); ++v)
    s.actor[v] = s.actor[v] && (touched[v] || v == focus);
}

// Whether the selection is all of `g` and `g` is already in the order build_subgraph gives
// (vertices by id, edges by (source id, target id, relation)), as every loaded graph is.
bool selects_all_in_order(const Graph& g, const Selection& s) {
  if (s.edges.size() != boost::num_edges(g) || !std::all_of(s.actor.begin(), s.actor.end(), [](bool b) { return b; }))
    return false;
  for (Vertex v = 1; v < boost::num_vertices(g); ++v)
    if (!(g[v - 1].id < g[v].id)) return false;
  for (std::size_t i = 1; i < s.edges.size(); ++i)
    if (!(edge_order_key(g, s.edges[i - 1]) < edge_order_key(g, s.edges[i]))) return false;
  return true;
}

// The selected part of `in` built into `out` (empty), its node and edge properties copied from a
// const graph, moved out of a mutable one (a graph the caller gave up: no copy of a million
// evidence sentences).
template <typename Input>
void build_subgraph(Input& in, Selection& s, ActorGraph& out) {
  constexpr bool take = !std::is_const_v<Input>;
  auto& g = in.g;
  out.documents = in.documents;
  out.rules_fingerprint = in.rules_fingerprint;
  std::vector<Vertex> kept;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
    if (s.actor[v]) kept.push_back(v);
  std::sort(kept.begin(), kept.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
  std::vector<Vertex> new_vertex(boost::num_vertices(g));
  for (Vertex v : kept) {
    const std::string id = g[v].id;
    if constexpr (take) new_vertex[v] = boost::add_vertex(std::move(g[v]), out.g);
    else new_vertex[v] = boost::add_vertex(g[v], out.g);
    out.by_id.emplace(id, new_vertex[v]);
  }
  // (Ids are read from the new graph: with `take`, the old vertices' ids were moved there.)
  const Graph& o = out.g;
  auto key = [&](Edge e) {
    return std::tie(o[new_vertex[boost::source(e, g)]].id, o[new_vertex[boost::target(e, g)]].id, g[e].relation);
  };
  std::stable_sort(s.edges.begin(), s.edges.end(), [&](Edge a, Edge b) { return key(a) < key(b); });
  EdgeBatch edges;
  for (Edge e : s.edges) {
    const Vertex source = new_vertex[boost::source(e, g)], target = new_vertex[boost::target(e, g)];
    if constexpr (take) edges.add(source, target, std::move(g[e]));
    else edges.add(source, target, RelationEdge(g[e]));
  }
  edges.append_to(out.g);
}

// The three steps of the filter (see filter.hpp), as flags over `g`.
Selection select(const ActorGraph& g, const GraphFilter& f) {
  const FilterPredicate pred(f);
  if (f.depth < 0) throw UsageError("--depth must be 0 or more, not " + std::to_string(f.depth));
  std::optional<Vertex> focus;
  if (f.focus) focus = resolve_actor(g, *f.focus);
  Selection s = select_step1(g, pred, focus);
  if (focus) {
    select_focus(g.g, s, *focus, f.depth);
    keep_edges_between_kept(g.g, s);
  }
  if (f.top > 0) {
    select_top(g.g, s, f.top, focus);
    keep_edges_between_kept(g.g, s);
  }
  if (!f.keep_isolated) drop_isolated(g.g, s, focus);
  return s;
}

}  // namespace

bool is_filter_date(const std::string& d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!digits(d, 0, 4)) return false;
  if (d.size() >= 7 && (d[4] != '-' || !digits(d, 5, 2) || d.compare(5, 2, "01") < 0 || d.compare(5, 2, "12") > 0))
    return false;
  if (d.size() == 10 && (d[7] != '-' || !digits(d, 8, 2) || d.compare(8, 2, "01") < 0 || d.compare(8, 2, "31") > 0))
    return false;
  return true;
}

FilterPredicate::FilterPredicate(const GraphFilter& f) : f_(f) {
  for (const auto& [flag, date] : {std::pair{"--since", &f.since}, std::pair{"--until", &f.until}})
    if (!date->empty() && !is_filter_date(*date))
      throw UsageError(std::string(flag) + " '" + *date + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!f.since.empty()) lo_ = first_day(f.since);
  if (!f.until.empty()) hi_ = last_day(f.until);
}

bool FilterPredicate::keeps_actor(const ActorNode& actor) const { return contains(f_.types, actor.type); }

bool FilterPredicate::keeps_relation(const std::string& relation) const { return contains(f_.relations, relation); }

bool FilterPredicate::admits(const Evidence& ev) const {
  return (!ev.negated || f_.include_negated) && (!ev.hedged || f_.include_hedged);
}

std::uint64_t FilterPredicate::admitted_mentions(const RelationEdge& edge) const {
  std::uint64_t n = edge.weight;
  if (f_.include_negated || f_.include_hedged)
    for (const Evidence& ev : edge.evidence) n += (ev.negated || ev.hedged) && admits(ev) ? 1 : 0;
  return n;
}

bool FilterPredicate::in_dates(const std::string& date) const {
  if (!is_filter_date(date)) return false;  // undated (or unreadable) evidence never matches a range
  return (lo_.empty() || last_day(date) >= lo_) && (hi_.empty() || first_day(date) <= hi_);
}

bool FilterPredicate::selects(const Evidence& ev) const {
  return admits(ev) && ((lo_.empty() && hi_.empty()) || in_dates(ev.date));
}

bool FilterPredicate::keeps_edge(const RelationEdge& edge) const {
  if (!keeps_relation(edge.relation)) return false;
  const std::uint64_t admitted = admitted_mentions(edge);
  if (admitted == 0 || admitted < f_.min_weight) return false;
  if (lo_.empty() && hi_.empty()) return true;
  return std::any_of(edge.evidence.begin(), edge.evidence.end(), [&](const Evidence& ev) { return selects(ev); });
}

bool FilterPredicate::keeps(const Graph& g, Edge e) const {
  return keeps_actor(g[boost::source(e, g)]) && keeps_actor(g[boost::target(e, g)]) && keeps_edge(g[e]);
}

ActorGraph apply_filter(const ActorGraph& g, const GraphFilter& f) {
  Selection s = select(g, f);
  ActorGraph out;
  build_subgraph(g, s, out);
  return out;
}

const ActorGraph& apply_filter_taking(ActorGraph& g, const GraphFilter& f, ActorGraph& storage) {
  Selection s = select(g, f);
  if (selects_all_in_order(g.g, s)) return g;
  build_subgraph(g, s, storage);
  return storage;
}

}  // namespace ag
