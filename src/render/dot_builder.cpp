// render/dot_builder.cpp: ActorGraph -> Agraph_t with the palette of render/style.hpp.
//
// Nodes are named by actor id and created in id order, edges in (source id, target id, relation)
// order, and every attribute is declared up front with its default, so the DOT written from the
// result is the same bytes for the same graph.
#include "render/dot_builder.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "render/cut.hpp"
#include "render/style.hpp"

namespace ag::detail {

std::string escape_label(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string escape_html(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string date_range(const ActorGraph& g) {
  std::string first, last;
  auto widen = [&](const std::string& d) {
    if (d.empty()) return;
    if (first.empty() || d < first) first = d;
    if (last.empty() || d > last) last = d;
  };
  for (const auto& doc : g.documents) widen(doc.date);
  if (first.empty())
    for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
      widen(g.g[e].first_date);
      widen(g.g[e].last_date);
    }
  if (first == last) return first;
  return first + " \u2013 " + last;
}

namespace {

char* cstr(const char* s) { return const_cast<char*>(s); }

void declare(Agraph_t* g, int kind, const char* name, const std::string& def) {
  agattr(g, kind, cstr(name), cstr(def.c_str()));
}

void set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, cstr(name), cstr(value.c_str()), cstr(""));
}

void set_html(Agraph_t* root, void* obj, const char* name, const std::string& html) {
  char* h = agstrdup_html(root, cstr(html.c_str()));
  agsafeset(obj, cstr(name), h, cstr(""));
  agstrfree(root, h);
}

std::string num(double v) { return fmt::format("{:.2f}", v); }

// ---- the graph's own attributes ----

// Beyond this many edges the force-directed engines draw straight lines: routing splines around
// the nodes grows quadratically (600 edges take GraphViz ~10 s, 100 edges a fraction of one).
constexpr std::size_t kMaxSplineEdges = 120;

void declare_graph(Agraph_t* g, const std::string& engine, std::size_t edges) {
  declare(g, AGRAPH, "charset", "UTF-8");
  declare(g, AGRAPH, "fontname", "Helvetica");
  declare(g, AGRAPH, "bgcolor", "white");
  declare(g, AGRAPH, "pad", "0.3");
  declare(g, AGRAPH, "labelloc", "t");
  declare(g, AGRAPH, "outputorder", "edgesfirst");
  declare(g, AGRAPH, "layout", engine);  // so that `dot FILE.dot` lays out the DOT output the same way
  if (engine == "dot") {
    declare(g, AGRAPH, "rankdir", "LR");
    declare(g, AGRAPH, "nodesep", "0.35");
    declare(g, AGRAPH, "ranksep", "0.9");
    declare(g, AGRAPH, "splines", "true");
  } else {
    declare(g, AGRAPH, "overlap", "prism");
    declare(g, AGRAPH, "sep", "+14");
    declare(g, AGRAPH, "esep", "+6");
    declare(g, AGRAPH, "splines", edges <= kMaxSplineEdges ? "true" : "line");
    declare(g, AGRAPH, "forcelabels", "false");
  }
  declare(g, AGNODE, "fontname", "Helvetica");
  declare(g, AGNODE, "fontsize", num(kMinNodeFont));
  declare(g, AGNODE, "shape", std::string(kOtherNodeStyle.shape));
  declare(g, AGNODE, "style", std::string(kOtherNodeStyle.style));
  declare(g, AGNODE, "fillcolor", std::string(kOtherNodeStyle.fill));
  declare(g, AGNODE, "color", std::string(kOtherNodeStyle.border));
  declare(g, AGNODE, "penwidth", "1.4");
  declare(g, AGNODE, "margin", "0.12,0.06");
  declare(g, AGNODE, "label", "\\N");
  declare(g, AGNODE, "tooltip", "");
  declare(g, AGEDGE, "fontname", "Helvetica");
  declare(g, AGEDGE, "fontsize", "10");
  declare(g, AGEDGE, "arrowsize", "0.8");
  declare(g, AGEDGE, "dir", "forward");
  declare(g, AGEDGE, "color", std::string(kNeutralStyle.color));
  declare(g, AGEDGE, "fontcolor", "#333333");
  declare(g, AGEDGE, "style", "solid");
  declare(g, AGEDGE, "penwidth", num(kMinEdgeWidth));
  declare(g, AGEDGE, engine == "dot" ? "label" : "xlabel", "");
  declare(g, AGEDGE, "tooltip", "");
}

// ---- the heading: title, subtitle and legend, as the graph's HTML-like label ----

struct LegendRelation {
  std::string id;
  Polarity polarity;
  bool directed;
};

// Where `value` stands in a style table (the table's size when absent): legends follow the tables.
template <typename Style, std::size_t N>
std::size_t table_rank(const Style (&table)[N], std::string_view Style::*field, const std::string& value) {
  for (std::size_t i = 0; i < N; ++i)
    if (table[i].*field == value) return i;
  return N;
}

// Relations in legend order: the table's order, then unknown relations by id.
std::vector<LegendRelation> legend_relations(const Graph& g) {
  std::vector<LegendRelation> found;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto& r = g[e];
    auto same = [&](const LegendRelation& l) { return l.id == r.relation; };
    if (std::none_of(found.begin(), found.end(), same))
      found.push_back({r.relation, r.polarity, r.directed});
  }
  auto rank = [](const std::string& id) { return table_rank(kEdgeStyles, &EdgeStyle::relation, id); };
  std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
    return std::make_tuple(rank(a.id), a.id) < std::make_tuple(rank(b.id), b.id);
  });
  return found;
}

