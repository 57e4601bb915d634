// query/path.cpp: `path A B`: the shortest chains of relations linking two actors.
//
// The kept edges are folded into hops between pairs of actors (all relations of a pair, in either
// direction, make one hop; see query.hpp for the costs). Dijkstra from both ends gives, for every
// actor, its distance from A and to B; a hop u-w lies on a shortest path exactly when
// d(A,u) + cost(u,w) = d(A,w) and d(A,w) + d(w,B) = d(A,B). A depth-first walk over those hops,
// taking neighbours in id order, lists the shortest paths in lexicographic order of their actor
// ids, stopping at the limit; a count over the same hops gives how many there are in all.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <queue>

#include <fmt/format.h>

#include "core/error.hpp"
#include "query/detail.hpp"

namespace ag {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Costs are sums of 1/w, so equal sums may differ in the last bits.
bool same_cost(double a, double b) {
  if (a == kInfinity || b == kInfinity) return a == b;
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

struct Hop {
  std::vector<Edge> edges;
  double cost = 1;
};

struct HopGraph {
  std::map<std::pair<Vertex, Vertex>, Hop> hops;     // by (smaller, larger) vertex
  std::vector<std::vector<Vertex>> adjacent;          // sorted by actor id

  const Hop& hop(Vertex a, Vertex b) const { return hops.at({std::min(a, b), std::max(a, b)}); }
};

HopGraph fold_hops(const Graph& g, const FilterPredicate& pred, Vertex a, Vertex b, bool weighted) {
  HopGraph h;
  h.adjacent.resize(boost::num_vertices(g));
  auto actor_ok = [&](Vertex v) { return v == a || v == b || pred.keeps_actor(g[v]); };
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (s == t || !actor_ok(s) || !actor_ok(t) || !pred.keeps_edge(g[e])) continue;
    h.hops[{std::min(s, t), std::max(s, t)}].edges.push_back(e);
  }
  for (auto& [pair, hop] : h.hops) {
    std::uint64_t strongest = 0;
    for (Edge e : hop.edges) strongest = std::max(strongest, g[e].weight);
    hop.cost = !weighted ? 1.0 : strongest == 0 ? 2.0 : 1.0 / static_cast<double>(strongest);
    h.adjacent[pair.first].push_back(pair.second);
    h.adjacent[pair.second].push_back(pair.first);
  }
  for (auto& list : h.adjacent)
    std::sort(list.begin(), list.end(), [&](Vertex x, Vertex y) { return g[x].id < g[y].id; });
  return h;
}

std::vector<double> distances(const HopGraph& h, Vertex from) {
  std::vector<double> d(h.adjacent.size(), kInfinity);
  using Item = std::pair<double, Vertex>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  d[from] = 0;
  queue.push({0, from});
  while (!queue.empty()) {
    const auto [du, u] = queue.top();
    queue.pop();
    if (du > d[u]) continue;
    for (Vertex w : h.adjacent[u])
      if (const double dw = du + h.hop(u, w).cost; dw < d[w] && !same_cost(dw, d[w])) {
        d[w] = dw;
        queue.push({dw, w});
      }
  }
  return d;
}

struct ShortestHops {
  const HopGraph& h;
  std::vector<double> from_a, to_b;
  double total;

