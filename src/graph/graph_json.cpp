// graph/graph_json.cpp: writing the graph file (graph_reader.cpp reads it).
//
// Layout: one JSON object, its lists written one element per line, so that a graph file diffs
// and greps well and its size stays close to the compact form:
//   {"format": "actorgraph-graph", "version": 1, "rules": "<fingerprint>",
//    "documents": [\n{...},\n...], "nodes": [\n{...},\n...], "edges": [\n{...},\n...]}
#include "graph/graph_json.hpp"

#include <algorithm>
#include <functional>
#include <future>
#include <utility>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/atomic_file.hpp"
#include "core/ordered_render.hpp"

namespace ag {
namespace {

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

// A JSON list written one element per line: elements are added in batches, each batch rendered on
// up to `threads` threads in runs and written in order (core/ordered_render.hpp), so that a list
// written in one batch and the same list written in many give the same bytes.
class ListWriter {
 public:
  ListWriter(std::ostream& out, std::string_view key, unsigned threads) : out_(out), threads_(threads) {
    out_ << ",\n\"" << key << "\": [";
  }
  template <typename Item, typename One>
  void add(const std::vector<Item>& items, One one) {
    constexpr std::size_t kRun = 512;  // items per rendering run
    const bool first_batch = written_ == 0;
    render_in_order(items.size(), threads_, kRun, [&](std::size_t begin, std::size_t end, std::string& text) {
      rapidjson::StringBuffer buf;
      Writer w(buf);
      for (std::size_t i = begin; i < end; ++i) {
        buf.Clear();
        w.Reset(buf);
        one(w, items[i]);
        if (i > 0 || !first_batch) text += ',';
        text += '\n';
        text.append(buf.GetString(), buf.GetSize());
      }
    }, [&](const std::string& text) { out_.write(text.data(), static_cast<std::streamsize>(text.size())); });
    written_ += items.size();
  }
  void close() { out_ << (written_ == 0 ? "]" : "\n]"); }

 private:
  std::ostream& out_;
  unsigned threads_;
  std::size_t written_ = 0;
};

template <typename Item, typename One>
void write_list(std::ostream& out, std::string_view key, const std::vector<Item>& items, unsigned threads, One one) {
  ListWriter list(out, key, threads);
  list.add(items, one);
  list.close();
}

void write_head(std::ostream& out, const std::string& rules_fingerprint) {
  out << "{\"format\": \"" << kGraphFormatName << "\",\n\"version\": " << kGraphFormatVersion << ",\n\"rules\": ";
  rapidjson::StringBuffer buf;
  Writer w(buf);
  write_string(w, rules_fingerprint);
  out << buf.GetString();
}

// A list whose items come one at a time from `next`, written in batches: what is held at once is
// two batches, whatever the length of the list. With more than one thread the next batch is
// pulled while this one is rendered: `next` is the merge of a build's scratch runs, and pulling
// and rendering by turns left a core idle for half of the writing.
template <typename Item, typename Next, typename One>
void write_streamed_list(std::ostream& out, std::string_view key, unsigned threads, const Next& next, One one) {
  constexpr std::size_t kBatch = 8192;
  ListWriter list(out, key, threads);
  auto pull = [&next](std::vector<Item>& batch) {
    batch.clear();
    for (Item item; batch.size() < kBatch && next(item);) batch.push_back(std::move(item));
  };
  const bool overlap = effective_threads(threads) > 1;
  std::vector<Item> batch, following;
  pull(batch);
  while (!batch.empty()) {
    // (a std::async future waits for its thread when it is destroyed, also when add throws)
    std::future<void> pulled = overlap ? std::async(std::launch::async, pull, std::ref(following)) : std::future<void>{};
    list.add(batch, one);
    if (overlap)
      pulled.get();
    else
      pull(following);
    std::swap(batch, following);
  }
  list.close();
}

}  // namespace

void write_graph_json(std::ostream& out, const ActorGraph& graph, unsigned threads) {
  write_head(out, graph.rules_fingerprint);
  std::vector<const DocumentInfo*> docs;
  for (const auto& d : graph.documents) docs.push_back(&d);
  std::sort(docs.begin(), docs.end(), [](auto* a, auto* b) { return a->id < b->id; });
  write_list(out, "documents", docs, threads, [](Writer& w, const DocumentInfo* d) { write_document(w, *d); });

  std::vector<Vertex> vertices(boost::vertices(graph.g).first, boost::vertices(graph.g).second);
  std::sort(vertices.begin(), vertices.end(), [&](Vertex a, Vertex b) { return graph.g[a].id < graph.g[b].id; });
  write_list(out, "nodes", vertices, threads, [&](Writer& w, Vertex v) { write_node(w, graph.g[v]); });

  std::vector<Edge> edges(boost::edges(graph.g).first, boost::edges(graph.g).second);
  std::sort(edges.begin(), edges.end(),
            [&](Edge a, Edge b) { return edge_order_key(graph.g, a) < edge_order_key(graph.g, b); });
  write_list(out, "edges", edges, threads, [&](Writer& w, Edge e) {
    write_edge(w, graph.g[boost::source(e, graph.g)].id, graph.g[boost::target(e, graph.g)].id, graph.g[e]);
  });
  out << "\n}\n";
}

void write_graph_json(std::ostream& out, GraphInOrder& graph, unsigned threads) {
  write_head(out, graph.rules_fingerprint);
  write_streamed_list<DocumentInfo>(out, "documents", threads, graph.next_document,
                                    [](Writer& w, const DocumentInfo& d) { write_document(w, d); });
  write_list(out, "nodes", graph.nodes, threads, [](Writer& w, const ActorNode& n) { write_node(w, n); });
  write_streamed_list<EdgeInOrder>(out, "edges", threads, graph.next_edge, [&](Writer& w, const EdgeInOrder& e) {
    write_edge(w, graph.nodes[e.source].id, graph.nodes[e.target].id, e.edge);
  });
  out << "\n}\n";
}

void save_graph(const std::string& path, const ActorGraph& g, unsigned threads) {
  AtomicFile out(path);
  write_graph_json(out.stream(), g, threads);
  out.commit();
}

}  // namespace ag
