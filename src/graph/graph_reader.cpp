// graph/graph_reader.cpp: reading the graph file (the format is described in graph_json.cpp).
//
// The file is read in one pass with RapidJSON's SAX reader: the top-level keys are handled as
// they come, and each element of "documents", "nodes" and "edges" is gathered into a small DOM of
// its own (its memory reused from one element to the next), checked and turned into the graph at
// once. No DOM of the whole file is ever built: a million-edge graph loads in a fraction of the
// time and memory. Errors name the JSON path and, through JsonSource::locate, file:line:col.
//
// A file laid out as the writer lays it out has its "edges" list, most of its bytes, read in
// pieces on every core by detail::WrittenEdgesReader instead (see read_edges_in_pieces); the
// reader here reads the rest, and any file that one refuses, from the start.
//
// Numbers arrive as text (kParseNumbersAsStringsFlag) and are converted here with
// std::from_chars, exactly (correctly rounded doubles, exact 64-bit integers): a graph file reads
// back the numbers it was written with, and RapidJSON's full-precision number parser, which
// misreads crafted numbers, is never used.
#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <tuple>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "graph/graph_json.hpp"
#include "core/ordered_render.hpp"
#include "graph/edge_batch.hpp"
#include "graph/graph_parts.hpp"
#include "graph/vertex_index.hpp"
#include "graph/written_edges.hpp"
#include "read/file_io.hpp"
#include "rules/json_source.hpp"

namespace ag {
namespace {

using Value = rapidjson::Value;

// A JSON pointer kept as a chain of steps and spelled out only when an error needs it: building
// "/edges/812345/evidence/3" for every value read would cost more than reading it. A step points
// to its parent: keep each parent in a named variable (or use it within one expression).
struct Path {
  const Path* parent = nullptr;
  std::string_view key;  // a member name; empty with `is_index`
  std::size_t index = 0;
  bool is_index = false;

  Path at(std::string_view k) const { return Path{this, k, 0, false}; }
  Path at(std::size_t i) const { return Path{this, {}, i, true}; }
  std::string str() const {
    if (!parent) return "";
    return is_index ? pointer_append(parent->str(), index) : pointer_append(parent->str(), key);
  }
};

// Typed access to one element's DOM that names the JSON path of anything missing or mistyped.
class Checker {
 public:
  Checker(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  // The text is searched again for the path's line and column only now, when an error needs them.
  [[noreturn]] void fail(const Path& path, const std::string& what) const {
    throw GraphError(source().locate(path.str()), what);
  }
  JsonSource source() const {
    JsonSource src;
    src.file = file_;
    src.text = std::string(text_);
    return src;
  }

  const Value& member(const Value& obj, const Path& path, const char* key) const {
    auto it = find(obj, key);
    if (it == obj.MemberEnd()) fail(path, std::string("missing \"") + key + "\"");
    return it->value;
  }
  const Value& object(const Value& v, const Path& path) const {
    if (!v.IsObject()) fail(path, "expected an object");
    return v;
  }
  const Value& array(const Value& obj, const Path& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsArray()) fail(path.at(key), "expected a list");
    return v;
  }
  std::string string(const Value& obj, const Path& path, const char* key, bool required = true) const {
    auto it = find(obj, key);
    if (it == obj.MemberEnd()) {
      if (required) fail(path, std::string("missing \"") + key + "\"");
      return {};
    }
    if (!it->value.IsString()) fail(path.at(key), "expected a string");
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }
  std::uint64_t count(const Value& obj, const Path& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsUint64()) fail(path.at(key), "expected a non-negative integer");
    return v.GetUint64();
  }
  bool boolean(const Value& obj, const Path& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsBool()) fail(path.at(key), "expected true or false");
    return v.GetBool();
  }
  Span span(const Value& obj, const Path& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsUint64() || !v[1].IsUint64() || v[0].GetUint64() > v[1].GetUint64()) {
      fail(path.at(key), "expected a byte span [begin, end] with begin <= end");
    }
    return {static_cast<std::size_t>(v[0].GetUint64()), static_cast<std::size_t>(v[1].GetUint64())};
  }
  std::vector<Amount> amounts(const Value& obj, const Path& path, bool with_span) const {
    std::vector<Amount> out;
    const Value& list = array(obj, path, "amounts");
    const Path base = path.at("amounts");
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const Path p = base.at(i);
      const Value& a = object(list[i], p);
      Amount amount;
      const Value& value = member(a, p, "value");
      if (!value.IsNumber()) fail(p.at("value"), "expected a number");
      amount.value = value.GetDouble();
      amount.currency = string(a, p, "currency");
      amount.text = string(a, p, "text");
      if (with_span) amount.span = span(a, p, "span");
      out.push_back(std::move(amount));
    }
    return out;
  }

 private:
  // The member `key` of `obj`. The readers ask for members in the order a written file has them,
  // so the search starts after the member found last in the same object: a written element costs
  // one comparison per member instead of a scan from the first.
  Value::ConstMemberIterator find(const Value& obj, const char* key) const {
    const auto begin = obj.MemberBegin();
    const std::size_t n = obj.MemberCount();
    if (&obj != last_object_) {
      last_object_ = &obj;
      next_member_ = 0;
    }
    const std::size_t length = std::strlen(key);
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = (next_member_ + k) % n;
      const Value& name = begin[static_cast<rapidjson::SizeType>(i)].name;
      if (name.GetStringLength() == length && std::memcmp(name.GetString(), key, length) == 0) {
        next_member_ = i + 1;
        return begin + static_cast<rapidjson::SizeType>(i);
      }
    }
    return obj.MemberEnd();
  }

  std::string_view text_;
  const std::string& file_;
  mutable const Value* last_object_ = nullptr;
  mutable std::size_t next_member_ = 0;
};