// Actor types in legend order: the table's order, then other types by name.
std::vector<std::string> legend_types(const Graph& g) {
  std::vector<std::string> found;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (std::find(found.begin(), found.end(), g[v].type) == found.end()) found.push_back(g[v].type);
  auto rank = [](const std::string& t) { return table_rank(kNodeStyles, &NodeStyle::type, t); };
  std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
    return std::make_tuple(rank(a), a) < std::make_tuple(rank(b), b);
  });
  return found;
}

std::string type_cells(const std::string& type) {
  const NodeStyle& s = node_style(type);
  return fmt::format(
      "<TD BGCOLOR=\"{}\" COLOR=\"{}\" BORDER=\"1\" WIDTH=\"22\" HEIGHT=\"14\"></TD>"
      "<TD ALIGN=\"LEFT\">{} <FONT COLOR=\"#777777\">({})</FONT></TD>",
      s.fill, s.border, escape_html(type.empty() ? "unknown" : type), s.legend);
}

std::string relation_cells(const LegendRelation& r) {
  const EdgeStyle& s = edge_style(r.id, r.polarity);
  // A sample of the line in box-drawing characters, which join into one stroke (a run of
  // dashes would look dashed whatever it stands for).
  const char* sample = s.line == "dashed"   ? "\u254d\u254d\u254d"
                       : s.line == "dotted" ? "\u2509\u2509\u2509"
                                            : "\u2501\u2501\u2501";
  return fmt::format(
      "<TD ALIGN=\"LEFT\"><FONT COLOR=\"{}\"><B>{}{}</B></FONT></TD>"
      "<TD ALIGN=\"LEFT\">{} <FONT COLOR=\"#777777\">({}, {})</FONT></TD>",
      s.color, sample, r.directed ? "\u25b6" : "", escape_html(r.id), to_string(r.polarity),
      r.directed ? "directed" : "symmetric");
}

std::string legend(const Graph& g) {
  const auto types = legend_types(g);
  const auto relations = legend_relations(g);
  std::string rows =
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Actors</B></TD><TD WIDTH=\"16\"></TD>"
      "<TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Relations</B></TD></TR>";
  const std::size_t n = std::max(types.size(), relations.size());
  for (std::size_t i = 0; i < n; ++i) {
    rows += "<TR>";
    rows += i < types.size() ? type_cells(types[i]) : "<TD></TD><TD></TD>";
    rows += "<TD></TD>";
    rows += i < relations.size() ? relation_cells(relations[i]) : "<TD></TD><TD></TD>";
    rows += "</TR>";
  }
  const auto vs = boost::vertices(g);
  const bool discovered = std::any_of(vs.first, vs.second, [&](Vertex v) { return g[v].discovered; });
  rows += fmt::format(
      "<TR><TD COLSPAN=\"5\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#777777\">"
      "Label size: weighted degree. Line width and \u00d7N: supporting mentions.{}</FONT></TD></TR>",
      discovered ? " Dashed outline: actor discovered in the text." : "");
  return "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
         "CELLPADDING=\"2\" STYLE=\"rounded\">" + rows + "</TABLE>";
}

std::string heading(const Graph& g, const DiagramText& text) {
  std::string rows = fmt::format("<TR><TD><FONT POINT-SIZE=\"22\"><B>{}</B></FONT></TD></TR>",
                                 escape_html(text.title));
  if (!text.subtitle.empty())
    rows += fmt::format("<TR><TD><FONT POINT-SIZE=\"12\" COLOR=\"#555555\">{}</FONT></TD></TR>",
                        escape_html(text.subtitle));
  rows += "<TR><TD>" + legend(g) + "</TD></TR>";
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\">" + rows + "</TABLE>";
}

