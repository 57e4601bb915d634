// export/palette.hpp: the rendered diagram's palette (render/style.hpp) in the terms of the
// export formats, so that a graph opened in Gephi or Cytoscape looks like the report's picture.
//
// render/style.hpp holds the one table of colours, shapes and scales; this file only translates:
// GraphViz shapes become GEXF viz:shape values (disc, square, diamond, triangle: GEXF has no
// more) and Cytoscape.js shapes, the size scale of labels becomes node sizes, the width scale
// becomes edge thickness. GEXF nodes take the type's border colour: Gephi draws nodes as plain
// filled discs, and the diagram's pale fills would vanish on its white canvas.
#pragma once

#include <string_view>

#include "core/relation.hpp"
#include "render/style.hpp"

namespace ag::detail {

struct NodeLook {
  std::string_view fill, border;   // "#rrggbb"
  Rgb gexf_color;                  // the border colour
  std::string_view gexf_shape;     // disc, square, diamond, triangle
  std::string_view cytoscape_shape;
  double size = 0;                 // from the importance scale of the diagram
};

struct EdgeLook {
  std::string_view color;          // "#rrggbb"
  Rgb rgb;
  std::string_view line;           // solid, dashed, dotted (GEXF viz:shape, Cytoscape line-style)
  double width = 0;                // from the width scale of the diagram
};

// `importance`: the actor's weighted degree in the export; `max`: the largest one.
NodeLook node_look(std::string_view type, double importance, double max);

// An edge that is no fact (only negated or hedged mentions) is dotted.
EdgeLook edge_look(std::string_view relation, Polarity polarity, bool fact, std::uint64_t weight, std::uint64_t max);

}  // namespace ag::detail
