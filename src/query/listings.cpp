// query/listings.cpp: `actors` and `relations`: what the filtered graph holds, with counts.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "query/detail.hpp"

namespace ag {

namespace {

detail::Table actors_table(const ActorsResult& r) {
  detail::Table t({{.name = "id"}, {.name = "label"}, {.name = "type"}, {.name = "mentions", .right = true},
                   {.name = "degree", .right = true}, {.name = "weight", .right = true}});
  for (const ActorRow& a : r.rows)
    t.add({a.actor.id, a.actor.label, a.actor.type, std::to_string(a.mentions), std::to_string(a.degree),
           std::to_string(a.weight)});
  return t;
}

void write_actors_json(std::ostream& out, const ActorsResult& r) {
  detail::Json json;
  auto& w = json.w();
  w.StartObject();
  w.Key("actors");
  w.StartArray();
  for (const ActorRow& a : r.rows) {
    w.StartObject();
    detail::put(w, "id", a.actor.id);
    detail::put(w, "label", a.actor.label);
    detail::put(w, "type", a.actor.type);
    detail::put(w, "mentions", a.mentions);
    detail::put(w, "degree", static_cast<std::uint64_t>(a.degree));
    detail::put(w, "weight", a.weight);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  json.flush_to(out);
}

detail::Table relations_table(const RelationsResult& r) {
  detail::Table t({{.name = "relation"}, {.name = "directed"}, {.name = "polarity"}, {.name = "edges", .right = true},
                   {.name = "weight", .right = true}, {.name = "documents", .right = true}, {.name = "first_date"},
                   {.name = "last_date"}});
  for (const RelationRow& x : r.rows)
    t.add({x.relation, x.directed ? "yes" : "no", to_string(x.polarity), std::to_string(x.edges),
           std::to_string(x.weight), std::to_string(x.documents), x.first_date, x.last_date});
  return t;
}

void write_relations_json(std::ostream& out, const RelationsResult& r) {
  detail::Json json;
  auto& w = json.w();
  w.StartObject();
  w.Key("relations");
  w.StartArray();
  for (const RelationRow& x : r.rows) {
    w.StartObject();
    detail::put(w, "relation", x.relation);
    detail::put_bool(w, "directed", x.directed);
    detail::put(w, "polarity", to_string(x.polarity));
    detail::put(w, "edges", static_cast<std::uint64_t>(x.edges));
    detail::put(w, "weight", x.weight);
    detail::put(w, "documents", static_cast<std::uint64_t>(x.documents));
    detail::put(w, "first_date", x.first_date);
    detail::put(w, "last_date", x.last_date);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  json.flush_to(out);
}

void widen(std::string& first, std::string& last, const RelationEdge& e) {
  if (!e.first_date.empty() && (first.empty() || e.first_date < first)) first = e.first_date;
  if (!e.last_date.empty() && e.last_date > last) last = e.last_date;
}

}  // namespace

ActorsResult query_actors(const ActorGraph& full, const GraphFilter& f, bool connected_only) {
  GraphFilter keep = f;
  keep.keep_isolated = !connected_only;
  const ActorGraph view = apply_filter(full, keep);
  const Graph& g = view.g;
  ActorsResult r;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    ActorRow row{detail::actor_ref(g[v]), g[v].mentions, 0, 0};
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      row.degree += 1;
      row.weight += g[e].weight;
    }
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
      if (boost::source(e, g) != v) {
        row.degree += 1;
        row.weight += g[e].weight;
      }
    r.rows.push_back(std::move(row));
    r.used.actors.push_back(g[v].id);
  }
  std::sort(r.rows.begin(), r.rows.end(), [](const ActorRow& a, const ActorRow& b) {
    return std::tie(b.mentions, a.actor.id) < std::tie(a.mentions, b.actor.id);
  });
  for (Edge e : boost::make_iterator_range(boost::edges(g)))
    r.used.edges.push_back(detail::edge_key(g, e));
  return r;
}

RelationsResult query_relations(const ActorGraph& full, const GraphFilter& f) {
  const ActorGraph view = apply_filter(full, f);
  const Graph& g = view.g;
  std::map<std::string, RelationRow> rows;
  std::map<std::string, std::set<std::string>> docs;
  RelationsResult r;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& edge = g[e];
    RelationRow& row = rows[edge.relation];
    row.relation = edge.relation;
    row.directed = edge.directed;
    row.polarity = edge.polarity;
    row.edges += 1;
    row.weight += edge.weight;
    widen(row.first_date, row.last_date, edge);
    for (const Evidence& ev : edge.evidence)
      if (!ev.negated && !ev.hedged) docs[edge.relation].insert(ev.doc);
    r.used.edges.push_back({g[boost::source(e, g)].id, g[boost::target(e, g)].id, edge.relation});
  }
  for (auto& [id, row] : rows) {
    row.documents = docs[id].size();
    r.rows.push_back(row);
  }
  std::sort(r.rows.begin(), r.rows.end(), [](const RelationRow& a, const RelationRow& b) {
    return std::tie(b.weight, a.relation) < std::tie(a.weight, b.relation);
  });
  return r;
}

void write_result(std::ostream& out, const ActorsResult& r, QueryFormat format) {
  switch (format) {
    case QueryFormat::table: actors_table(r).write_text(out); break;
    case QueryFormat::csv: actors_table(r).write_csv(out); break;
    case QueryFormat::json: write_actors_json(out, r); break;
  }
}

void write_result(std::ostream& out, const RelationsResult& r, QueryFormat format) {
  switch (format) {
    case QueryFormat::table: relations_table(r).write_text(out); break;
    case QueryFormat::csv: relations_table(r).write_csv(out); break;
    case QueryFormat::json: write_relations_json(out, r); break;
  }
}

}  // namespace ag
