// render/renderer.cpp: cut, build, lay out and render a diagram; choose the engine and format.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "render/cut.hpp"
#include "render/dot_builder.hpp"
#include "render/graphviz.hpp"
#include "render/render.hpp"

namespace ag {

std::optional<OutputFormat> parse_output_format(const std::string& name) {
  for (auto f : {OutputFormat::svg, OutputFormat::png, OutputFormat::pdf, OutputFormat::dot})
    if (name == to_string(f)) return f;
  return std::nullopt;
}

OutputFormat format_for_path(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.find_last_of('.');
  std::string ext;
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) ext = path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "gv") return OutputFormat::dot;
  if (auto f = parse_output_format(ext)) return *f;
  throw UsageError(fmt::format("'{}': the output file must end in .svg, .png, .pdf or .dot", path));
}

const char* to_string(OutputFormat f) {
  switch (f) {
    case OutputFormat::svg: return "svg";
    case OutputFormat::png: return "png";
    case OutputFormat::pdf: return "pdf";
    case OutputFormat::dot: return "dot";
  }
  return "?";
}

std::string default_engine(std::size_t nodes, std::size_t edges) {
  // dot ranks the graph and gives every edge label its own room: the most readable drawing, but
  // its crossing minimisation grows fast with size. Trees and forests stay cheap for it.
  const bool small = nodes <= 50 && edges <= 120;
  const bool tree_like = edges <= nodes && nodes <= 300;
  return small || tree_like ? "dot" : "sfdp";
}

std::vector<std::string> layout_engines() {
  detail::GraphvizSession session;
  return session.layout_engines();
}

namespace {

std::string pick_engine(const RenderOptions& o, const detail::GraphvizSession& session,
                        std::size_t nodes, std::size_t edges) {
  const auto engines = session.layout_engines();
  auto have = [&](const std::string& e) {
    return std::find(engines.begin(), engines.end(), e) != engines.end();
  };
  if (!o.layout.empty()) {
    if (have(o.layout)) return o.layout;
    throw UsageError(fmt::format("unknown layout engine '{}' (available: {})", o.layout,
                                 fmt::join(engines, ", ")));
  }
  std::string engine = default_engine(nodes, edges);
  for (const char* fallback : {"fdp", "neato"})
    if (!have(engine)) engine = fallback;
  return engine;
}

detail::DiagramText diagram_text(const ActorGraph& drawn, const ActorGraph& whole,
                                 const RenderOptions& o) {
  detail::DiagramText t;
  t.title = !o.title.empty() ? o.title : !o.corpus.empty() ? o.corpus : "actorgraph";
  t.focus = o.focus;
  const std::size_t n = boost::num_vertices(drawn.g), all = boost::num_vertices(whole.g);
  if (!o.selection.empty()) t.subtitle = o.selection + ": ";
  t.subtitle += n < all ? fmt::format("top {} of {} actors", n, all) : fmt::format("{} actors", n);
  t.subtitle += fmt::format(", {} relations", boost::num_edges(drawn.g));
  if (!whole.documents.empty()) t.subtitle += fmt::format(", {} documents", whole.documents.size());
  const std::string dates = detail::date_range(whole);
  if (!dates.empty()) t.subtitle += ", " + dates;
  return t;
}

// A GraphViz message as the user should read it. The force-directed layouts place edge labels
// only where they overlap nothing and report the rest as a warning.
std::string explain(const std::string& message) {
  unsigned placed = 0, all = 0;
  if (std::sscanf(message.c_str(), "Warning: %u out of %u exterior labels positioned.", &placed, &all) == 2 &&
      placed < all)
    return fmt::format(
        "{} of {} relation labels are not drawn because they would overlap (the SVG's tooltips "
        "name every relation; --layout dot draws them all)",
        all - placed, all);
  return "graphviz: " + message;
}

// gvFreeLayout() before the graph is closed, whatever happens in between.
struct LayoutGuard {
  GVC_t* gvc;
  Agraph_t* g;
  ~LayoutGuard() { gvFreeLayout(gvc, g); }
};

void lay_out_and_render(detail::GraphvizSession& session, Agraph_t* g, const std::string& engine,
                        OutputFormat format, std::ostream& out) {
  auto failure = [&](const char* what) {
    std::string detail;
    for (const auto& m : session.take_messages()) detail += "\n  " + m;
    return OutputError(Location("graphviz"), fmt::format("{} with '{}' failed{}", what, engine, detail));
  };
  // sfdp's coarsening draws from rand() before the layout seeds it, and neato's spline routing
  // from drand48() without seeding it: start every layout from the generators' state in a fresh
  // process (glibc: as after srand(1) and seed48({0, 0, 0})), so that a diagram is the same bytes
  // whether it is the first of the process or not, and the same as `dot -K<engine>` makes.
  std::srand(1);
  unsigned short fresh48[3] = {0, 0, 0};
  seed48(fresh48);
  if (gvLayout(session.context(), g, engine.c_str()) != 0) throw failure("layout");
  LayoutGuard guard{session.context(), g};
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(session.context(), g, to_string(format), &data, &length) != 0 || !data)
    throw failure("rendering");
  out.write(data, static_cast<std::streamsize>(length));
  gvFreeRenderData(data);
}

}  // namespace

RenderResult render_graph(const ActorGraph& graph, const RenderOptions& options, OutputFormat format,
                          std::ostream& out) {
  detail::GraphvizSession session;
  const std::size_t max_nodes = std::max<std::size_t>(options.max_nodes, 1);
  Cut cut = cut_to_top(graph, max_nodes, 4 * max_nodes, options.focus);

  RenderResult result;
  result.nodes = boost::num_vertices(cut.graph.g);
  result.edges = boost::num_edges(cut.graph.g);
  result.engine = pick_engine(options, session, result.nodes, result.edges);
  if (!cut.notice.empty()) result.notices.push_back(cut.notice);

  // The layout is made from the DOT text, parsed back, not from the graph built in memory:
  // GraphViz's layouts depend on the order nodes and edges were created in, and agwrite() writes
  // them in its own order. So `dot -K<engine> FILE.dot` (Makefile.graphviz) draws exactly what
  // actorgraph draws.
  const std::string dot =
      detail::write_dot(detail::build_diagram(cut.graph, diagram_text(cut.graph, graph, options), result.engine).get());
  if (format == OutputFormat::dot)
    out << dot;
  else
    lay_out_and_render(session, detail::read_dot(dot).get(), result.engine, format, out);
  for (auto& m : session.take_messages()) result.notices.push_back(explain(m));
  if (!out) throw OutputError(Location("render"), "cannot write the diagram");
  return result;
}

RenderResult render_file(const ActorGraph& graph, const RenderOptions& options, const std::string& path,
                         std::optional<OutputFormat> format) {
  if (!format) format = format_for_path(path);
  AtomicFile file(path);
  RenderResult result = render_graph(graph, options, *format, file.stream());
  file.commit();
  return result;
}

}  // namespace ag
