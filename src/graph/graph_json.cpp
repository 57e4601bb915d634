// graph/graph_json.cpp: writing and reading the graph file.
//
// Layout: one JSON object, its lists written one element per line, so that a graph file diffs
// and greps well and its size stays close to the compact form:
//   {"format": "actorgraph-graph", "version": 1, "rules": "<fingerprint>",
//    "documents": [\n{...},\n...], "nodes": [\n{...},\n...], "edges": [\n{...},\n...]}
#include "graph/graph_json.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/atomic_file.hpp"
#include "graph/graph_parts.hpp"
#include "rules/json_source.hpp"

namespace ag {
namespace {

constexpr const char* kFormatName = "actorgraph-graph";

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void write_key(Writer& w, std::string_view key) { w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size())); }

void write_span(Writer& w, std::string_view key, Span s) {
  write_key(w, key);
  w.StartArray();
  w.Uint64(s.begin);
  w.Uint64(s.end);
  w.EndArray();
}

void write_amounts(Writer& w, const std::vector<Amount>& amounts, bool with_span) {
  write_key(w, "amounts");
  w.StartArray();
  for (const Amount& a : amounts) {
    w.StartObject();
    write_key(w, "value");
    w.Double(a.value);
    write_key(w, "currency");
    write_string(w, a.currency);
    write_key(w, "text");
    write_string(w, a.text);
    if (with_span) write_span(w, "span", a.span);
    w.EndObject();
  }
  w.EndArray();
}

void write_document(Writer& w, const DocumentInfo& d) {
  w.StartObject();
  write_key(w, "id");
  write_string(w, d.id);
  write_key(w, "title");
  write_string(w, d.title);
  write_key(w, "date");
  write_string(w, d.date);
  write_key(w, "hash");
  write_string(w, d.hash);
  w.EndObject();
}

void write_node(Writer& w, const ActorNode& n) {
  w.StartObject();
  write_key(w, "id");
  write_string(w, n.id);
  write_key(w, "label");
  write_string(w, n.label);
  write_key(w, "type");
  write_string(w, n.type);
  write_key(w, "mentions");
  w.Uint64(n.mentions);
  write_key(w, "discovered");
  w.Bool(n.discovered);
  write_key(w, "aliases");
  w.StartArray();
  for (const auto& a : n.aliases_seen) write_string(w, a);
  w.EndArray();
  write_key(w, "facts");
  w.StartObject();
  for (const auto& [k, v] : n.facts) {
    write_key(w, k);
    write_string(w, v);
  }
  w.EndObject();
  w.EndObject();
}

void write_evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  write_key(w, "doc");
  write_string(w, e.doc);
  write_span(w, "sentence", e.sentence);
  write_key(w, "rule");
  write_string(w, e.rule);
  write_span(w, "trigger", e.trigger);
  write_span(w, "source", e.source_span);
  write_span(w, "target", e.target_span);
  write_key(w, "negated");
  w.Bool(e.negated);
  write_key(w, "hedged");
  w.Bool(e.hedged);
  write_key(w, "date");
  write_string(w, e.date);
  write_amounts(w, e.amounts, true);
  write_key(w, "text");
  write_string(w, e.text);
  w.EndObject();
}

void write_edge(Writer& w, const std::string& source, const std::string& target, const RelationEdge& e) {
  w.StartObject();
  write_key(w, "source");
  write_string(w, source);
  write_key(w, "target");
  write_string(w, target);
  write_key(w, "relation");
  write_string(w, e.relation);
  write_key(w, "directed");
  w.Bool(e.directed);
  write_key(w, "polarity");
  write_string(w, to_string(e.polarity));
  write_key(w, "cameo");
  write_string(w, e.cameo);
  write_key(w, "plover");
  write_string(w, e.plover);
  write_key(w, "weight");
  w.Uint64(e.weight);
  write_key(w, "documents");
  w.Uint64(e.documents);
  write_key(w, "negated");
  w.Uint64(e.negated);
  write_key(w, "hedged");
  w.Uint64(e.hedged);
  write_key(w, "first_date");
  write_string(w, e.first_date);
  write_key(w, "last_date");
  write_string(w, e.last_date);
  write_amounts(w, e.amounts, false);
  write_key(w, "evidence");
  w.StartArray();
  for (const Evidence& ev : e.evidence) write_evidence(w, ev);
  w.EndArray();
  w.EndObject();
}

