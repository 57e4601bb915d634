// export/export_view.cpp: one flat, sorted view of the graph for every exporter.
#include "export/export_view.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "export/text_clean.hpp"

namespace ag::detail {
namespace {

// Node attribute names the exporters use themselves; a fact with one of these keys is renamed.
const std::set<std::string, std::less<>> kReservedNodeNames{
    "id", "label", "name", "type", "aliases", "mentions", "discovered", "first_date", "last_date",
    "color", "shape", "size", "Id", "Label"};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
  int v = 0;
  for (const char c : s) v = v * 10 + (c - '0');
  return v;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Splits "YYYY[-MM[-DD]][T...]" into its parts; false when it is no such date.
bool parse_date(std::string_view s, int& y, int& m, int& d) {
  if (s.size() > 10 && s[10] == 'T') s = s.substr(0, 10);
  m = d = 0;
  if (s.size() < 4 || !all_digits(s.substr(0, 4))) return false;
  y = to_int(s.substr(0, 4));
  if (s.size() == 4) return true;
  if (s.size() < 7 || s[4] != '-' || !all_digits(s.substr(5, 2))) return false;
  m = to_int(s.substr(5, 2));
  if (m < 1 || m > 12) return false;
  if (s.size() == 7) return true;
  if (s.size() != 10 || s[7] != '-' || !all_digits(s.substr(8, 2))) return false;
  d = to_int(s.substr(8, 2));
  return d >= 1 && d <= days_in_month(y, m);
}

std::string ymd(int y, int m, int d) { return fmt::format("{:04}-{:02}-{:02}", y, m, d); }

std::string edge_id_base(const ExportEdge& e) {
  return e.source->id + (e.edge->directed ? "->" : "--") + e.target->id + ":" + e.edge->relation;
}

// Makes every edge id unique among node ids and earlier edge ids ("X#2", "X#3", ...).
void assign_edge_ids(ExportView& view) {
  std::set<std::string, std::less<>> used;
  for (const auto& n : view.nodes) used.insert(n.actor->id);
  for (auto& e : view.edges) {
    const std::string base = edge_id_base(e);
    std::string id = base;
    for (int k = 2; used.count(id) > 0; ++k) id = base + "#" + std::to_string(k);
    used.insert(id);
    e.id = std::move(id);
  }
}

const Evidence* strongest_evidence(const RelationEdge& edge) {
  for (const auto& ev : edge.evidence)
    if (!ev.negated && !ev.hedged) return &ev;
  return edge.evidence.empty() ? nullptr : &edge.evidence.front();
}

std::string status_of(bool fact, std::uint64_t negated, std::uint64_t hedged) {
  if (fact) return "fact";
  if (negated > 0 && hedged > 0) return "negated_or_hedged";
  return negated > 0 ? "negated" : "hedged";
}

ExportEdge make_edge(const ActorNode& source, const ActorNode& target, const RelationEdge& edge,
                     const ExportOptions& options) {
  ExportEdge e;
  e.source = &source;
  e.target = &target;
  e.edge = &edge;
  e.fact = edge.is_fact();
  e.weight = e.fact ? static_cast<double>(edge.weight) : kUnsupportedWeight;
  e.negated = edge.negated;  // the edge keeps only some evidence, but counts every mention
  e.hedged = edge.hedged;
  e.status = status_of(e.fact, e.negated, e.hedged);
  e.first_date = edge.first_date;
  e.last_date = edge.last_date;
  if (e.first_date.empty()) {  // no supporting mention has a date: use what the evidence has
    for (const auto& ev : edge.evidence) {
      if (ev.date.empty()) continue;
      if (e.first_date.empty() || ev.date < e.first_date) e.first_date = ev.date;
      if (e.last_date.empty() || ev.date > e.last_date) e.last_date = ev.date;
    }
  }
  e.spell_start = period_start(e.first_date);
  e.spell_end = period_end(e.last_date.empty() ? e.first_date : e.last_date);
  if (e.spell_start.empty() || e.spell_end.empty() || e.spell_end < e.spell_start) e.spell_start = e.spell_end = "";
  if (const Evidence* ev = strongest_evidence(edge)) {
    e.evidence = clean_excerpt(ev->text, options.evidence_bytes);
    e.evidence_doc = clean_line(ev->doc);
  }
  for (const auto& a : edge.amounts) e.amounts.push_back(clean_line(format_number(a.value) + " " + a.currency));
  return e;
}

// A node lives while any of its edges does. An undated edge lives always (Gephi shows an element
// without spells at every time), so its ends must too: Gephi hides an edge whose end is hidden.
void widen(ExportNode& n, const ExportEdge& e) {
  if (e.spell_start.empty()) {
    n.timeless = true;
    return;
  }
  if (n.spell_start.empty() || e.spell_start < n.spell_start) n.spell_start = e.spell_start;
  if (n.spell_end.empty() || e.spell_end > n.spell_end) n.spell_end = e.spell_end;
}

// A fact key as an attribute name every format accepts unquoted (GraphML key ids are NMTOKENs,
// Neo4j headers split at ':'): ASCII letters, digits and '_'.
std::string attribute_name(std::string_view key) {
  std::string name;
  for (const char c : key) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    name += plain ? c : '_';
  }
  return name;
}

}  // namespace