Polarity parse_polarity(const Checker& c, const Path& path, const std::string& s) {
  if (const auto p = polarity_named(s)) return *p;
  c.fail(path, "unknown polarity \"" + s + "\" (expected cooperative, conflictual or neutral)");
}

DocumentInfo read_document(const Checker& c, const Value& v, const Path& p) {
  const Value& d = c.object(v, p);
  return DocumentInfo{c.string(d, p, "id"), c.string(d, p, "title", false), c.string(d, p, "date", false),
                      c.string(d, p, "hash")};
}

ActorNode read_node(const Checker& c, const Value& v, const Path& p) {
  const Value& n = c.object(v, p);
  ActorNode node;
  node.id = c.string(n, p, "id");
  if (node.id.empty()) c.fail(p.at("id"), "an actor id must not be empty");
  node.label = c.string(n, p, "label");
  node.type = c.string(n, p, "type");
  node.mentions = c.count(n, p, "mentions");
  node.discovered = c.boolean(n, p, "discovered");
  const Value& aliases = c.array(n, p, "aliases");
  for (rapidjson::SizeType k = 0; k < aliases.Size(); ++k) {
    if (!aliases[k].IsString()) c.fail(p.at("aliases").at(k), "expected a string");
    node.aliases_seen.emplace_back(aliases[k].GetString(), aliases[k].GetStringLength());
  }
  std::sort(node.aliases_seen.begin(), node.aliases_seen.end());
  node.aliases_seen.erase(std::unique(node.aliases_seen.begin(), node.aliases_seen.end()), node.aliases_seen.end());
  const Path fp = p.at("facts");
  const Value& facts = c.object(c.member(n, p, "facts"), fp);
  for (auto it = facts.MemberBegin(); it != facts.MemberEnd(); ++it) {
    const std::string key(it->name.GetString(), it->name.GetStringLength());
    if (!it->value.IsString()) c.fail(fp.at(key), "expected a string");
    node.facts[key] = std::string(it->value.GetString(), it->value.GetStringLength());
  }
  return node;
}

