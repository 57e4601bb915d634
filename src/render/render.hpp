// render/render.hpp: relationship diagrams of a graph with GraphViz (a last pipeline stage).
//
//   ActorGraph --cut_to_top--> at most max_nodes actors --build_diagram--> Agraph_t (libcgraph)
//              --agwrite--> DOT text --agmemread + gvLayout + gvRenderData (libgvc, plugins
//              linked in)--> SVG | PNG | PDF,
//   or the DOT text itself (not laid out) for users who script GraphViz themselves.
//
// Output is deterministic: the same graph gives the same bytes, in every format but PDF (cairo
// stamps PDFs with the time), on a machine with the same GraphViz and fonts; and
// `dot -K<engine> -T<format> FILE.dot` on actorgraph's DOT gives the same bytes as actorgraph.
//
// Choosing what to draw (focus, relations, dates, ...) is query/filter.hpp's job; this stage draws
// the graph it is given, cut to its most important actors when it is too large to draw quickly.
//
// Threads: GraphViz keeps global state and is not thread-safe. Every GraphViz call of actorgraph
// is made from render_graph(), which holds one process-wide lock for its whole run, so renders
// never overlap; call it from one thread (the CLI's main thread) and do not use GraphViz
// elsewhere in the same process.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag {

enum class OutputFormat { svg, png, pdf, dot };

// The format named by a file name's extension (case-insensitive): .svg .png .pdf .dot (.gv).
// Throws UsageError for anything else.
OutputFormat format_for_path(const std::string& path);
const char* to_string(OutputFormat f);

inline constexpr std::size_t kDefaultMaxNodes = 150;

struct RenderOptions {
  std::string title;        // replaces the default title (the corpus name) when not empty
  std::string corpus;       // the corpus name for the default title, e.g. the graph file's stem
  std::string layout;       // GraphViz engine (dot, neato, fdp, sfdp, circo, twopi); empty: by size
  std::string selection;    // what was chosen from the graph ("around Russia, 1 hop"), shown under the title
  std::string focus;        // id of an actor to emphasise (thick border); the cut always keeps it
  std::size_t max_nodes = kDefaultMaxNodes;  // larger graphs are cut to their top actors
};

struct RenderResult {
  std::string engine;                 // the layout engine used (chosen or asked for)
  std::size_t nodes = 0, edges = 0;   // what was drawn
  std::vector<std::string> notices;   // for the user (the CLI prints them on stderr): cuts, GraphViz warnings
};

// Draws `graph` in `format` into `out`. Throws UsageError for an unknown layout engine and
// OutputError when GraphViz fails.
RenderResult render_graph(const ActorGraph& graph, const RenderOptions& options, OutputFormat format,
                          std::ostream& out);

// The same, written atomically to `path` ("-" = stdout) in `format`, or when none is given in
// the format its extension names.
RenderResult render_file(const ActorGraph& graph, const RenderOptions& options, const std::string& path,
                         std::optional<OutputFormat> format = std::nullopt);

// The format named "svg", "png", "pdf" or "dot" (nullopt for anything else).
std::optional<OutputFormat> parse_output_format(const std::string& name);

// The layout engines this build can use (linked-in plugins), sorted.
std::vector<std::string> layout_engines();

// The engine chosen when none is asked for: dot for small or tree-like graphs, else sfdp.
std::string default_engine(std::size_t nodes, std::size_t edges);

}  // namespace ag
