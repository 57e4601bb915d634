// export/export_view.cpp: one flat, sorted view of the graph for every exporter.
#include "export/export_view.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include <fmt/format.h>

#include "core/ordered_render.hpp"
#include "export/text_clean.hpp"

namespace ag::detail {
namespace {

// Edges computed in one run of make_export_view, and the block size of a run's text store: a run
// makes about 30 bytes of ids an edge, so its last, partly used block wastes little.
constexpr std::size_t kEdgeRun = 16384;
constexpr std::size_t kRunTextBlock = std::size_t{256} << 10;

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

// Appends `value` as `width` digits (parse_date gives at most as many).
void append_digits(std::string& out, int value, int width) {
  char digits[4];
  for (int i = width - 1; i >= 0; --i, value /= 10) digits[i] = static_cast<char>('0' + value % 10);
  out.append(digits, static_cast<std::size_t>(width));
}

// "YYYY-MM-DD", as fmt's "{:04}-{:02}-{:02}" writes it, without a format string per date (a
// large graph has two dates per edge).
std::string ymd(int y, int m, int d) {
  std::string s;
  append_digits(s, y, 4);
  s += '-';
  append_digits(s, m, 2);
  s += '-';
  append_digits(s, d, 2);
  return s;
}

// "SOURCE->TARGET:RELATION" ("--" for a symmetric relation), kept in `text`.
std::string_view edge_id_base(const ExportEdge& e, TextStore& text) {
  return text.keep({e.source->id, e.edge->directed ? "->" : "--", e.target->id, ":", e.edge->relation});
}

std::size_t id_hash(std::string_view id) { return std::hash<std::string_view>{}(id); }

// True when no two ids are equal, judged by their hashes (`hashes`, which this sorts): equal hashes
// (equal ids, or a rare collision) answer false, and the caller takes the exact way. Sorting a
// million hashes is much cheaper than a hash set of a million strings.
bool surely_distinct(std::vector<std::size_t>& hashes) {
  std::sort(hashes.begin(), hashes.end());
  return std::adjacent_find(hashes.begin(), hashes.end()) == hashes.end();
}

// Makes every edge id unique among node ids and earlier edge ids ("X#2", "X#3", ...). The set
// only answers "taken?", so its hash order never reaches the output.
void make_ids_unique(ExportView& view) {
  std::unordered_set<std::string_view> used;
  used.reserve(view.nodes.size() + view.edges.size());
  for (const auto& n : view.nodes) used.insert(n.actor->id);
  for (auto& e : view.edges) {
    const std::string_view base = e.id;
    for (int k = 2; used.count(e.id) > 0; ++k) e.id = view.text.keep({base, "#", std::to_string(k)});
    used.insert(e.id);
  }
}

// Every edge's id is its base id, made unique when some ids clash (rare: only actor ids or
// relations that look like edge ids, or duplicate edges, do).
// (Each edge's id is its base already, and `hashes` holds the hash of each: see make_export_view.)
void assign_edge_ids(ExportView& view, std::vector<std::size_t> hashes) {
  for (const auto& n : view.nodes) hashes.push_back(id_hash(n.actor->id));
  if (!surely_distinct(hashes)) make_ids_unique(view);
}

// clean_line(text): the graph's own text when cleaning leaves it as it is (the usual case), else
// a cleaned copy kept in `store`.
std::string_view cleaned_line(std::string_view text, TextStore& store) {
  return is_clean_line(text) ? text : store.keep({clean_line(text)});
}

// clean_excerpt(text, max_bytes), likewise.
std::string_view cleaned_excerpt(std::string_view text, std::size_t max_bytes, TextStore& store) {
  return is_clean_line(text) && text.size() <= max_bytes ? text : store.keep({clean_excerpt(text, max_bytes)});
}

const Evidence* strongest_evidence(const RelationEdge& edge) {
  for (const auto& ev : edge.evidence)
    if (!ev.negated && !ev.hedged) return &ev;
  return edge.evidence.empty() ? nullptr : &edge.evidence.front();
}

std::string_view status_of(bool fact, std::uint64_t negated, std::uint64_t hedged) {
  if (fact) return "fact";
  if (negated > 0 && hedged > 0) return "negated_or_hedged";
  return negated > 0 ? "negated" : "hedged";
}

ExportEdge make_edge(const ActorNode& source, const ActorNode& target, const RelationEdge& edge,
                     const ExportOptions& options, TextStore& text) {
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
      const std::string_view date = ev.date;
      if (date.empty()) continue;
      if (e.first_date.empty() || date < e.first_date) e.first_date = date;
      if (e.last_date.empty() || date > e.last_date) e.last_date = date;
    }
  }
  e.spell_start = period_start(e.first_date);
  e.spell_end = period_end(e.last_date.empty() ? e.first_date : e.last_date);
  if (e.spell_start.empty() || e.spell_end.empty() || e.spell_end < e.spell_start) e.spell_start = e.spell_end = "";
  if (const Evidence* ev = strongest_evidence(edge)) {
    e.evidence = cleaned_excerpt(ev->text, options.evidence_bytes, text);
    e.evidence_doc = cleaned_line(ev->doc, text);
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

// An exported edge before its values are computed: what sorting needs, and no more, so that
// the sort moves a few words per edge instead of a whole ExportEdge.
struct EdgeRef {
  std::size_t source = 0, target = 0;  // its ends' places in view.nodes, which is sorted by id
  Vertex source_vertex = 0, target_vertex = 0;
  const RelationEdge* edge = nullptr;
};

// The edges to export by (source id, target id, relation), ties in graph order. Places in
// view.nodes order the ends as their ids do, and are cheaper to compare.
std::vector<EdgeRef> sorted_edges(const Graph& g, const std::vector<std::size_t>& position,
                                  const ExportOptions& options) {
  std::vector<EdgeRef> refs;
  refs.reserve(boost::num_edges(g));
  for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& edge = g[ed];
    if (!edge.is_fact() && !options.keep_unsupported) continue;
    const Vertex s = boost::source(ed, g), t = boost::target(ed, g);
    refs.push_back({position[s], position[t], s, t, &edge});
  }
  auto before = [](const EdgeRef& a, const EdgeRef& b) {
    return std::tie(a.source, a.target, a.edge->relation) < std::tie(b.source, b.target, b.edge->relation);
  };
  // A graph read from a file or built by actorgraph is in this order already: checked in one pass.
  if (!std::is_sorted(refs.begin(), refs.end(), before)) std::stable_sort(refs.begin(), refs.end(), before);
  return refs;
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

std::string_view TextStore::keep(std::initializer_list<std::string_view> parts) {
  std::size_t size = 0;
  for (const auto part : parts) size += part.size();
  char* const start = allocate(size);
  char* end = start;
  for (const auto part : parts) end = std::copy(part.begin(), part.end(), end);
  return {start, size};
}

void TextStore::absorb(TextStore&& other) {
  if (other.blocks_.empty()) return;
  // Its last block becomes ours, with the room it has left (the rest of our last block is given up).
  for (auto& block : other.blocks_) blocks_.push_back(std::move(block));
  used_ = other.used_;
  capacity_ = other.capacity_;
  other.blocks_.clear();
  other.used_ = other.capacity_ = 0;
}

char* TextStore::allocate(std::size_t size) {
  if (capacity_ - used_ < size) {
    capacity_ = std::max(block_, size);
    blocks_.push_back(std::unique_ptr<char[]>(new char[capacity_]));
    used_ = 0;
  }
  char* const start = blocks_.back().get() + used_;
  used_ += size;
  return start;
}

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

  std::vector<std::size_t> position(boost::num_vertices(g));  // vertex -> its actor's place in view.nodes
  view.nodes.reserve(by_id.size());
  for (const auto& [id, v] : by_id) {
    ExportNode n;
    n.actor = &g[v];
    for (const auto& fc : view.facts) {
      const auto it = n.actor->facts.find(fc.key);
      n.facts.push_back(it == n.actor->facts.end() ? "" : it->second);
    }
    position[v] = view.nodes.size();
    view.nodes.push_back(std::move(n));
  }
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g)))  // a vertex that repeats an id
    position[v] = position[by_id.find(g[v].id)->second];                 // stands where the first does

  // The edges' values and base ids are computed on every core, in runs; a run keeps the text it
  // makes in a store of its own, which the view's absorbs in run order (the text does not move).
  const std::vector<EdgeRef> order = sorted_edges(g, position, options);
  view.edges.resize(order.size());
  std::vector<std::size_t> id_hashes;
  id_hashes.reserve(order.size() + view.nodes.size());  // (the nodes' join them in assign_edge_ids)
  id_hashes.resize(order.size());
  struct Run {
    TextStore text{kRunTextBlock};
    void clear() {}
  };
  produce_in_order<Run>(
      order.size(), options.threads, kEdgeRun,
      [&](std::size_t begin, std::size_t end, Run& run) {
        for (std::size_t i = begin; i < end; ++i) {
          const EdgeRef& ref = order[i];
          ExportEdge& e = view.edges[i];
          e = make_edge(g[ref.source_vertex], g[ref.target_vertex], *ref.edge, options, run.text);
          e.id = edge_id_base(e, run.text);
          id_hashes[i] = id_hash(e.id);
        }
      },
      [&](Run& run) { view.text.absorb(std::move(run.text)); });
  assign_edge_ids(view, std::move(id_hashes));

  view.all_undirected = !view.edges.empty();
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    const ExportEdge& e = view.edges[i];
    view.dated = view.dated || !e.spell_start.empty();
    view.all_undirected = view.all_undirected && !e.edge->directed;
    view.max_weight = std::max(view.max_weight, e.edge->weight);
    for (const std::size_t end : {order[i].source, order[i].target}) {
      ExportNode& n = view.nodes[end];
      widen(n, e);
      n.importance += static_cast<double>(e.edge->weight);
      view.max_importance = std::max(view.max_importance, n.importance);
    }
  }
  return view;
}

}  // namespace ag::detail