Evidence read_evidence(const Checker& c, const Value& v, const Path& q) {
  const Value& o = c.object(v, q);
  Evidence ev;
  ev.doc = c.string(o, q, "doc");
  ev.sentence = c.span(o, q, "sentence");
  ev.rule = c.string(o, q, "rule");
  ev.trigger = c.span(o, q, "trigger");
  ev.source_span = c.span(o, q, "source");
  ev.target_span = c.span(o, q, "target");
  ev.negated = c.boolean(o, q, "negated");
  ev.hedged = c.boolean(o, q, "hedged");
  ev.date = c.string(o, q, "date", false);
  ev.amounts = c.amounts(o, q, true);
  ev.text = c.string(o, q, "text");
  return ev;
}

using detail::EdgeRecord;

// The rest of an edge, after its end points (`r.source`, `r.target`).
void read_edge(const Checker& c, const Value& e, const Path& p, EdgeRecord& r) {
  RelationEdge& edge = r.edge;
  if (r.source == r.target) c.fail(p, "an edge must join two different actors");
  edge.relation = c.string(e, p, "relation");
  if (edge.relation.empty()) c.fail(p.at("relation"), "a relation must not be empty");
  edge.directed = c.boolean(e, p, "directed");
  if (!edge.directed && !(r.source < r.target)) c.fail(p, "a symmetric edge is stored with source id < target id");
  edge.polarity = parse_polarity(c, p.at("polarity"), c.string(e, p, "polarity"));
  edge.cameo = c.string(e, p, "cameo", false);
  edge.plover = c.string(e, p, "plover", false);
  edge.weight = c.count(e, p, "weight");
  edge.documents = c.count(e, p, "documents");
  edge.negated = c.count(e, p, "negated");
  edge.hedged = c.count(e, p, "hedged");
  edge.first_date = c.string(e, p, "first_date", false);
  edge.last_date = c.string(e, p, "last_date", false);
  edge.amounts = c.amounts(e, p, false);
  const Value& evidence = c.array(e, p, "evidence");
  const Path ep = p.at("evidence");
  edge.evidence.reserve(evidence.Size());
  for (rapidjson::SizeType k = 0; k < evidence.Size(); ++k) edge.evidence.push_back(read_evidence(c, evidence[k], ep.at(k)));
  if (!std::is_sorted(edge.evidence.begin(), edge.evidence.end(), evidence_less)) {
    std::sort(edge.evidence.begin(), edge.evidence.end(), evidence_less);
  }
}

// A JSON number's text as a DOM value: integers exactly (int64 or uint64), others as the nearest
// double. Returns nothing for a number out of the range of a double.
std::optional<Value> number_value(const char* s, std::size_t n) {
  const char* end = s + n;
  if (std::none_of(s, end, [](char ch) { return ch == '.' || ch == 'e' || ch == 'E'; })) {
    if (s[0] == '-') {
      std::int64_t i = 0;
      if (auto r = std::from_chars(s, end, i); r.ec == std::errc() && r.ptr == end) return Value(i);
    } else {
      std::uint64_t u = 0;
      if (auto r = std::from_chars(s, end, u); r.ec == std::errc() && r.ptr == end) return Value(u);
    }
  }
  double d = 0;
  const auto r = std::from_chars(s, end, d);
  if (r.ec == std::errc::result_out_of_range) {
    // from_chars reports underflow too; a tiny number is read as strtod reads it (0 or subnormal).
    const std::string copy(s, n);
    d = std::strtod(copy.c_str(), nullptr);
    if (std::isinf(d)) return std::nullopt;
  } else if (r.ec != std::errc()) {
    return std::nullopt;
  }
  return Value(d);
}

// The SAX handler: follows the top level of the file and hands each list element to the graph.
class GraphStream : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GraphStream> {
 public:
  GraphStream(const Checker& check, ActorGraph& graph) : check_(check), element_(&pool_), graph_(graph) {}

