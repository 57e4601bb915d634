// render/style.hpp: the palette of every drawing of a graph, as plain data.
//
// The diagram (render/) and the exports that carry colours (GEXF's viz:color, Cytoscape styles)
// read the same tables, so an actor or a relation looks the same in every tool. Colours are
// "#rrggbb" strings; rgb() splits one into components for formats that want numbers.
//
// The rules that make a diagram read at a glance:
//   - an actor's shape and fill say its type (country, organization, person; other types share a
//     neutral style), its size says its importance (weighted degree);
//   - a relation has its own colour; conflictual relations are red and dashed, cooperative ones
//     solid, neutral standing facts (membership, affiliation) grey and dotted;
//   - line width grows with weight (supporting mentions), arrowheads only on directed relations.
// A relation the table does not know (a user's own rule file) is styled by its polarity.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "core/relation.hpp"

namespace ag {

struct NodeStyle {
  std::string_view type;    // actor type ("country"); empty for the fallback
  std::string_view shape;   // GraphViz node shape
  std::string_view style;   // GraphViz style ("filled", "rounded,filled")
  std::string_view fill;    // "#rrggbb"
  std::string_view border;  // "#rrggbb"
  std::string_view legend;  // how the legend describes the shape
};

struct EdgeStyle {
  std::string_view relation;  // relation type id; empty for a polarity fallback
  std::string_view color;     // "#rrggbb"
  std::string_view line;      // GraphViz style: "solid", "dashed" or "dotted"
};

// One row per known actor type, in legend order.
inline constexpr NodeStyle kNodeStyles[] = {
    {"country", "ellipse", "filled", "#dbe9f6", "#1f4e79", "ellipse"},
    {"organization", "box", "rounded,filled", "#e2f0d9", "#38761d", "rounded box"},
    {"person", "hexagon", "filled", "#fff2cc", "#bf9000", "hexagon"},
};
inline constexpr NodeStyle kOtherNodeStyle = {"", "octagon", "filled", "#eeeeee", "#666666",
                                              "octagon"};

// One row per relation of the default pack, in legend order (cooperative, neutral, conflictual).
inline constexpr EdgeStyle kEdgeStyles[] = {
    {"trade", "#1f77b4", "solid"},        {"agreement", "#8c564b", "solid"},
    {"cooperation", "#2ca02c", "solid"},  {"exercise", "#006d2c", "solid"},
    {"meeting", "#17becf", "solid"},      {"visit", "#9467bd", "solid"},
    {"support", "#e377c2", "solid"},      {"arms_transfer", "#ff7f0e", "solid"},
    {"membership", "#7f7f7f", "dotted"},  {"affiliation", "#4d4d4d", "dotted"},
    {"sanction", "#d62728", "dashed"},    {"criticism", "#e8575a", "dashed"},
    {"attack", "#8b0000", "dashed"},
};
// Relations the table does not know, by polarity.
inline constexpr EdgeStyle kCooperativeStyle = {"", "#3a3a3a", "solid"};
inline constexpr EdgeStyle kConflictualStyle = {"", "#c00000", "dashed"};
inline constexpr EdgeStyle kNeutralStyle = {"", "#999999", "dotted"};

// Sizes: font size of an actor's label from the least to the most important actor drawn, and
// line width from the lightest to the heaviest edge drawn.
inline constexpr double kMinNodeFont = 11.0;
inline constexpr double kMaxNodeFont = 20.0;
inline constexpr double kMinEdgeWidth = 1.0;
inline constexpr double kMaxEdgeWidth = 5.0;

const NodeStyle& node_style(std::string_view type);
const EdgeStyle& edge_style(std::string_view relation, Polarity polarity);

// Font size for an actor of `importance` when the most important drawn actor has `max`
// (square-root scale, so that one hub does not flatten everyone else). In [kMinNodeFont, kMaxNodeFont].
double node_font_size(double importance, double max);
// Line width for an edge of `weight` when the heaviest drawn edge has `max` (log scale).
// In [kMinEdgeWidth, kMaxEdgeWidth].
double edge_width(std::uint64_t weight, std::uint64_t max);

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};
// Components of a "#rrggbb" colour from the tables above (black for anything else).
Rgb rgb(std::string_view hex);

}  // namespace ag
