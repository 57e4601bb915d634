// render/dot_builder.hpp: an ActorGraph as a styled GraphViz graph (libcgraph), ready for layout.
#pragma once

#include <string>

#include "graph/actor_graph.hpp"
#include "render/graphviz.hpp"

namespace ag::detail {

struct DiagramText {
  std::string title;     // first line of the heading (the corpus name, or the user's title)
  std::string subtitle;  // second line: counts, date range, what was cut
  std::string focus;     // id of the actor drawn with a thick border, if any
};

// Builds the diagram of `g`: one node per actor (named by its id, styled by render/style.hpp),
// one edge per relation edge labelled "relation ×weight", and a heading holding the title and a
// legend of the actor types and relations drawn. `engine` is the layout engine it will be laid
// out with: dot gets ranked edge labels; the force-directed engines get overlap removal and edge
// labels placed beside the edges (dropped where they would overlap).
AgraphPtr build_diagram(const ActorGraph& g, const DiagramText& text, const std::string& engine);

// "2014-05-20 – 2024-05-16" from the documents' dates, else from the edges' dates; "" if none.
std::string date_range(const ActorGraph& g);

// Text escaped for a GraphViz label (a backslash would start an escape such as \N) and for an
// HTML-like label (& < > ").
std::string escape_label(const std::string& s);
std::string escape_html(const std::string& s);

}  // namespace ag::detail