  // After a successful parse: the checks that need the whole file; the graph is complete.
  void finish(const std::string& file) {
    if (root_not_object_) check_.fail(root_, "expected an object");
    for (const char* key : {"format", "version", "rules", "documents", "nodes", "edges"})
      if (!seen(key)) check_.fail(root_, std::string("missing \"") + key + "\"");
    const Path edges = root_.at("edges");
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      const Path p = edges.at(i);
      const auto [s, t] = end_points(pending_[i], p);
      add_edge(std::move(pending_[i]), s, t, p);
    }
    pending_.clear();
    if (!canonical_) {  // edited by hand or by another tool: bring it into the written order
      GraphParts parts;
      parts.add_graph(graph_, file);
      ActorGraph sorted = std::move(parts).build(graph_.rules_fingerprint);
      // (adjacency_list::swap copies, three times: slow for a large graph, but only a file written
      // by someone else than actorgraph comes here.)
      graph_.g.swap(sorted.g);
      graph_.by_id.swap(sorted.by_id);
      graph_.documents.swap(sorted.documents);
    }
  }

  // Reading in pieces (read_edges_in_pieces): the reader stops where the "edges" list begins, when
  // the nodes were read before it; the edges are then read by piece readers and added here.
  void stop_at_edges() { stop_at_edges_ = true; }
  bool stopped_at_edges() const { return stopped_at_edges_; }
  // Whether the nodes read so far are in id order, as written: vertex numbers then compare as the
  // ids do.
  bool nodes_in_order() const { return canonical_; }
  // The next edges of the "edges" list, read and checked by a piece reader.
  void add_read_edges(EdgeBatch& edges) {
    index_ += edges.size();
    edges.append_to(graph_.g);
  }

  // Errors found inside a handler are kept here (the reader then stops) and thrown by the caller.
  std::optional<GraphError> error;
  bool number_too_big = false;  // a number out of the range of a double stopped the reader

  bool Null() { return scalar([&] { element_.Null(); }, Value()); }
  bool Bool(bool b) { return scalar([&] { element_.Bool(b); }, Value(b)); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
    std::optional<Value> v = number_value(s, n);
    if (!v) {
      number_too_big = true;  // located by the reader's offset (the number's end)
      return false;
    }
    return scalar([&] { push_number(*v); }, *v);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return scalar([&] { element_.String(s, n, copy); }, Value(s, n));
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (root_not_object_) return true;
    if (depth_ == 1) {
      key_.assign(s, n);
      return true;
    }
    if (depth_ > 2 && !skipping_) element_.Key(s, n, copy);
    return true;
  }
  bool StartObject() { return open([&] { element_.StartObject(); }, false); }
  bool EndObject(rapidjson::SizeType members) { return close([&] { element_.EndObject(members); }); }
  bool StartArray() { return open([&] { element_.StartArray(); }, true); }
  bool EndArray(rapidjson::SizeType elements) { return close([&] { element_.EndArray(elements); }); }

 private:
  enum class List { none, documents, nodes, edges };

  bool seen(std::string_view key) const { return std::find(seen_.begin(), seen_.end(), key) != seen_.end(); }

  // Runs `step`, turning a GraphError it throws into a stop of the reader.
  template <typename Step>
  bool guarded(Step step) {
    try {
      step();
      return true;
    } catch (GraphError& e) {
      error.emplace(std::move(e));
      return false;
    }
  }

  void push_number(const Value& v) {
    if (v.IsUint64()) element_.Uint64(v.GetUint64());
    else if (v.IsInt64()) element_.Int64(v.GetInt64());
    else element_.Double(v.GetDouble());
  }

  // A scalar: a root member's value, a whole list element, or part of one.
  template <typename Forward>
  bool scalar(Forward forward, const Value& value) {
    if (depth_ == 0) root_not_object_ = true;
    if (root_not_object_) return true;
    if (depth_ == 1) return guarded([&] { root_member(value); });
    if (skipping_) return true;
    if (depth_ == 2) {  // a list element that is not an object: the element check names it
      element_begin();
      forward();
      return element_end();
    }
    forward();
    return true;
  }

  template <typename Forward>
  bool open(Forward forward, bool array) {
    ++depth_;
    if (depth_ == 1 && array) root_not_object_ = true;
    if (root_not_object_ || depth_ == 1) return true;
    if (depth_ == 2) {
      if (!guarded([&] { list_begin(array); })) return false;
      if (stop_at_edges_ && list_ == List::edges && nodes_done_) {
        stopped_at_edges_ = true;
        return false;
      }
      return true;
    }
    if (skipping_) return true;
    if (depth_ == 3) element_begin();
    forward();
    return true;
  }

  template <typename Forward>
  bool close(Forward forward) {
    --depth_;
    if (root_not_object_ || depth_ == 0) return true;
    if (depth_ == 1) {
      if (list_ == List::nodes) nodes_done_ = true;
      skipping_ = false;
      list_ = List::none;
      return true;
    }
    if (skipping_) return true;
    forward();
    return depth_ == 2 ? element_end() : true;
  }

  // A value directly in the root object: "format", "version" and "rules" are checked as they come;
  // a container stands here as an empty one of its kind.
  void root_member(const Value& v) {
    note_key();
    const Path p = root_.at(key_);
    if (key_ == "format") {
      if (!v.IsString()) check_.fail(p, "expected a string");
      const std::string_view format(v.GetString(), v.GetStringLength());
      if (format != kGraphFormatName) check_.fail(p, "not an actorgraph graph file (format \"" + std::string(format) + "\")");
    } else if (key_ == "version") {
      if (!v.IsInt()) check_.fail(p, "expected an integer");
      if (v.GetInt() != kGraphFormatVersion) {
        check_.fail(p, "graph format version " + std::to_string(v.GetInt()) + " is not supported (this actorgraph reads version " +
                           std::to_string(kGraphFormatVersion) + "); rebuild the graph with this version");
      }
    } else if (key_ == "rules") {
      if (!v.IsString()) check_.fail(p, "expected a string");
      graph_.rules_fingerprint.assign(v.GetString(), v.GetStringLength());
    } else if ((key_ == "documents" || key_ == "nodes" || key_ == "edges") && !v.IsArray()) {
      check_.fail(p, "expected a list");
    }
  }

  // A container directly in the root object: one of the three lists, read element by element, or
  // something unknown, skipped.
  void list_begin(bool array) {
    root_member(array ? Value(rapidjson::kArrayType) : Value(rapidjson::kObjectType));
    list_ = key_ == "documents" ? List::documents : key_ == "nodes" ? List::nodes : key_ == "edges" ? List::edges : List::none;
    skipping_ = list_ == List::none;
    index_ = 0;
  }

  void note_key() {
    if (seen(key_)) check_.fail(root_.at(key_), "\"" + key_ + "\" appears twice");
    seen_.push_back(key_);
  }

  void element_begin() {
    element_.SetNull();
    pool_.Clear();
  }

  bool element_end() {
    element_.Populate(no_events_);  // moves the element's value from the builder's stack to `element_`
    const std::size_t i = index_++;
    return guarded([&] {
      const Path list = root_.at(key_);
      switch (list_) {
        case List::documents: add_document(read_document(check_, element_, list.at(i)), list.at(i)); break;
        case List::nodes: add_node(read_node(check_, element_, list.at(i)), list.at(i)); break;
        case List::edges: {
          const Path p = list.at(i);
          const Value& e = check_.object(element_, p);
          EdgeRecord r{check_.string(e, p, "source"), check_.string(e, p, "target"), {}};
          if (!nodes_done_) {  // edges before nodes: joined at the end
            read_edge(check_, e, p, r);
            pending_.push_back(std::move(r));
            break;
          }
          const auto [s, t] = end_points(r, p);  // an unknown actor is the first thing to report
          read_edge(check_, e, p, r);
          add_edge(std::move(r), s, t, p);
          break;
        }
        case List::none: break;
      }
    });
  }

  void add_document(DocumentInfo info, const Path& p) {
    if (!graph_.documents.empty() && !(graph_.documents.back().id < info.id)) {
      check_.fail(p, "documents must be sorted by id without repeats ('" + info.id + "' comes after '" +
                         graph_.documents.back().id + "')");
    }
    graph_.documents.push_back(std::move(info));
  }

  void add_node(ActorNode node, const Path& p) {
    const Graph& g = graph_.g;
    if (graph_.by_id.count(node.id) != 0) check_.fail(p.at("id"), "actor '" + node.id + "' appears twice");
    if (boost::num_vertices(g) > 0 && node.id < g[boost::num_vertices(g) - 1].id) canonical_ = false;
    const std::string id = node.id;
    graph_.by_id.emplace(id, boost::add_vertex(std::move(node), graph_.g));
  }

  // Edges come sorted by source: most share the previous edge's source vertex, found without a
  // lookup.
  std::optional<Vertex> source_vertex(const std::string& id) const {
    if (previous_edge_ && graph_.g[boost::source(*previous_edge_, graph_.g)].id == id)
      return boost::source(*previous_edge_, graph_.g);
    return graph_.find(id);
  }

  std::pair<Vertex, Vertex> end_points(const EdgeRecord& r, const Path& p) {
    const auto s = source_vertex(r.source);
    const auto t = graph_.find(r.target);
    if (!s) check_.fail(p.at("source"), "unknown actor '" + r.source + "' (not in \"nodes\")");
    if (!t) check_.fail(p.at("target"), "unknown actor '" + r.target + "' (not in \"nodes\")");
    return {*s, *t};
  }

  void add_edge(EdgeRecord r, Vertex s, Vertex t, const Path& p) {
    Graph& g = graph_.g;
    if (previous_edge_) {
      const auto previous = edge_order_key(g, *previous_edge_);
      const auto key = std::tie(r.source, r.target, r.edge.relation);
      if (key == previous) check_.fail(p, "edge " + r.source + " -[" + r.edge.relation + "]-> " + r.target + " appears twice");
      if (key < previous) canonical_ = false;
    }
    previous_edge_ = boost::add_edge(s, t, g).first;
    g[*previous_edge_] = std::move(r.edge);  // add_edge would copy a given property
  }

  // Populate's generator: the events were sent already.
  struct NoEvents {
    bool operator()(rapidjson::Document&) const { return true; }
  } no_events_;

  const Checker& check_;
  const Path root_{};
  char pool_buffer_[64 * 1024];
  rapidjson::MemoryPoolAllocator<> pool_{pool_buffer_, sizeof pool_buffer_};
  rapidjson::Document element_;
  ActorGraph& graph_;
  int depth_ = 0;           // containers open: 1 = in the root object, 2 = in a list, 3+ = in an element
  bool skipping_ = false;   // inside an unknown root member's value
  // The file is JSON but not an object: said after the parse, so that a syntax error comes first.
  bool root_not_object_ = false;
  List list_ = List::none;
  std::string key_;         // the current root member
  std::size_t index_ = 0;   // of the next element in the current list
  std::vector<std::string> seen_;  // root members met so far
  bool nodes_done_ = false;  // the "nodes" list has been read: edges can be joined as they come
  std::vector<EdgeRecord> pending_;
  std::optional<Edge> previous_edge_;  // the edge added last, against which the next is checked
  bool canonical_ = true;   // nodes and edges already in the order a written file has
  bool stop_at_edges_ = false;
  bool stopped_at_edges_ = false;
};

