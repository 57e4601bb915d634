// export/graphml.cpp: GraphML with typed keys, for NetworkX (read_graphml), igraph and Boost
// (read_graphml).
//
// Keys use only the types all three read: boolean, long, double, string. Booleans are written
// 1 and 0, which XML Schema allows and all three read (Boost's reader refuses "true" and "false").
// Lists (aliases, amounts) are joined with "; ". NetworkX, igraph and Boost refuse a graph that mixes directed and
// undirected edges, so the graph has one edgedefault (undirected when every edge is, else
// directed) and each edge's own direction is the `directed` key.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

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

struct Key {
  std::string id;    // unique among keys: n_NAME, e_NAME, g_NAME
  std::string name;  // attr.name
  const char* type;
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}

std::vector<Key> node_keys(const ExportView& view) {
  std::vector<Key> keys;
  const auto add = [&](const std::string& name, const char* type) { keys.push_back({"n_" + name, name, type}); };
  add("label", "string");
  add("type", "string");
  add("aliases", "string");
  add("mentions", "long");
  add("discovered", "boolean");
  for (const auto& fc : view.facts) add(fc.name, "string");
  add("first_date", "string");
  add("last_date", "string");
  add("color", "string");
  add("border_color", "string");
  add("shape", "string");
  add("size", "double");
  return keys;
}

const std::vector<Key>& edge_keys() {
  static const std::vector<Key> keys = [] {
    std::vector<Key> k;
    const auto add = [&](const std::string& name, const char* type) { k.push_back({"e_" + name, name, type}); };
    add("label", "string");
    add("relation", "string");
    add("directed", "boolean");
    add("polarity", "string");
    add("cameo", "string");
    add("plover", "string");
    add("weight", "double");
    add("mentions", "long");
    add("documents", "long");
    add("first_date", "string");
    add("last_date", "string");
    add("amounts", "string");
    add("evidence", "string");
    add("evidence_doc", "string");
    add("status", "string");
    add("negated_mentions", "long");
    add("hedged_mentions", "long");
    add("color", "string");
    add("line", "string");
    add("width", "double");
    return k;
  }();
  return keys;
}

void write_keys(OutputBuffer& out, const char* scope, const std::vector<Key>& keys) {
  for (const auto& k : keys) {
    out << "  <key id=\"";
    out.xml(k.id);
    out << "\" for=\"" << scope << "\" attr.name=\"";
    out.xml(k.name);
    out << "\" attr.type=\"" << k.type << "\"/>\n";
  }
}

const char* boolean(bool value) { return value ? "1" : "0"; }

// `<data key="KEY">VALUE</data>` on its own line, the value written by `write_value`.
template <typename WriteValue>
void data_element(OutputBuffer& out, std::string_view indent, std::string_view key, WriteValue write_value) {
  out << indent << "<data key=\"";
  out.xml(key);
  out << "\">";
  write_value();
  out << "</data>\n";
}

// Text, escaped; nothing for an empty value (absent, not an empty string).
void data(OutputBuffer& out, std::string_view indent, std::string_view key, std::string_view value) {
  if (!value.empty()) data_element(out, indent, key, [&] { out.xml(value); });
}

// A count, formatted in place rather than through std::to_string (same digits).
void data_count(OutputBuffer& out, std::string_view indent, std::string_view key, std::uint64_t value) {
  data_element(out, indent, key, [&] { out.count(value); });
}

// A number, formatted in place as format_number() does.
void data_number(OutputBuffer& out, std::string_view indent, std::string_view key, double value) {
  data_element(out, indent, key, [&] { out.number(value); });
}

void write_node(OutputBuffer& out, const ExportView& view, const ExportNode& n) {
  const ActorNode& a = *n.actor;
  const detail::NodeLook look = detail::node_look(a.type, n.importance, view.max_importance);
  const char* in = "      ";
  out << "    <node id=\"";
  out.xml(a.id);
  out << "\">\n";
  data(out, in, "n_label", clean_line(a.label));
  data(out, in, "n_type", a.type);
  data(out, in, "n_aliases", join(a.aliases_seen));
  data_count(out, in, "n_mentions", a.mentions);
  data(out, in, "n_discovered", boolean(a.discovered));
  for (std::size_t i = 0; i < view.facts.size(); ++i) data(out, in, "n_" + view.facts[i].name, n.facts[i]);
  data(out, in, "n_first_date", n.spell_start);
  data(out, in, "n_last_date", n.spell_end);
  data(out, in, "n_color", look.fill);
  data(out, in, "n_border_color", look.border);
  data(out, in, "n_shape", look.cytoscape_shape);
  data_number(out, in, "n_size", look.size);
  out << "    </node>\n";
}

void write_edge(OutputBuffer& out, const ExportView& view, const ExportEdge& e) {
  const RelationEdge& r = *e.edge;
  const detail::EdgeLook look = detail::edge_look(r.relation, r.polarity, e.fact, r.weight, view.max_weight);
  const char* in = "      ";
  out << "    <edge id=\"";
  out.xml(e.id);
  out << "\" source=\"";
  out.xml(e.source->id);
  out << "\" target=\"";
  out.xml(e.target->id);
  out << "\">\n";
  data(out, in, "e_label", r.relation);
  data(out, in, "e_relation", r.relation);
  data(out, in, "e_directed", boolean(r.directed));
  data(out, in, "e_polarity", to_string(r.polarity));
  data(out, in, "e_cameo", r.cameo);
  data(out, in, "e_plover", r.plover);
  data_number(out, in, "e_weight", e.weight);
  data_count(out, in, "e_mentions", r.weight);
  data_count(out, in, "e_documents", r.documents);
  data(out, in, "e_first_date", e.first_date);
  data(out, in, "e_last_date", e.last_date);
  if (!e.amounts.empty()) data(out, in, "e_amounts", join(e.amounts));
  data(out, in, "e_evidence", e.evidence);
  data(out, in, "e_evidence_doc", e.evidence_doc);
  data(out, in, "e_status", e.status);
  data_count(out, in, "e_negated_mentions", e.negated);
  data_count(out, in, "e_hedged_mentions", e.hedged);
  data(out, in, "e_color", look.color);
  data(out, in, "e_line", look.line);
  data_number(out, in, "e_width", look.width);
  out << "    </edge>\n";
}

}  // namespace

void write_graphml(std::ostream& stream, const ActorGraph& graph, const ExportOptions& options) {
  const ExportView view = detail::make_export_view(graph, options);
  OutputBuffer out(stream);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  write_keys(out, "graph", {{"g_creator", "creator", "string"}, {"g_description", "description", "string"}});
  write_keys(out, "node", node_keys(view));
  write_keys(out, "edge", edge_keys());
  out << "  <graph id=\"actorgraph\" edgedefault=\"" << (view.all_undirected ? "undirected" : "directed") << "\">\n";
  data(out, "    ", "g_creator", view.creator);
  data(out, "    ", "g_description", view.description());
  out.elements(view.nodes.size(), options.threads, [&](OutputBuffer& o, std::size_t i) { write_node(o, view, view.nodes[i]); });
  out.elements(view.edges.size(), options.threads, [&](OutputBuffer& o, std::size_t i) { write_edge(o, view, view.edges[i]); });
  out << "  </graph>\n";
  out << "</graphml>\n";
  out.flush();
}

}  // namespace ag
