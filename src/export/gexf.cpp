// export/gexf.cpp: GEXF for Gephi, version 1.3 (default) or 1.2draft.
//
// Both versions validate against the RELAX NG schemas in gephi/gexf (specs/1.3/gexf.rng with
// xmllint, specs/1.2draft/gexf.rnc with jing): no xsi:schemaLocation (the grammars reject foreign
// attributes), viz elements in the viz namespace. Typed attributes are declared once per class;
// the graph is dynamic (timeformat="date", spells on nodes and edges) when some edge has a date,
// so that Gephi's timeline shows the network grow. Gephi reads `kind` as the edge type, so
// parallel edges of different relations between two actors stay apart (1.3 only: 1.2draft has no
// `kind`, and the relation is the `relation` attribute and the label).
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

struct Dialect {
  const char* ns;
  const char* viz_ns;
  const char* version;
  bool kind;          // edges carry kind=
  bool mixed_edges;   // edges carry their own type= (directed / undirected)
};

constexpr Dialect kGexf13{"http://gexf.net/1.3", "http://gexf.net/1.3/viz", "1.3", true, true};
constexpr Dialect kGexf12{"http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "1.2", false, false};

// ` name="VALUE"`, the value written by `write_value`.
template <typename WriteValue>
void attr_with(OutputBuffer& out, std::string_view name, WriteValue write_value) {
  out << ' ' << name << "=\"";
  write_value();
  out << '"';
}

// ` name="value"` with the value escaped.
void attr(OutputBuffer& out, std::string_view name, std::string_view value) {
  attr_with(out, name, [&] { out.xml(value); });
}

// ` name="value"` for a number, which needs no escaping.
void number_attr(OutputBuffer& out, std::string_view name, double value) {
  attr_with(out, name, [&] { out.number(value); });
}

// Gephi's list syntax: ["a", "b"] with \ and " escaped inside the quotes.
std::string gephi_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += '"';
    for (const char c : items[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "]";
}

struct AttrDecl {
  std::string id;
  const char* type;
};

std::vector<AttrDecl> node_attributes(const ExportView& view) {
  std::vector<AttrDecl> a{{"type", "string"}, {"aliases", "liststring"}, {"mentions", "long"},
                          {"discovered", "boolean"}};
  for (const auto& fc : view.facts) a.push_back({fc.name, "string"});
  a.push_back({"first_date", "string"});
  a.push_back({"last_date", "string"});
  return a;
}

const std::vector<AttrDecl>& edge_attributes() {
  static const std::vector<AttrDecl> a{
      {"relation", "string"},   {"directed", "boolean"},     {"polarity", "string"},
      {"cameo", "string"},      {"plover", "string"},        {"mentions", "long"},
      {"documents", "long"},    {"first_date", "string"},    {"last_date", "string"},
      {"amounts", "liststring"}, {"evidence", "string"},      {"evidence_doc", "string"},
      {"status", "string"},     {"negated_mentions", "long"}, {"hedged_mentions", "long"}};
  return a;
}

void write_declarations(OutputBuffer& out, const char* cls, const std::vector<AttrDecl>& attrs) {
  out << "    <attributes";
  attr(out, "class", cls);
  out << ">\n";
  for (const auto& a : attrs) {
    out << "      <attribute";
    attr(out, "id", a.id);
    attr(out, "title", a.id);
    attr(out, "type", a.type);
    out << "/>\n";
  }
  out << "    </attributes>\n";
}

class AttValues {
 public:
  explicit AttValues(OutputBuffer& out) : out_(out) {}
  void add(std::string_view id, std::string_view value) {
    if (value.empty()) return;  // an absent value, not an empty string
    entry(id, [&] { out_.xml(value); });
  }
  // A count, formatted in place rather than through std::to_string (same digits).
  void add_count(std::string_view id, std::uint64_t value) {
    entry(id, [&] { out_.count(value); });
  }
  ~AttValues() {
    if (open_) out_ << "        </attvalues>\n";
  }
  AttValues(const AttValues&) = delete;
  AttValues& operator=(const AttValues&) = delete;

 private:
  // `<attvalue for="ID" value="VALUE"/>`, the value written by `write_value`; whole literals
  // around it, since a GEXF edge has about 15 of these.
  template <typename WriteValue>
  void entry(std::string_view id, WriteValue write_value) {
    if (!open_) out_ << "        <attvalues>\n";
    open_ = true;
    out_ << "          <attvalue for=\"";
    out_.xml(id);
    out_ << "\" value=\"";
    write_value();
    out_ << "\"/>\n";
  }

  OutputBuffer& out_;
  bool open_ = false;
};

void write_spell(OutputBuffer& out, const std::string& start, const std::string& end) {
  if (start.empty()) return;
  out << "        <spells>\n          <spell";
  attr(out, "start", start);
  attr(out, "end", end);
  out << "/>\n        </spells>\n";
}

void write_color(OutputBuffer& out, const Rgb& c) {
  out << "        <viz:color r=\"";
  out.count(c.r);
  out << "\" g=\"";
  out.count(c.g);
  out << "\" b=\"";
  out.count(c.b);
  out << "\"/>\n";
}

void write_node(OutputBuffer& out, const ExportView& view, const ExportNode& n) {
  const ActorNode& a = *n.actor;
  out << "      <node";
  attr(out, "id", a.id);
  attr(out, "label", clean_line(a.label));
  out << ">\n";
  {
    AttValues values(out);
    values.add("type", a.type);
    if (!a.aliases_seen.empty()) values.add("aliases", gephi_list(a.aliases_seen));
    values.add_count("mentions", a.mentions);
    values.add("discovered", a.discovered ? "true" : "false");
    for (std::size_t i = 0; i < view.facts.size(); ++i) values.add(view.facts[i].name, n.facts[i]);
    values.add("first_date", n.spell_start);
    values.add("last_date", n.spell_end);
  }
  if (!n.timeless) write_spell(out, n.spell_start, n.spell_end);
  const detail::NodeLook look = detail::node_look(a.type, n.importance, view.max_importance);
  write_color(out, look.gexf_color);
  out << "        <viz:size";
  number_attr(out, "value", look.size);
  out << "/>\n        <viz:shape";
  attr(out, "value", look.gexf_shape);
  out << "/>\n      </node>\n";
}

void write_edge(OutputBuffer& out, const Dialect& d, const ExportView& view, const ExportEdge& e) {
  const RelationEdge& r = *e.edge;
  const std::string relation = clean_line(r.relation);
  out << "      <edge";
  attr(out, "id", e.id);
  attr(out, "source", e.source->id);
  attr(out, "target", e.target->id);
  if (d.mixed_edges) attr(out, "type", r.directed ? "directed" : "undirected");
  if (d.kind) attr(out, "kind", relation);
  attr(out, "label", relation);
  number_attr(out, "weight", e.weight);
  out << ">\n";
  {
    AttValues values(out);
    values.add("relation", r.relation);
    values.add("directed", r.directed ? "true" : "false");
    values.add("polarity", to_string(r.polarity));
    values.add("cameo", r.cameo);
    values.add("plover", r.plover);
    values.add_count("mentions", r.weight);
    values.add_count("documents", r.documents);
    values.add("first_date", e.first_date);
    values.add("last_date", e.last_date);
    if (!e.amounts.empty()) values.add("amounts", gephi_list(e.amounts));
    values.add("evidence", e.evidence);
    values.add("evidence_doc", e.evidence_doc);
    values.add("status", e.status);
    values.add_count("negated_mentions", e.negated);
    values.add_count("hedged_mentions", e.hedged);
  }
  write_spell(out, e.spell_start, e.spell_end);
  const detail::EdgeLook look = detail::edge_look(r.relation, r.polarity, e.fact, r.weight, view.max_weight);
  write_color(out, look.rgb);
  out << "        <viz:thickness";
  number_attr(out, "value", look.width);
  out << "/>\n        <viz:shape";
  attr(out, "value", look.line);
  out << "/>\n      </edge>\n";
}

void write_meta(OutputBuffer& out, const ExportView& view) {
  // The date of the corpus's last document, never the clock: the same graph gives the same file.
  const std::string modified = detail::period_end(view.last_date);
  out << "  <meta";
  if (!modified.empty()) attr(out, "lastmodifieddate", modified);
  out << ">\n    <creator>";
  out.xml(view.creator);
  out << "</creator>\n    <description>";
  out.xml(view.description());
  out << "</description>\n  </meta>\n";
}

void write_header(OutputBuffer& out, const Dialect& d, const ExportView& view) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf";
  attr(out, "xmlns", d.ns);
  attr(out, "xmlns:viz", d.viz_ns);
  attr(out, "version", d.version);
  out << ">\n";
  write_meta(out, view);
  const bool undirected = !d.mixed_edges && view.all_undirected;
  out << "  <graph";
  attr(out, "defaultedgetype", undirected ? "undirected" : "directed");
  if (view.dated) {
    attr(out, "mode", "dynamic");
    attr(out, "timeformat", "date");
  } else {
    attr(out, "mode", "static");
  }
  out << ">\n";
  write_declarations(out, "node", node_attributes(view));
  write_declarations(out, "edge", edge_attributes());
}

}  // namespace

void write_gexf(std::ostream& stream, const ActorGraph& graph, const ExportOptions& options) {
  const Dialect& d = options.gexf_version == GexfVersion::v1_3 ? kGexf13 : kGexf12;
  const ExportView view = detail::make_export_view(graph, options);
  OutputBuffer out(stream);
  write_header(out, d, view);
  out << "    <nodes count=\"";
  out.count(view.nodes.size());
  out << "\">\n";
  out.elements(view.nodes.size(), options.threads, [&](OutputBuffer& o, std::size_t i) { write_node(o, view, view.nodes[i]); });
  out << "    </nodes>\n    <edges count=\"";
  out.count(view.edges.size());
  out << "\">\n";
  out.elements(view.edges.size(), options.threads, [&](OutputBuffer& o, std::size_t i) { write_edge(o, d, view, view.edges[i]); });
  out << "    </edges>\n  </graph>\n</gexf>\n";
  out.flush();
}

}  // namespace ag