bool is_json_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Reading the "edges" list in pieces, on every core. The writer puts each element on a line of
// its own, so the list's text can be cut where a line ending in a comma is followed by one
// starting an object; each piece is read by detail::WrittenEdgesReader (simdjson, the writer's
// layout only) and its edges are added to the graph in file order by the calling thread. A cut
// that lands inside an element (a file laid out by hand) makes its pieces fail, never read
// differently; any failure sends the file to the one-pass reading, which reads any layout and
// reports the first error with its place.
struct PieceRefused {};

// An edge's place in the written order when the nodes are in id order (vertex numbers then
// compare as the ids do). The relation is a view of the edge's own, which stays where it is: an
// edge list node does not move when it joins the graph.
struct EdgeOrderKey {
  Vertex source = 0, target = 0;
  std::string_view relation;
  bool operator<(const EdgeOrderKey& o) const {
    return std::tie(source, target, relation) < std::tie(o.source, o.target, o.relation);
  }
};

// The edges of one piece, ready to join the graph, and the reader that read them.
struct PieceEdges {
  std::vector<EdgeRecord> records;  // as read (its memory used again for the next piece)
  EdgeBatch edges;
  EdgeOrderKey first, last;  // the piece's first and last edge
  detail::WrittenEdgesReader reader;  // (its memory used again for the next piece)
  void clear() {
    records.clear();
    edges.clear();
  }
};

