// query/ego.cpp: `ego ACTOR --depth N`: an actor's neighbourhood as a subgraph (the filter with
// a focus), listed as its actors (with their distance in hops) and its edges.
//
// The text view prints both lists; CSV, being one table, holds the edges only; JSON both.
#include <algorithm>
#include <deque>
#include <tuple>

#include "query/detail.hpp"

namespace ag {

namespace {

std::vector<int> hops_from(const Graph& g, Vertex start) {
  std::vector<int> hops(boost::num_vertices(g), -1);
  std::deque<Vertex> queue{start};
  hops[start] = 0;
  auto reach = [&](Vertex from, Vertex to) {
    if (hops[to] < 0) {
      hops[to] = hops[from] + 1;
      queue.push_back(to);
    }
  };
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) reach(v, boost::target(e, g));
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) reach(v, boost::source(e, g));
  }
  return hops;
}

detail::Table edges_table(const EgoResult& r) {
  detail::Table t({{.name = "source", .text = false}, {.name = "source_label"}, {.name = "relation"},
                   {.name = "directed"}, {.name = "target", .text = false}, {.name = "target_label"},
                   {.name = "weight", .right = true}, {.name = "documents", .right = true}, {.name = "first_date"},
                   {.name = "last_date"}, {.name = "status", .optional = true, .blank = "fact"}});
  for (const EdgeView& e : r.edges)
    t.add({e.source.id, e.source.label, e.relation, e.directed ? "yes" : "no", e.target.id, e.target.label,
           std::to_string(e.weight), std::to_string(e.documents), e.first_date, e.last_date,
           e.status.empty() ? "fact" : e.status});
  return t;
}

void write_text(std::ostream& out, const EgoResult& r) {
  out << r.actor.label << " (" << r.actor.id << "), depth " << r.depth << ": " << r.actors.size()
      << (r.actors.size() == 1 ? " actor, " : " actors, ") << r.edges.size()
      << (r.edges.size() == 1 ? " relation\n\n" : " relations\n\n");
  detail::Table actors({{.name = "hops", .right = true}, {.name = "id"}, {.name = "label"}, {.name = "type"}});
  for (const EgoActor& a : r.actors) actors.add({std::to_string(a.hops), a.actor.id, a.actor.label, a.actor.type});
  actors.write_text(out);
  if (r.edges.empty()) return;
  out << '\n';
  edges_table(r).write_text(out);
}

void write_json(std::ostream& out, const EgoResult& r) {
  detail::Json json;
  auto& w = json.w();
  w.StartObject();
  detail::put_actor(w, "actor", r.actor);
  detail::put(w, "depth", static_cast<std::uint64_t>(r.depth));
  w.Key("actors");
  w.StartArray();
  for (const EgoActor& a : r.actors) {
    w.StartObject();
    detail::put(w, "hops", static_cast<std::uint64_t>(a.hops));
    detail::put(w, "id", a.actor.id);
    detail::put(w, "label", a.actor.label);
    detail::put(w, "type", a.actor.type);
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const EdgeView& e : r.edges) detail::write_edge(w, e);
  w.EndArray();
  w.EndObject();
  json.flush_to(out);
}

}  // namespace

EgoResult query_ego(const ActorGraph& full, const std::string& actor, int depth, const GraphFilter& f) {
  GraphFilter focus = f;
  focus.focus = actor;
  focus.depth = depth;
  const ActorGraph view = apply_filter(full, focus);
  const FilterPredicate pred(f);
  const Graph& g = view.g;
  const Vertex center = view.by_id.at(full.g[resolve_actor(full, actor)].id);
  const std::vector<int> hops = hops_from(g, center);
  EgoResult r;
  r.actor = detail::actor_ref(g[center]);
  r.depth = depth;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    r.actors.push_back({detail::actor_ref(g[v]), hops[v]});
    r.used.actors.push_back(g[v].id);
  }
  std::stable_sort(r.actors.begin(), r.actors.end(),
                   [](const EgoActor& a, const EgoActor& b) { return a.hops < b.hops; });  // vertices are in id order
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    r.edges.push_back(detail::edge_view(g, e, pred));
    r.used.edges.push_back(detail::edge_key(g, e));
  }
  detail::sort_edge_views(r.edges);
  return r;
}

void write_result(std::ostream& out, const EgoResult& r, QueryFormat format) {
  switch (format) {
    case QueryFormat::table: write_text(out, r); break;
    case QueryFormat::csv: edges_table(r).write_csv(out); break;
    case QueryFormat::json: write_json(out, r); break;
  }
}

}  // namespace ag