// Writes `items` as a JSON list, one element per line, each rendered by `one` into a reused buffer.
template <typename Range, typename One>
void write_list(std::ostream& out, std::string_view key, const Range& items, One one) {
  out << ",\n\"" << key << "\": [";
  rapidjson::StringBuffer buf;
  Writer w(buf);
  bool first = true;
  for (const auto& item : items) {
    buf.Clear();
    w.Reset(buf);
    one(w, item);
    out << (first ? "\n" : ",\n");
    out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
    first = false;
  }
  out << (first ? "]" : "\n]");
}

// ---- reading --------------------------------------------------------------------------------

using Value = rapidjson::Value;

// Typed access to the parsed file that names the JSON path of anything missing or mistyped.
class Reader {
 public:
  explicit Reader(const JsonSource& src) : src_(src) {}

  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw GraphError(src_.locate(path), what);
  }

  const Value& member(const Value& obj, const std::string& path, const char* key) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) fail(path, std::string("missing \"") + key + "\"");
    return it->value;
  }
  const Value& object(const Value& v, const std::string& path) const {
    if (!v.IsObject()) fail(path, "expected an object");
    return v;
  }
  const Value& array(const Value& obj, const std::string& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsArray()) fail(pointer_append(path, key), "expected a list");
    return v;
  }
  std::string string(const Value& obj, const std::string& path, const char* key, bool required = true) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
      if (required) fail(path, std::string("missing \"") + key + "\"");
      return {};
    }
    if (!it->value.IsString()) fail(pointer_append(path, key), "expected a string");
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }
  std::uint64_t count(const Value& obj, const std::string& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsUint64()) fail(pointer_append(path, key), "expected a non-negative integer");
    return v.GetUint64();
  }
  bool boolean(const Value& obj, const std::string& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsBool()) fail(pointer_append(path, key), "expected true or false");
    return v.GetBool();
  }
  Span span(const Value& obj, const std::string& path, const char* key) const {
    const Value& v = member(obj, path, key);
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsUint64() || !v[1].IsUint64() || v[0].GetUint64() > v[1].GetUint64()) {
      fail(pointer_append(path, key), "expected a byte span [begin, end] with begin <= end");
    }
    return {static_cast<std::size_t>(v[0].GetUint64()), static_cast<std::size_t>(v[1].GetUint64())};
  }
  std::vector<Amount> amounts(const Value& obj, const std::string& path, bool with_span) const {
    std::vector<Amount> out;
    const Value& list = array(obj, path, "amounts");
    const std::string base = pointer_append(path, "amounts");
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const std::string p = pointer_append(base, i);
      const Value& a = object(list[i], p);
      Amount amount;
      const Value& value = member(a, p, "value");
      if (!value.IsNumber()) fail(pointer_append(p, "value"), "expected a number");
      amount.value = value.GetDouble();
      amount.currency = string(a, p, "currency");
      amount.text = string(a, p, "text");
      if (with_span) amount.span = span(a, p, "span");
      out.push_back(std::move(amount));
    }
    return out;
  }

 private:
  const JsonSource& src_;
};

Polarity parse_polarity(const Reader& r, const std::string& path, const std::string& s) {
  for (Polarity p : {Polarity::cooperative, Polarity::conflictual, Polarity::neutral}) {
    if (s == to_string(p)) return p;
  }
  r.fail(path, "unknown polarity \"" + s + "\" (expected cooperative, conflictual or neutral)");
}