// The list's text cut into pieces of about `size` bytes (none when it holds only white space).
std::vector<std::string_view> cut_pieces(std::string_view list, std::size_t size) {
  std::vector<std::string_view> pieces;
  if (std::all_of(list.begin(), list.end(), is_json_space)) return pieces;
  std::size_t begin = 0;
  while (begin < list.size()) {
    const std::size_t cut = list.size() - begin > size ? list.find(",\n{", begin + size) : std::string_view::npos;
    if (cut == std::string_view::npos) {
      pieces.push_back(list.substr(begin));
      break;
    }
    pieces.push_back(list.substr(begin, cut - begin));
    begin = cut + 1;
  }
  return pieces;
}

// Reads one piece into `out`, each edge's end points found among the nodes (`actors`, which are in
// id order), and makes its edges ready to join the graph; throws PieceRefused for anything else
// than written edges whose actors are known, in the written order (a file out of order is sorted,
// and one with a repeated edge reported, by the one-pass reading). The worker does all of this;
// the thread that owns the graph only links the finished edges in (EdgeBatch::append_to).
void read_edge_piece(std::string_view piece, const VertexIndex& actors, PieceEdges& out) {
  if (!out.reader.read(piece, out.records) || out.records.empty()) throw PieceRefused{};
  std::optional<Vertex> s;
  const std::string* s_id = nullptr;  // edges come sorted by source: most share the previous edge's
  for (std::size_t i = 0; i < out.records.size(); ++i) {
    EdgeRecord& r = out.records[i];
    if (!s_id || *s_id != r.source) s = actors.find(r.source);
    s_id = &r.source;
    const auto t = actors.find(r.target);
    if (!s || !t) throw PieceRefused{};
    out.edges.add(*s, *t, std::move(r.edge));
    const EdgeOrderKey key{*s, *t, out.edges.back().relation};
    if (i > 0 && !(out.last < key)) throw PieceRefused{};
    if (i == 0) out.first = key;
    out.last = key;
  }
}

