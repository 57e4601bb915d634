// export/cytoscape.cpp: Cytoscape.js JSON (also what Cytoscape desktop imports as .cyjs).
//
// {"data": {graph}, "elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}: ids are
// unique across nodes and edges; every value is a plain JSON scalar or list of strings, which
// Cytoscape desktop turns into table columns. `name` (the label) and `interaction` (the
// relation) are the columns Cytoscape desktop's default style reads; color, shape, size, width
// and line_style carry the diagram palette for a style mapping.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/prettywriter.h>

#include "export/export.hpp"
#include "export/export_view.hpp"
#include "export/output_buffer.hpp"
#include "export/palette.hpp"
#include "export/text_clean.hpp"

namespace ag {
namespace {

using detail::ExportEdge;
using detail::ExportNode;
using detail::ExportView;
using detail::OutputBuffer;

// rapidjson's output stream over an OutputBuffer. The writer puts one character at a time, and
// std::ostream::put (rapidjson::OStreamWrapper) made that most of the time of a large export.
class BufferStream {
 public:
  using Ch = char;
  explicit BufferStream(OutputBuffer& out) : out_(out) {}
  void Put(char c) { out_ << c; }
  void Flush() {}  // write_cytoscape flushes the buffer when done

 private:
  OutputBuffer& out_;
};

using JsonWriter = rapidjson::PrettyWriter<BufferStream>;

// A string value as clean_text() makes it; most values are clean already, and go as they are.
void string_value(JsonWriter& w, std::string_view value) {
  if (is_clean_line(value)) {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    return;
  }
  const std::string clean = clean_text(value);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void key(JsonWriter& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

void put(JsonWriter& w, std::string_view k, std::string_view value) {
  if (value.empty()) return;
  key(w, k);
  string_value(w, value);
}

void put(JsonWriter& w, std::string_view k, double value) {
  key(w, k);
  w.Double(value);
}

void put_count(JsonWriter& w, std::string_view k, std::uint64_t value) {
  key(w, k);
  w.Uint64(value);
}

void put_bool(JsonWriter& w, std::string_view k, bool value) {
  key(w, k);
  w.Bool(value);
}

void put_list(JsonWriter& w, std::string_view k, const std::vector<std::string>& items) {
  if (items.empty()) return;
  key(w, k);
  w.StartArray();
  for (const auto& s : items) string_value(w, s);
  w.EndArray();
}

void write_node(JsonWriter& w, const ExportView& view, const ExportNode& n) {
  const ActorNode& a = *n.actor;
  const detail::NodeLook look = detail::node_look(a.type, n.importance, view.max_importance);
  w.StartObject();
  key(w, "data");
  w.StartObject();
  put(w, "id", a.id);
  put(w, "label", clean_line(a.label));
  put(w, "name", clean_line(a.label));
  put(w, "type", a.type);
  put_list(w, "aliases", a.aliases_seen);
  put_count(w, "mentions", a.mentions);
  put_bool(w, "discovered", a.discovered);
  for (std::size_t i = 0; i < view.facts.size(); ++i) put(w, view.facts[i].name, n.facts[i]);
  put(w, "first_date", n.spell_start);
  put(w, "last_date", n.spell_end);
  put(w, "color", look.fill);
  put(w, "border_color", look.border);
  put(w, "shape", look.cytoscape_shape);
  put(w, "size", look.size);
  w.EndObject();
  w.EndObject();
}

void write_edge(JsonWriter& w, const ExportView& view, const ExportEdge& e) {
  const RelationEdge& r = *e.edge;
  const detail::EdgeLook look = detail::edge_look(r.relation, r.polarity, e.fact, r.weight, view.max_weight);
  w.StartObject();
  key(w, "data");
  w.StartObject();
  put(w, "id", e.id);
  put(w, "source", e.source->id);
  put(w, "target", e.target->id);
  put(w, "label", r.relation);
  put(w, "interaction", r.relation);
  put(w, "relation", r.relation);
  put_bool(w, "directed", r.directed);
  put(w, "polarity", to_string(r.polarity));
  put(w, "cameo", r.cameo);
  put(w, "plover", r.plover);
  put(w, "weight", e.weight);
  put_count(w, "mentions", r.weight);
  put_count(w, "documents", r.documents);
  put(w, "first_date", e.first_date);
  put(w, "last_date", e.last_date);
  put_list(w, "amounts", e.amounts);
  put(w, "evidence", e.evidence);
  put(w, "evidence_doc", e.evidence_doc);
  put(w, "status", e.status);
  put_count(w, "negated_mentions", e.negated);
  put_count(w, "hedged_mentions", e.hedged);
  put(w, "color", look.color);
  put(w, "line_style", look.line);
  put(w, "width", look.width);
  w.EndObject();
  w.EndObject();
}

}  // namespace

void write_cytoscape(std::ostream& stream, const ActorGraph& graph, const ExportOptions& options) {
  const ExportView view = detail::make_export_view(graph, options);
  OutputBuffer out(stream);
  BufferStream os(out);
  JsonWriter w(os);
  w.SetIndent(' ', 2);
  w.StartObject();
  key(w, "format_version");
  w.String("1.0");
  key(w, "generated_by");
  w.String(view.creator.c_str());
  key(w, "target_cytoscapejs_version");
  w.String("~3.2");
  key(w, "data");
  w.StartObject();
  put(w, "name", "actorgraph");
  put(w, "description", view.description());
  put_count(w, "documents", view.documents);
  put(w, "first_date", view.first_date);
  put(w, "last_date", view.last_date);
  w.EndObject();
  key(w, "elements");
  w.StartObject();
  key(w, "nodes");
  w.StartArray();
  for (const auto& n : view.nodes) {
    write_node(w, view, n);
    out.flush_if_full();
  }
  w.EndArray();
  key(w, "edges");
  w.StartArray();
  for (const auto& e : view.edges) {
    write_edge(w, view, e);
    out.flush_if_full();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  out << '\n';
  out.flush();
}

}  // namespace ag