ActorGraph read_graph(const JsonSource& src) {
  const Reader r(src);
  const Value& root = r.object(src.doc, "");
  const std::string format = r.string(root, "", "format");
  if (format != kFormatName) r.fail("/format", "not an actorgraph graph file (format \"" + format + "\")");
  const Value& version = r.member(root, "", "version");
  if (!version.IsInt()) r.fail("/version", "expected an integer");
  if (version.GetInt() != kGraphFormatVersion) {
    r.fail("/version", "graph format version " + std::to_string(version.GetInt()) + " is not supported (this actorgraph reads version " +
                           std::to_string(kGraphFormatVersion) + "); rebuild the graph with this version");
  }

  ActorGraph graph;
  graph.rules_fingerprint = r.string(root, "", "rules");

  const Value& docs = r.array(root, "", "documents");
  for (rapidjson::SizeType i = 0; i < docs.Size(); ++i) {
    const std::string p = pointer_append("/documents", i);
    const Value& d = r.object(docs[i], p);
    DocumentInfo info{r.string(d, p, "id"), r.string(d, p, "title", false), r.string(d, p, "date", false),
                      r.string(d, p, "hash")};
    if (!graph.documents.empty() && !(graph.documents.back().id < info.id)) {
      r.fail(p, "documents must be sorted by id without repeats ('" + info.id + "' comes after '" +
                    graph.documents.back().id + "')");
    }
    graph.documents.push_back(std::move(info));
  }

  bool canonical = true;  // nodes and edges already in the order a written file has
  const Value& nodes = r.array(root, "", "nodes");
  std::string previous;
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    const std::string p = pointer_append("/nodes", i);
    const Value& n = r.object(nodes[i], p);
    ActorNode node;
    node.id = r.string(n, p, "id");
    if (node.id.empty()) r.fail(pointer_append(p, "id"), "an actor id must not be empty");
    node.label = r.string(n, p, "label");
    node.type = r.string(n, p, "type");
    node.mentions = r.count(n, p, "mentions");
    node.discovered = r.boolean(n, p, "discovered");
    const Value& aliases = r.array(n, p, "aliases");
    for (rapidjson::SizeType k = 0; k < aliases.Size(); ++k) {
      if (!aliases[k].IsString()) r.fail(pointer_append(pointer_append(p, "aliases"), k), "expected a string");
      node.aliases_seen.emplace_back(aliases[k].GetString(), aliases[k].GetStringLength());
    }
    std::sort(node.aliases_seen.begin(), node.aliases_seen.end());
    node.aliases_seen.erase(std::unique(node.aliases_seen.begin(), node.aliases_seen.end()), node.aliases_seen.end());
    const Value& facts = r.object(r.member(n, p, "facts"), pointer_append(p, "facts"));
    for (auto it = facts.MemberBegin(); it != facts.MemberEnd(); ++it) {
      const std::string key(it->name.GetString(), it->name.GetStringLength());
      if (!it->value.IsString()) r.fail(pointer_append(pointer_append(p, "facts"), key), "expected a string");
      node.facts[key] = std::string(it->value.GetString(), it->value.GetStringLength());
    }
    if (graph.by_id.count(node.id) != 0) r.fail(pointer_append(p, "id"), "actor '" + node.id + "' appears twice");
    if (!previous.empty() && node.id < previous) canonical = false;
    previous = node.id;
    graph.vertex(node);
  }

  const Value& edges = r.array(root, "", "edges");
  std::optional<EdgeKey> previous_key;
  for (rapidjson::SizeType i = 0; i < edges.Size(); ++i) {
    const std::string p = pointer_append("/edges", i);
    const Value& e = r.object(edges[i], p);
    const std::string source = r.string(e, p, "source"), target = r.string(e, p, "target");
    auto s = graph.find(source), t = graph.find(target);
    if (!s) r.fail(pointer_append(p, "source"), "unknown actor '" + source + "' (not in \"nodes\")");
    if (!t) r.fail(pointer_append(p, "target"), "unknown actor '" + target + "' (not in \"nodes\")");
    if (source == target) r.fail(p, "an edge must join two different actors");
    RelationEdge edge;
    edge.relation = r.string(e, p, "relation");
    if (edge.relation.empty()) r.fail(pointer_append(p, "relation"), "a relation must not be empty");
    edge.directed = r.boolean(e, p, "directed");
    if (!edge.directed && !(source < target)) {
      r.fail(p, "a symmetric edge is stored with source id < target id");
    }
    edge.polarity = parse_polarity(r, pointer_append(p, "polarity"), r.string(e, p, "polarity"));
    edge.cameo = r.string(e, p, "cameo", false);
    edge.plover = r.string(e, p, "plover", false);
    edge.weight = r.count(e, p, "weight");
    edge.documents = r.count(e, p, "documents");
    edge.negated = r.count(e, p, "negated");
    edge.hedged = r.count(e, p, "hedged");
    edge.first_date = r.string(e, p, "first_date", false);
    edge.last_date = r.string(e, p, "last_date", false);
    edge.amounts = r.amounts(e, p, false);
    const Value& evidence = r.array(e, p, "evidence");
    const std::string ep = pointer_append(p, "evidence");
    for (rapidjson::SizeType k = 0; k < evidence.Size(); ++k) {
      const std::string q = pointer_append(ep, k);
      const Value& v = r.object(evidence[k], q);
      Evidence ev;
      ev.doc = r.string(v, q, "doc");
      ev.sentence = r.span(v, q, "sentence");
      ev.rule = r.string(v, q, "rule");
      ev.trigger = r.span(v, q, "trigger");
      ev.source_span = r.span(v, q, "source");
      ev.target_span = r.span(v, q, "target");
      ev.negated = r.boolean(v, q, "negated");
      ev.hedged = r.boolean(v, q, "hedged");
      ev.date = r.string(v, q, "date", false);
      ev.amounts = r.amounts(v, q, true);
      ev.text = r.string(v, q, "text");
      edge.evidence.push_back(std::move(ev));
    }
    if (!std::is_sorted(edge.evidence.begin(), edge.evidence.end(), evidence_less)) {
      std::sort(edge.evidence.begin(), edge.evidence.end(), evidence_less);
    }
    EdgeKey key{source, target, edge.relation};
    if (previous_key && !(*previous_key < key)) {
      if (*previous_key == key) r.fail(p, "edge " + source + " -[" + edge.relation + "]-> " + target + " appears twice");
      canonical = false;
    }
    previous_key = std::move(key);
    graph.g[boost::add_edge(*s, *t, graph.g).first] = std::move(edge);  // add_edge would copy a given property
  }

  if (!canonical) {  // edited by hand or by another tool: bring it into the written order
    GraphParts parts;
    parts.add_graph(graph, src.file);
    const std::string fingerprint = graph.rules_fingerprint;
    return std::move(parts).build(fingerprint);
  }
  return graph;
}

}  // namespace

