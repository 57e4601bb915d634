// export/palette.cpp: the diagram's palette translated for the export formats (see the header).
#include "export/palette.hpp"

#include <cmath>

namespace ag::detail {
namespace {

// Two decimals are plenty for a size, and keep the files short and stable.
double round2(double x) { return std::round(x * 100.0) / 100.0; }

std::string_view gexf_shape(std::string_view graphviz) {
  if (graphviz == "ellipse" || graphviz == "circle") return "disc";
  if (graphviz == "box" || graphviz == "rect" || graphviz == "square") return "square";
  if (graphviz == "triangle") return "triangle";
  return "diamond";  // hexagon, octagon, diamond and the rest
}

std::string_view cytoscape_shape(std::string_view graphviz, std::string_view style) {
  if (graphviz == "ellipse" || graphviz == "circle") return "ellipse";
  if (graphviz == "box" || graphviz == "rect")
    return style.find("rounded") != std::string_view::npos ? "round-rectangle" : "rectangle";
  if (graphviz == "hexagon" || graphviz == "octagon" || graphviz == "triangle" || graphviz == "diamond")
    return graphviz;
  return "ellipse";
}

}  // namespace

NodeLook node_look(std::string_view type, double importance, double max) {
  const NodeStyle& s = node_style(type);
  NodeLook look;
  look.fill = s.fill;
  look.border = s.border;
  look.gexf_color = rgb(s.border);
  look.gexf_shape = gexf_shape(s.shape);
  look.cytoscape_shape = cytoscape_shape(s.shape, s.style);
  look.size = round2(node_font_size(importance, max));
  return look;
}

EdgeLook edge_look(std::string_view relation, Polarity polarity, bool fact, std::uint64_t weight, std::uint64_t max) {
  const EdgeStyle& s = edge_style(relation, polarity);
  EdgeLook look;
  look.color = s.color;
  look.rgb = rgb(s.color);
  look.line = fact ? s.line : "dotted";
  look.width = round2(edge_width(weight, max));
  return look;
}

}  // namespace ag::detail
