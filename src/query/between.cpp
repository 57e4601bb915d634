// query/between.cpp: `between A B`: every kept relation edge between two actors, in both
// directions, with the evidence the filter admits.
//
// The text view prints one block per edge (a heading line, then its evidence as an indented
// table); CSV has one row per evidence, the edge's columns repeated; JSON nests the evidence in
// its edge.
#include <algorithm>
#include <tuple>

#include "core/error.hpp"
#include "query/detail.hpp"

namespace ag {

namespace {

std::string mark(const Evidence& ev) {
  if (ev.negated && ev.hedged) return "negated, hedged";
  return ev.negated ? "negated" : ev.hedged ? "hedged" : "";
}

void write_text(std::ostream& out, const BetweenResult& r) {
  if (r.edges.empty()) {
    out << "no relation between " << r.a.label << " and " << r.b.label << "\n";
    return;
  }
  bool first = true;
  for (const EdgeView& e : r.edges) {
    if (!first) out << '\n';
    first = false;
    out << e.source.label << ' ' << (e.directed ? "->" : "--") << ' ' << e.target.label << "  " << e.relation
        << "  weight " << e.weight << ", " << e.documents << (e.documents == 1 ? " document" : " documents");
    if (!e.first_date.empty()) out << ", " << e.first_date << (e.last_date != e.first_date ? " .. " + e.last_date : "");
    if (!e.status.empty()) out << "  (" << e.status << " only)";
    out << '\n';
    detail::Table t({{.name = "doc"},
                     {.name = "date", .optional = true},
                     {.name = "mark", .optional = true},
                     {.name = "sentence", .max_width = 100}});
    for (const Evidence& ev : e.evidence) t.add({ev.doc, ev.date, mark(ev), ev.text});
    t.write_text(out, "  ");
  }
}

detail::Table csv_table(const BetweenResult& r) {
  detail::Table t({{.name = "source"}, {.name = "source_label"}, {.name = "relation"}, {.name = "target"},
                   {.name = "target_label"}, {.name = "directed"}, {.name = "weight"}, {.name = "documents"},
                   {.name = "first_date"}, {.name = "last_date"}, {.name = "status"}, {.name = "doc"}, {.name = "date"},
                   {.name = "negated"}, {.name = "hedged"}, {.name = "rule"}, {.name = "sentence"}});
  for (const EdgeView& e : r.edges)
    for (const Evidence& ev : e.evidence)
      t.add({e.source.id, e.source.label, e.relation, e.target.id, e.target.label, e.directed ? "true" : "false",
             std::to_string(e.weight), std::to_string(e.documents), e.first_date, e.last_date,
             e.status.empty() ? "fact" : e.status, ev.doc, ev.date, ev.negated ? "true" : "false",
             ev.hedged ? "true" : "false", ev.rule, ev.text});
  return t;
}

void write_json(std::ostream& out, const BetweenResult& r) {
  detail::Json json;
  auto& w = json.w();
  w.StartObject();
  detail::put_actor(w, "a", r.a);
  detail::put_actor(w, "b", r.b);
  w.Key("relations");
  w.StartArray();
  for (const EdgeView& e : r.edges) detail::write_edge(w, e);
  w.EndArray();
  w.EndObject();
  json.flush_to(out);
}

}  // namespace

BetweenResult query_between(const ActorGraph& ag, const std::string& a, const std::string& b, const GraphFilter& f) {
  const FilterPredicate pred(f);
  const Graph& g = ag.g;
  const Vertex va = resolve_actor(ag, a), vb = resolve_actor(ag, b);
  if (va == vb) throw UsageError("'" + a + "' and '" + b + "' name the same actor (" + g[va].id + ")");
  BetweenResult r;
  r.a = detail::actor_ref(g[va]);
  r.b = detail::actor_ref(g[vb]);
  r.used.actors = {g[va].id, g[vb].id};
  for (auto [from, to] : {std::pair{va, vb}, std::pair{vb, va}})
    for (Edge e : boost::make_iterator_range(boost::out_edges(from, g)))
      if (boost::target(e, g) == to && pred.keeps_edge(g[e])) {
        r.edges.push_back(detail::edge_view(g, e, pred));
        r.used.edges.push_back(detail::edge_key(g, e));
      }
  detail::sort_edge_views(r.edges);
  std::sort(r.used.edges.begin(), r.used.edges.end());
  return r;
}

void write_result(std::ostream& out, const BetweenResult& r, QueryFormat format) {
  switch (format) {
    case QueryFormat::table: write_text(out, r); break;
    case QueryFormat::csv: csv_table(r).write_csv(out); break;
    case QueryFormat::json: write_json(out, r); break;
  }
}

}  // namespace ag