void write_graph_json(std::ostream& out, const ActorGraph& graph) {
  out << "{\"format\": \"" << kFormatName << "\",\n\"version\": " << kGraphFormatVersion << ",\n\"rules\": ";
  {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    write_string(w, graph.rules_fingerprint);
    out << buf.GetString();
  }
  std::vector<const DocumentInfo*> docs;
  for (const auto& d : graph.documents) docs.push_back(&d);
  std::sort(docs.begin(), docs.end(), [](auto* a, auto* b) { return a->id < b->id; });
  write_list(out, "documents", docs, [](Writer& w, const DocumentInfo* d) { write_document(w, *d); });

  std::vector<Vertex> vertices(boost::vertices(graph.g).first, boost::vertices(graph.g).second);
  std::sort(vertices.begin(), vertices.end(), [&](Vertex a, Vertex b) { return graph.g[a].id < graph.g[b].id; });
  write_list(out, "nodes", vertices, [&](Writer& w, Vertex v) { write_node(w, graph.g[v]); });

  std::vector<Edge> edges(boost::edges(graph.g).first, boost::edges(graph.g).second);
  auto key = [&](Edge e) {
    return std::tie(graph.g[boost::source(e, graph.g)].id, graph.g[boost::target(e, graph.g)].id, graph.g[e].relation);
  };
  std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return key(a) < key(b); });
  write_list(out, "edges", edges, [&](Writer& w, Edge e) {
    write_edge(w, graph.g[boost::source(e, graph.g)].id, graph.g[boost::target(e, graph.g)].id, graph.g[e]);
  });
  out << "\n}\n";
}

ActorGraph read_graph_json(std::istream& in, const std::string& name) {
  std::string text(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) throw InputError(Location(name), "cannot read the graph file");
  if (text.empty()) throw GraphError(Location(name), "empty file; expected an actorgraph graph file");
  return read_graph(parse_json_text(name, std::move(text), ExitCode::graph));
}

ActorGraph load_graph(const std::string& path) {
  if (path == "-") return read_graph_json(std::cin, "<stdin>");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(Location(path), "cannot open the graph file: " + std::string(std::strerror(errno)));
  return read_graph_json(in, path);
}

void save_graph(const std::string& path, const ActorGraph& g) {
  AtomicFile out(path);
  write_graph_json(out.stream(), g);
  out.commit();
}

}  // namespace ag