std::string period_start(std::string_view date) {
  int y = 0, m = 0, d = 0;
  if (!parse_date(date, y, m, d)) return "";
  return ymd(y, m > 0 ? m : 1, d > 0 ? d : 1);
}

std::string period_end(std::string_view date) {
  int y = 0, m = 0, d = 0;
  if (!parse_date(date, y, m, d)) return "";
  if (m == 0) m = 12;
  return ymd(y, m, d > 0 ? d : days_in_month(y, m));
}

std::string format_number(double value) { return fmt::format("{}", value); }

std::string ExportView::description() const {
  std::string s = fmt::format("Political actors and their relations, extracted by actorgraph from {} document{}",
                              documents, documents == 1 ? "" : "s");
  if (!first_date.empty()) {
    s += first_date == last_date ? fmt::format(" dated {}", first_date)
                                 : fmt::format(" dated {} to {}", first_date, last_date);
  }
  return s + fmt::format(": {} actor{}, {} relation{}.", nodes.size(), nodes.size() == 1 ? "" : "s", edges.size(),
                         edges.size() == 1 ? "" : "s");
}

ExportView make_export_view(const ActorGraph& graph, const ExportOptions& options) {
  ExportView view;
  view.creator = "actorgraph " + options.version;
  view.documents = graph.documents.size();
  for (const auto& doc : graph.documents) {
    if (doc.date.empty()) continue;
    if (view.first_date.empty() || doc.date < view.first_date) view.first_date = doc.date;
    if (view.last_date.empty() || doc.date > view.last_date) view.last_date = doc.date;
  }

  const Graph& g = graph.g;
  std::map<std::string, Vertex, std::less<>> by_id;
  std::set<std::string, std::less<>> fact_keys;
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    by_id.emplace(g[v].id, v);
    for (const auto& [key, value] : g[v].facts) fact_keys.insert(key);
  }
  std::set<std::string, std::less<>> names(kReservedNodeNames.begin(), kReservedNodeNames.end());
  for (const auto& key : fact_keys) {  // names are plain, and unique among ours and each other
    const std::string plain = attribute_name(key);
    std::string name = plain;
    if (name.empty() || names.count(name) > 0) name = "fact_" + plain;
    for (int k = 2; names.count(name) > 0; ++k) name = "fact_" + plain + "_" + std::to_string(k);
    names.insert(name);
    view.facts.push_back({key, std::move(name)});
  }

  std::map<std::string, std::size_t, std::less<>> index;  // actor id -> position in view.nodes
  for (const auto& [id, v] : by_id) {
    ExportNode n;
    n.actor = &g[v];
    for (const auto& fc : view.facts) {
      const auto it = n.actor->facts.find(fc.key);
      n.facts.push_back(it == n.actor->facts.end() ? "" : it->second);
    }
    index.emplace(id, view.nodes.size());
    view.nodes.push_back(std::move(n));
  }

  for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& edge = g[ed];
    if (!edge.is_fact() && !options.keep_unsupported) continue;
    view.edges.push_back(make_edge(g[boost::source(ed, g)], g[boost::target(ed, g)], edge, options));
  }
  std::stable_sort(view.edges.begin(), view.edges.end(), [](const ExportEdge& a, const ExportEdge& b) {
    return std::tie(a.source->id, a.target->id, a.edge->relation) <
           std::tie(b.source->id, b.target->id, b.edge->relation);
  });
  assign_edge_ids(view);

  view.all_undirected = !view.edges.empty();
  for (const auto& e : view.edges) {
    view.dated = view.dated || !e.spell_start.empty();
    view.all_undirected = view.all_undirected && !e.edge->directed;
    view.max_weight = std::max(view.max_weight, e.edge->weight);
    for (const ActorNode* end : {e.source, e.target}) {
      ExportNode& n = view.nodes[index.at(end->id)];
      widen(n, e);
      n.importance += static_cast<double>(e.edge->weight);
      view.max_importance = std::max(view.max_importance, n.importance);
    }
  }
  return view;
}

}  // namespace ag::detail
