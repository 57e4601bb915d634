// query/neighbors.cpp: `neighbors ACTOR`: every kept relation edge at one actor, with its
// direction, counts, dates and strongest evidence sentence.
//
// Only the actor's own edges are looked at (the FilterPredicate tests each), so the answer takes
// time in the actor's degree, not in the size of the graph. The actor asked about is shown
// whatever its type; --type selects the neighbours.
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "query/detail.hpp"

namespace ag {

namespace {

NeighborRow row_of(const Graph& g, Edge e, Vertex other, Direction d, const FilterPredicate& pred) {
  const RelationEdge& edge = g[e];
  NeighborRow r;
  r.neighbor = detail::actor_ref(g[other]);
  r.relation = edge.relation;
  r.direction = d;
  r.weight = edge.weight;
  r.documents = edge.documents;
  r.first_date = edge.first_date;
  r.last_date = edge.last_date;
  r.status = detail::edge_status(edge);
  const Evidence* best = nullptr;
  for (const Evidence& ev : edge.evidence)
    if (pred.selects(ev) && (!best || stronger_evidence(ev, *best))) best = &ev;
  if (best) {
    r.evidence_doc = best->doc;
    r.evidence_date = best->date;
    r.evidence = best->text;
  }
  return r;
}

// An edge at the actor, before it becomes a row.
struct Found {
  Edge edge;
  Vertex neighbor;
  Direction direction;
  std::uint64_t total = 0;  // the neighbour's total weight over the rows
};

// Rows by neighbour (total weight, descending, then id), then weight descending, relation,
// direction. The edges are sorted before any row is made: a hub has thousands of rows, and rows
// are a dozen strings each, costly to compare and to move.
void sort_found(const Graph& g, std::vector<Found>& found) {
  std::unordered_map<Vertex, std::uint64_t> total;
  for (const Found& f : found) total[f.neighbor] += g[f.edge].weight;
  for (Found& f : found) f.total = total[f.neighbor];
  std::sort(found.begin(), found.end(), [&](const Found& x, const Found& y) {
    // Descending fields take y before x.
    return std::tie(y.total, g[x.neighbor].id, g[y.edge].weight, g[x.edge].relation, x.direction) <
           std::tie(x.total, g[y.neighbor].id, g[x.edge].weight, g[y.edge].relation, y.direction);
  });
}

detail::Table table_of(const NeighborsResult& r) {
  detail::Table t({{.name = "neighbor_id", .text = false},
                   {.name = "neighbor"},
                   {.name = "neighbor_type", .text = false},
                   {.name = "relation"},
                   {.name = "direction"},
                   {.name = "weight", .right = true},
                   {.name = "documents", .right = true},
                   {.name = "first_date"},
                   {.name = "last_date"},
                   {.name = "status", .optional = true, .blank = "fact"},
                   {.name = "evidence_doc", .text = false},
                   {.name = "evidence_date", .text = false},
                   {.name = "evidence", .max_width = 90}});
  for (const NeighborRow& n : r.rows)
    t.add({n.neighbor.id, n.neighbor.label, n.neighbor.type, n.relation, to_string(n.direction),
           std::to_string(n.weight), std::to_string(n.documents), n.first_date, n.last_date,
           n.status.empty() ? "fact" : n.status, n.evidence_doc, n.evidence_date, n.evidence});
  return t;
}

void write_json(std::ostream& out, const NeighborsResult& r) {
  detail::Json json;
  auto& w = json.w();
  w.StartObject();
  detail::put_actor(w, "actor", r.actor);
  w.Key("neighbors");
  w.StartArray();
  for (const NeighborRow& n : r.rows) {
    w.StartObject();
    detail::put_actor(w, "neighbor", n.neighbor);
    detail::put(w, "relation", n.relation);
    detail::put(w, "direction", to_string(n.direction));
    detail::put(w, "weight", n.weight);
    detail::put(w, "documents", n.documents);
    detail::put(w, "first_date", n.first_date);
    detail::put(w, "last_date", n.last_date);
    detail::put(w, "status", n.status.empty() ? "fact" : n.status);
    w.Key("evidence");
    w.StartObject();
    detail::put(w, "doc", n.evidence_doc);
    detail::put(w, "date", n.evidence_date);
    detail::put(w, "text", n.evidence);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  json.flush_to(out);
}

}  // namespace

NeighborsResult query_neighbors(const ActorGraph& ag, const std::string& actor, const GraphFilter& f) {
  const FilterPredicate pred(f);
  const Graph& g = ag.g;
  const Vertex v = resolve_actor(ag, actor);
  NeighborsResult r;
  r.actor = detail::actor_ref(g[v]);
  r.used.actors.push_back(g[v].id);
  std::vector<Found> found;
  auto consider = [&](Edge e, Vertex other, Direction d) {
    if (!pred.keeps_actor(g[other]) && other != v) return;
    if (!pred.keeps_edge(g[e])) return;
    found.push_back(Found{e, other, g[e].directed ? d : Direction::both});
  };
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) consider(e, boost::target(e, g), Direction::out);
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (boost::source(e, g) != v) consider(e, boost::source(e, g), Direction::in);  // a loop was seen above
  sort_found(g, found);
  r.rows.reserve(found.size());
  for (const Found& item : found) r.rows.push_back(row_of(g, item.edge, item.neighbor, item.direction, pred));
  // The edges used, in (source id, target id, relation) order, sorted before they are copied out.
  std::vector<Edge> used;
  used.reserve(found.size());
  for (const Found& item : found) used.push_back(item.edge);
  std::sort(used.begin(), used.end(), [&](Edge x, Edge y) { return edge_order_key(g, x) < edge_order_key(g, y); });
  r.used.edges.reserve(used.size());
  for (Edge e : used) r.used.edges.push_back(detail::edge_key(g, e));
  return r;
}

void write_result(std::ostream& out, const NeighborsResult& r, QueryFormat format) {
  switch (format) {
    case QueryFormat::table: table_of(r).write_text(out); break;
    case QueryFormat::csv: table_of(r).write_csv(out); break;
    case QueryFormat::json: write_json(out, r); break;
  }
}

}  // namespace ag