  bool on_path(Vertex u, Vertex w) const {
    return same_cost(from_a[u] + h.hop(u, w).cost, from_a[w]) && same_cost(from_a[w] + to_b[w], total);
  }
};

std::uint64_t count_paths(const ShortestHops& s, Vertex a, Vertex b) {
  std::vector<Vertex> order;
  for (Vertex v = 0; v < s.h.adjacent.size(); ++v)
    if (s.from_a[v] < kInfinity) order.push_back(v);
  std::sort(order.begin(), order.end(), [&](Vertex x, Vertex y) { return s.from_a[x] < s.from_a[y]; });
  std::vector<std::uint64_t> count(s.h.adjacent.size(), 0);
  count[a] = 1;
  constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();
  for (Vertex u : order)
    for (Vertex w : s.h.adjacent[u])
      if (count[u] > 0 && s.on_path(u, w)) count[w] = count[w] > kMax - count[u] ? kMax : count[w] + count[u];
  return count[b];
}

PathStep step_of(const Graph& g, const Hop& hop, Vertex from, Vertex to) {
  PathStep step;
  step.from = detail::actor_ref(g[from]);
  step.to = detail::actor_ref(g[to]);
  for (Edge e : hop.edges) {
    const Direction d = !g[e].directed ? Direction::both : boost::source(e, g) == from ? Direction::out : Direction::in;
    step.links.push_back({g[e].relation, d, g[e].weight});
  }
  std::sort(step.links.begin(), step.links.end(), [](const PathLink& x, const PathLink& y) {
    return std::tie(x.relation, x.direction) < std::tie(y.relation, y.direction);
  });
  return step;
}

void list_paths(const Graph& g, const ShortestHops& s, Vertex b, std::size_t limit, std::vector<Vertex>& trail,
                std::vector<Path>& out) {
  const Vertex u = trail.back();
  if (u == b) {
    Path p;
    p.cost = s.total;
    for (std::size_t i = 0; i + 1 < trail.size(); ++i)
      p.steps.push_back(step_of(g, s.h.hop(trail[i], trail[i + 1]), trail[i], trail[i + 1]));
    out.push_back(std::move(p));
    return;
  }
  for (Vertex w : s.h.adjacent[u]) {
    if (out.size() >= limit) return;
    if (!s.on_path(u, w)) continue;
    trail.push_back(w);
    list_paths(g, s, b, limit, trail, out);
    trail.pop_back();
  }
}

std::string links_text(const PathStep& step) {
  std::string out;
  for (const PathLink& l : step.links)
    out += (out.empty() ? "" : ", ") + std::string(detail::arrow(l.direction)) + " " + l.relation + " (" +
           std::to_string(l.weight) + ")";
  return out;
}

std::string cost_text(const PathResult& r, const Path& p) {
  return r.weighted ? detail::number(p.cost, 4) : std::to_string(p.steps.size());
}

void write_text(std::ostream& out, const PathResult& r) {
  if (r.paths.empty()) {
    out << "no path from " << r.from.label << " to " << r.to.label << "\n";
    return;
  }
  const Path& first = r.paths.front();
  out << fmt::format("{} shortest path{} from {} to {}: {} hop{}", r.total, r.total == 1 ? "" : "s", r.from.label,
                     r.to.label, first.steps.size(), first.steps.size() == 1 ? "" : "s");
  if (r.weighted) out << ", cost " << detail::number(first.cost, 4);
  if (r.paths.size() < r.total) out << " (showing " << r.paths.size() << ")";
  out << '\n';
  detail::Table t({{.name = "path", .right = true}, {.name = "hop", .right = true}, {.name = "from"},
                   {.name = "relations"}, {.name = "to"}});
  for (std::size_t i = 0; i < r.paths.size(); ++i)
    for (std::size_t k = 0; k < r.paths[i].steps.size(); ++k) {
      const PathStep& s = r.paths[i].steps[k];
      t.add({k == 0 ? std::to_string(i + 1) : "", std::to_string(k + 1), s.from.label, links_text(s), s.to.label});
    }
  t.write_text(out);
}

detail::Table csv_table(const PathResult& r) {
  detail::Table t({{.name = "path"}, {.name = "hop"}, {.name = "from"}, {.name = "from_label"}, {.name = "relation"},
                   {.name = "direction"}, {.name = "weight"}, {.name = "to"}, {.name = "to_label"}, {.name = "cost"}});
  for (std::size_t i = 0; i < r.paths.size(); ++i)
    for (std::size_t k = 0; k < r.paths[i].steps.size(); ++k) {
      const PathStep& s = r.paths[i].steps[k];
      for (const PathLink& l : s.links)
        t.add({std::to_string(i + 1), std::to_string(k + 1), s.from.id, s.from.label, l.relation,
               to_string(l.direction), std::to_string(l.weight), s.to.id, s.to.label, cost_text(r, r.paths[i])});
    }
  return t;
}

void write_json(std::ostream& out, const PathResult& r) {
  detail::Json json;
  auto& w = json.w();
  w.StartObject();
  detail::put_actor(w, "from", r.from);
  detail::put_actor(w, "to", r.to);
  detail::put_bool(w, "weighted", r.weighted);
  detail::put(w, "total", r.total);
  w.Key("paths");
  w.StartArray();
  for (const Path& p : r.paths) {
    w.StartObject();
    detail::put(w, "hops", static_cast<std::uint64_t>(p.steps.size()));
    detail::put_real(w, "cost", p.cost);
    w.Key("steps");
    w.StartArray();
    for (const PathStep& s : p.steps) {
      w.StartObject();
      detail::put_actor(w, "from", s.from);
      detail::put_actor(w, "to", s.to);
      w.Key("links");
      w.StartArray();
      for (const PathLink& l : s.links) {
        w.StartObject();
        detail::put(w, "relation", l.relation);
        detail::put(w, "direction", to_string(l.direction));
        detail::put(w, "weight", l.weight);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  json.flush_to(out);
}

}  // namespace

PathResult query_path(const ActorGraph& ag, const std::string& from, const std::string& to, const GraphFilter& f,
                      const PathOptions& options) {
  const FilterPredicate pred(f);
  const Graph& g = ag.g;
  const Vertex a = resolve_actor(ag, from), b = resolve_actor(ag, to);
  if (a == b) throw UsageError("'" + from + "' and '" + to + "' name the same actor (" + g[a].id + ")");
  PathResult r;
  r.from = detail::actor_ref(g[a]);
  r.to = detail::actor_ref(g[b]);
  r.weighted = options.weighted;
  const HopGraph h = fold_hops(g, pred, a, b, options.weighted);
  ShortestHops s{h, distances(h, a), distances(h, b), 0};
  s.total = s.from_a[b];
  if (s.total == kInfinity || options.limit == 0) return r;
  r.total = count_paths(s, a, b);
  std::vector<Vertex> trail{a};
  list_paths(g, s, b, options.limit, trail, r.paths);
  for (const Path& p : r.paths)
    for (std::size_t k = 0; k < p.steps.size(); ++k) {
      const Vertex u = ag.by_id.at(p.steps[k].from.id), w = ag.by_id.at(p.steps[k].to.id);
      r.used.actors.push_back(g[u].id);
      r.used.actors.push_back(g[w].id);
      for (Edge e : h.hop(u, w).edges)
        r.used.edges.push_back(detail::edge_key(g, e));
    }
  std::sort(r.used.actors.begin(), r.used.actors.end());
  r.used.actors.erase(std::unique(r.used.actors.begin(), r.used.actors.end()), r.used.actors.end());
  std::sort(r.used.edges.begin(), r.used.edges.end());
  r.used.edges.erase(std::unique(r.used.edges.begin(), r.used.edges.end()), r.used.edges.end());
  return r;
}

void write_result(std::ostream& out, const PathResult& r, QueryFormat format) {
  switch (format) {
    case QueryFormat::table: write_text(out, r); break;
    case QueryFormat::csv: csv_table(r).write_csv(out); break;
    case QueryFormat::json: write_json(out, r); break;
  }
}

}  // namespace ag
