// query/neighbors.cpp: `neighbors ACTOR`: every kept relation edge at one actor, with its
// direction, counts, dates and strongest evidence sentence.
//
// Only the actor's own edges are looked at (the FilterPredicate tests each), so the answer takes
// time in the actor's degree, not in the size of the graph. The actor asked about is shown
// whatever its type; --type selects the neighbours.
#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>
#include <utility>

#include "query/detail.hpp"

namespace ag {

namespace {

// An edge at the actor, before it becomes a row. The ranks stand in for actor ids when sorting:
// a hub has thousands of edges, and comparing their ids (through the graph) dominated the query.
struct Found {
  Edge edge;
  Vertex neighbor;
  Direction direction;
  const RelationEdge* props = nullptr;
  std::uint32_t group = 0;                          // the neighbour's place in the row order
  std::uint32_t source_rank = 0, target_rank = 0;  // the edge's ends in actor id order
};

// The row of `found`, written in place (a hub has thousands: moving each cost a tenth of the query).
void fill_row(NeighborRow& r, const Graph& g, const Found& found, const FilterPredicate& pred) {
  const RelationEdge& edge = *found.props;
  const ActorNode& neighbor = g[found.neighbor];
  r.neighbor.id = neighbor.id;
  r.neighbor.label = neighbor.label;
  r.neighbor.type = neighbor.type;
  r.relation = edge.relation;
  r.direction = found.direction;
  r.weight = edge.weight;
  r.documents = edge.documents;
  r.first_date = edge.first_date;
  r.last_date = edge.last_date;
  if (!edge.is_fact()) r.status = detail::edge_status(edge);
  const Evidence* best = nullptr;
  for (const Evidence& ev : edge.evidence)
    if (pred.selects(ev) && (!best || stronger_evidence(ev, *best))) best = &ev;
  if (best) {
    r.evidence_doc = best->doc;
    r.evidence_date = best->date;
    r.evidence = best->text;
  }
}

// A hub's edges and neighbours lie all over a large graph's memory. What found[i] will need is
// asked for a few edges ahead, so that the waits overlap (a fifth of the query on a million
// edges): the edge and its neighbour eight ahead; with `evidence`, the edge's evidence four ahead
// and its first sentence two ahead (each needs the one before it in the processor's cache).
void fetch_ahead(const Graph& g, const std::vector<Found>& found, std::size_t i, bool evidence) {
  if (i + 8 < found.size()) {
    __builtin_prefetch(found[i + 8].props);
    __builtin_prefetch(&g[found[i + 8].neighbor]);
  }
  if (!evidence) return;
  if (i + 4 < found.size() && !found[i + 4].props->evidence.empty()) __builtin_prefetch(found[i + 4].props->evidence.data());
  if (i + 2 < found.size() && !found[i + 2].props->evidence.empty())
    __builtin_prefetch(found[i + 2].props->evidence.front().text.data());
}

// A stable counting sort of `items` by key(item) < `keys`: linear, where a comparison sort of a
// hub's thousands of edges took a tenth of a millisecond each time.
template <class Key>
void counting_sort(std::vector<Found>& items, std::size_t keys, Key key) {
  std::vector<std::uint32_t> start(keys + 1, 0);
  for (const Found& f : items) ++start[key(f) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<Found> sorted(items.size());
  for (const Found& f : items) sorted[start[key(f)]++] = f;
  items.swap(sorted);
}

// Sorts each run of items with an equal key by `less` (a run is one neighbour's few edges).
template <class Key, class Less>
void sort_runs(std::vector<Found>& items, Key key, Less less) {
  for (auto run = items.begin(); run != items.end();) {
    const auto end = std::find_if(run + 1, items.end(), [&](const Found& f) { return key(f) != key(*run); });
    if (end - run > 1) std::sort(run, end, less);
    run = end;
  }
}

// Gives each edge the ranks of its neighbour: rows go by neighbour (total weight, descending,
// then id), and the edges used go by (source id, target id). The actor's distinct neighbours
// (and itself) are sorted by id once; every comparison after that is of integers.
void rank_found(const Graph& g, Vertex actor, std::vector<Found>& found, std::size_t out_count) {
  struct End {
    Vertex vertex;
    std::string_view id;
    std::uint64_t total = 0;  // weight over the rows
  };
  // By neighbour. A graph keeps each vertex's edges in the order they were added, which in a graph
  // read from a file is by the other end: the out-edges and the in-edges are each sorted already.
  const auto by_neighbor = [](const Found& x, const Found& y) { return x.neighbor < y.neighbor; };
  const auto first_in = found.begin() + static_cast<std::ptrdiff_t>(out_count);
  if (std::is_sorted(found.begin(), first_in, by_neighbor) && std::is_sorted(first_in, found.end(), by_neighbor))
    std::inplace_merge(found.begin(), first_in, found.end(), by_neighbor);
  else
    std::sort(found.begin(), found.end(), by_neighbor);
  std::vector<End> ends;
  std::vector<std::uint32_t> end_of(found.size());  // found[i]'s neighbour in ends
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (ends.empty() || ends.back().vertex != found[i].neighbor) ends.push_back({found[i].neighbor, g[found[i].neighbor].id});
    ends.back().total += found[i].props->weight;
    end_of[i] = static_cast<std::uint32_t>(ends.size() - 1);
  }
  const auto actor_end = std::find_if(ends.begin(), ends.end(), [&](const End& e) { return e.vertex == actor; });
  const std::size_t actor_index = static_cast<std::size_t>(actor_end - ends.begin());
  if (actor_end == ends.end()) ends.push_back({actor, g[actor].id});
  std::vector<std::uint32_t> by_id(ends.size());
  std::iota(by_id.begin(), by_id.end(), 0);
  // The ends are in vertex order, but for the last (the actor, when it is not its own neighbour).
  // A graph read from a file has its vertices in id order, so the others are nearly always in id
  // order already and only the last is moved to its place: checking costs far less than sorting.
  const auto id_less = [&](std::uint32_t x, std::uint32_t y) { return ends[x].id < ends[y].id; };
  if (std::is_sorted(by_id.begin(), by_id.end() - 1, id_less))
    std::rotate(std::upper_bound(by_id.begin(), by_id.end() - 1, by_id.back(), id_less), by_id.end() - 1, by_id.end());
  else
    std::sort(by_id.begin(), by_id.end(), id_less);
  std::vector<std::uint32_t> id_rank(ends.size());
  for (std::uint32_t r = 0; r < by_id.size(); ++r) id_rank[by_id[r]] = r;
  std::stable_sort(by_id.begin(), by_id.end(), [&](std::uint32_t x, std::uint32_t y) { return ends[x].total > ends[y].total; });
  std::vector<std::uint32_t> group(ends.size());
  for (std::uint32_t r = 0; r < by_id.size(); ++r) group[by_id[r]] = r;
  const std::uint32_t actor_rank = id_rank[actor_index];
  for (std::size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    f.group = group[end_of[i]];
    const bool out = boost::source(f.edge, g) == actor;
    f.source_rank = out ? actor_rank : id_rank[end_of[i]];
    f.target_rank = out ? id_rank[end_of[i]] : actor_rank;
  }
}

// Rows by neighbour (total weight, descending, then id), then weight descending, relation,
// direction. The edges are sorted before any row is made: rows are a dozen strings each, costly
// to compare and to move.
void sort_rows(std::vector<Found>& found) {
  counting_sort(found, found.size() + 1, [](const Found& f) { return f.group; });
  sort_runs(found, [](const Found& f) { return f.group; }, [](const Found& x, const Found& y) {
    // Descending weight takes y before x.
    return std::tie(y.props->weight, x.props->relation, x.direction) < std::tie(x.props->weight, y.props->relation, y.direction);
  });
}

// The edges used, in (source id, target id, relation) order.
void sort_used(std::vector<Found>& found) {
  counting_sort(found, found.size() + 1, [](const Found& f) { return f.target_rank; });
  counting_sort(found, found.size() + 1, [](const Found& f) { return f.source_rank; });
  sort_runs(found, [](const Found& f) { return std::pair(f.source_rank, f.target_rank); },
            [](const Found& x, const Found& y) { return x.props->relation < y.props->relation; });
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
  t.reserve(r.rows.size());
  for (const NeighborRow& n : r.rows)  // (the rows outlive the table)
    t.add_viewed({n.neighbor.id, n.neighbor.label, n.neighbor.type, n.relation, to_string(n.direction),
                  t.keep(std::to_string(n.weight)), t.keep(std::to_string(n.documents)), n.first_date, n.last_date,
                  n.status.empty() ? std::string_view("fact") : std::string_view(n.status), n.evidence_doc,
                  n.evidence_date, n.evidence});
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
  // The actor's edges first, from its own edge lists; then the filter on each.
  std::vector<Found> found;
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g)))
    found.push_back(Found{.edge = e, .neighbor = boost::target(e, g), .direction = Direction::out, .props = &g[e]});
  const std::size_t out_found = found.size();  // found[0, out_found) leave the actor
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (boost::source(e, g) != v)  // (a loop was seen above)
      found.push_back(Found{.edge = e, .neighbor = boost::source(e, g), .direction = Direction::in, .props = &g[e]});
  std::size_t kept = 0, out_count = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    fetch_ahead(g, found, i, false);
    Found& edge = found[i];
    if (!pred.keeps_actor(g[edge.neighbor]) && edge.neighbor != v) continue;
    if (!pred.keeps_edge(*edge.props)) continue;
    if (!edge.props->directed) edge.direction = Direction::both;
    found[kept++] = edge;
    if (i < out_found) out_count = kept;
  }
  found.resize(kept);
  rank_found(g, v, found, out_count);
  sort_rows(found);
  r.rows.resize(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {  // (fetching ahead again: the rows are in another order)
    fetch_ahead(g, found, i, true);
    fill_row(r.rows[i], g, found[i], pred);
  }
  sort_used(found);
  r.used.edges.reserve(found.size());
  for (const Found& item : found) {
    EdgeKey& key = r.used.edges.emplace_back();
    key.source = g[boost::source(item.edge, g)].id;
    key.target = g[boost::target(item.edge, g)].id;
    key.relation = item.props->relation;
  }
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