// After `head` stopped where the "edges" list begins (`at`, its bracket): reads the
// list in pieces and adds its edges. False when the file is not laid out as the writer lays it out
// or has an error; `graph` then holds part of the edges.
bool read_edges_in_pieces(std::string_view text, std::size_t at, GraphStream& head, const ActorGraph& graph,
                          const GraphReading& how) {
  // (The reader stops with its offset at the bracket.)
  if (at >= text.size() || text[at] != '[' || !head.nodes_in_order()) return false;
  ++at;
  // The list must end the file: "]", the root object's "}", white space.
  std::size_t end = text.size();
  auto skip_space_back = [&] {
    while (end > at && is_json_space(text[end - 1])) --end;
  };
  skip_space_back();
  if (end == at || text[end - 1] != '}') return false;
  --end;
  skip_space_back();
  if (end == at || text[end - 1] != ']') return false;
  const std::string_view list = text.substr(at, end - 1 - at);
  const std::vector<std::string_view> pieces = cut_pieces(list, std::max<std::size_t>(how.piece_bytes, 1));
  try {
    const VertexIndex actors(graph);
    std::optional<EdgeOrderKey> last;  // of the pieces added so far
    produce_in_order<PieceEdges>(
        pieces.size(), how.threads, 1,
        [&](std::size_t i, std::size_t, PieceEdges& out) { read_edge_piece(pieces[i], actors, out); },
        [&](PieceEdges& piece) {
          if (last && !(*last < piece.first)) throw PieceRefused{};
          last = piece.last;
          head.add_read_edges(piece.edges);
        });
  } catch (const PieceRefused&) {
    return false;
  } catch (const GraphError&) {
    return false;
  }
  if (how.pieces_read) *how.pieces_read = pieces.size();
  return true;
}