// ---- nodes and edges ----

std::string node_tooltip(const ActorNode& a) {
  return fmt::format("{} ({}{}): {} mentions", a.label, a.type, a.discovered ? ", discovered" : "",
                     a.mentions);
}

void add_node(Agraph_t* root, const ActorNode& a, double importance, double max_importance,
              bool focus) {
  Agnode_t* n = agnode(root, cstr(a.id.c_str()), 1);
  const NodeStyle& s = node_style(a.type);
  set(n, "label", escape_label(a.label));
  set(n, "shape", std::string(s.shape));
  set(n, "style", std::string(s.style) + (a.discovered ? ",dashed" : ""));
  set(n, "fillcolor", std::string(s.fill));
  set(n, "color", std::string(s.border));
  set(n, "fontsize", num(node_font_size(importance, max_importance)));
  set(n, "tooltip", escape_label(node_tooltip(a)));
  if (focus) set(n, "penwidth", "3.5");
}

std::string edge_tooltip(const Graph& g, Edge e) {
  const auto& r = g[e];
  std::string dates;
  if (!r.first_date.empty())
    dates = r.first_date == r.last_date ? ", " + r.first_date
                                        : ", " + r.first_date + " to " + r.last_date;
  return fmt::format("{} {} {}: {}, {} mentions in {} documents{}", g[boost::source(e, g)].label,
                     r.directed ? "\u2192" : "\u2014", g[boost::target(e, g)].label, r.relation,
                     r.weight, r.documents, dates);
}

// "trade ×9"; an edge shown only because negated or hedged mentions were asked for says so.
std::string edge_label(const RelationEdge& r) {
  if (r.is_fact()) return fmt::format("{} \u00d7{}", r.relation, r.weight);
  std::string label = r.relation + " (";
  if (r.negated > 0) label += fmt::format("negated \u00d7{}", r.negated);
  if (r.negated > 0 && r.hedged > 0) label += ", ";
  if (r.hedged > 0) label += fmt::format("hedged \u00d7{}", r.hedged);
  if (r.negated == 0 && r.hedged == 0) label += "not asserted";
  return label + ")";
}

void add_edge(Agraph_t* root, const Graph& g, Edge e, std::uint64_t max_weight, bool ranked) {
  const auto& r = g[e];
  Agnode_t* t = agnode(root, cstr(g[boost::source(e, g)].id.c_str()), 0);
  Agnode_t* h = agnode(root, cstr(g[boost::target(e, g)].id.c_str()), 0);
  Agedge_t* a = agedge(root, t, h, nullptr, 1);
  const EdgeStyle& s = edge_style(r.relation, r.polarity);
  set(a, ranked ? "label" : "xlabel", escape_label(edge_label(r)));
  set(a, "color", std::string(s.color));
  set(a, "fontcolor", std::string(s.color));
  set(a, "style", r.is_fact() ? std::string(s.line) : "dotted");
  set(a, "penwidth", num(edge_width(r.weight, max_weight)));
  if (!r.directed) set(a, "dir", "none");
  set(a, "tooltip", escape_label(edge_tooltip(g, e)));
}

std::vector<Vertex> vertices_by_id(const Graph& g) {
  std::vector<Vertex> vs(boost::vertices(g).first, boost::vertices(g).second);
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
  return vs;
}

std::vector<Edge> edges_by_key(const Graph& g) {
  std::vector<Edge> es(boost::edges(g).first, boost::edges(g).second);
  std::sort(es.begin(), es.end(), [&](Edge a, Edge b) { return edge_order_key(g, a) < edge_order_key(g, b); });
  return es;
}

}  // namespace

AgraphPtr build_diagram(const ActorGraph& graph, const DiagramText& text, const std::string& engine) {
  const Graph& g = graph.g;
  AgraphPtr root = agopen_dot("actorgraph");
  declare_graph(root.get(), engine, boost::num_edges(g));
  set_html(root.get(), root.get(), "label", heading(g, text));

  const auto degree = weighted_degrees(g);
  std::uint64_t max_degree = 0, max_weight = 0;
  for (const auto& [v, d] : degree) max_degree = std::max(max_degree, d);
  for (auto e : boost::make_iterator_range(boost::edges(g))) max_weight = std::max(max_weight, g[e].weight);

  for (Vertex v : vertices_by_id(g))
    add_node(root.get(), g[v], static_cast<double>(degree.at(v)), static_cast<double>(max_degree),
             g[v].id == text.focus);
  for (Edge e : edges_by_key(g)) add_edge(root.get(), g, e, max_weight, engine == "dot");
  return root;
}

}  // namespace ag::detail