// Reads `text` into `graph` (empty). False when the edges were to be read in pieces and the pieces
// were refused: `graph` then holds part of the file.
bool read_graph_into(ActorGraph& graph, std::string_view text, const std::string& file, const GraphReading& how) {
  const Checker check(text, file);
  auto handler = std::make_unique<GraphStream>(check, graph);
  if (how.pieces) handler->stop_at_edges();
  rapidjson::MemoryStream bytes(text.data(), text.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(bytes);
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag>(stream, *handler);
  if (handler->stopped_at_edges()) {
    if (!read_edges_in_pieces(text, reader.GetErrorOffset(), *handler, graph, how)) return false;
  } else {
    if (handler->error) throw *handler->error;
    if (reader.HasParseError()) {
      // A number our conversion refused is the error RapidJSON gives such a number itself.
      const auto code = handler->number_too_big ? rapidjson::kParseErrorNumberTooBig : reader.GetParseErrorCode();
      fail_invalid_json(check.source(), ExitCode::graph, code, reader.GetErrorOffset());
    }
  }
  handler->finish(file);
  return true;
}

ActorGraph read_graph(std::string_view text, const std::string& file, GraphReading how) {
  if (text.empty()) throw GraphError(Location(file), "empty file; expected an actorgraph graph file");
  if (how.pieces_read) *how.pieces_read = 0;
  // One named graph, returned from one place: an adjacency_list has no move constructor, and a
  // graph returned otherwise would be copied.
  ActorGraph graph;
  if (!read_graph_into(graph, text, file, how)) {
    graph = ActorGraph();
    how.pieces = false;  // the one-pass reading, from the start, finds what is wrong and where
    read_graph_into(graph, text, file, how);
  }
  return graph;
}

// The whole of `in`, read in large blocks.
std::string read_all(std::istream& in) {
  std::string text;
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) text.append(block, static_cast<std::size_t>(in.gcount()));
  return text;
}

// A regular file mapped read-only: the parser reads the page cache directly, with no copy.
class MappedFile {
 public:
  explicit MappedFile(int fd) {
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return;
    // MAP_POPULATE: the whole file is read once anyway; mapping it in one go spares a page fault
    // per page.
    void* p = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) return;
    data_ = p;
    size_ = static_cast<std::size_t>(st.st_size);
  }
  ~MappedFile() {
    if (data_) munmap(data_, size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  bool mapped() const { return data_ != nullptr; }
  std::string_view text() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace

ActorGraph read_graph_json(std::istream& in, const std::string& name, const GraphReading& how) {
  const std::string text = read_all(in);
  if (in.bad()) throw InputError(Location(name), "cannot read the graph file");
  return read_graph(text, name, how);
}

ActorGraph load_graph(const std::string& path, const GraphReading& how) {
  if (path == "-") return read_graph_json(std::cin, "<stdin>", how);
  const FileHandle fd(open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) throw InputError(Location(path), "cannot open the graph file: " + std::string(std::strerror(errno)));
  if (const MappedFile file(fd.get()); file.mapped()) return read_graph(file.text(), path, how);
  // Not a regular file (a pipe, a device) or empty: read from the same descriptor (a pipe opened
  // twice would lose what its writer sent to the first).
  std::string text;
  if (read_rest(fd.get(), text) != 0) throw InputError(Location(path), "cannot read the graph file");
  return read_graph(text, path, how);
}

}  // namespace ag
