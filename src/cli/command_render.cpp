// cli/command_render.cpp: `actorgraph render GRAPH -o FILE.svg|png|pdf|dot`: a relationship
// diagram of the graph, or of the part the filter flags select, drawn with GraphViz (src/render/).
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/filter_flags.hpp"
#include "core/error.hpp"
#include "graph/graph_json.hpp"
#include "query/filter.hpp"
#include "render/render.hpp"

namespace ag::cli {

namespace {

struct RenderSettings {
  std::string graph;
  std::string output;
  std::string format;  // empty: from the output's extension
  RenderOptions render;
  GraphFilter filter;
  std::string focus;
  bool quiet = false;
};

// "around Russia (1 hop), trade and sanction, 2020-01 to 2021" for the diagram's subtitle.
std::string describe_selection(const RenderSettings& s, const std::string& focus_label) {
  std::vector<std::string> parts;
  const GraphFilter& f = s.filter;
  if (!focus_label.empty())
    parts.push_back(fmt::format("around {} ({} hop{})", focus_label, f.depth, f.depth == 1 ? "" : "s"));
  if (!f.types.empty()) parts.push_back(fmt::format("{} actors", fmt::join(f.types, ", ")));
  if (!f.relations.empty()) parts.push_back(fmt::format("{} relations", fmt::join(f.relations, ", ")));
  if (!f.since.empty() || !f.until.empty())
    parts.push_back(fmt::format("mentions {}{}{}", f.since.empty() ? "" : "from " + f.since,
                                f.since.empty() || f.until.empty() ? "" : " ",
                                f.until.empty() ? "" : "until " + f.until));
  if (f.min_weight > 1) parts.push_back(fmt::format("at least {} mentions", f.min_weight));
  if (f.top > 0) parts.push_back(fmt::format("top {} actors", f.top));
  return fmt::format("{}", fmt::join(parts, ", "));
}

// "seeds" for "graphs/seeds.json"; "stdin" for "-".
std::string corpus_name(const std::string& graph_path) {
  if (graph_path == "-") return "stdin";
  return std::filesystem::path(graph_path).stem().string();
}

void run_render(RenderSettings& s) {
  std::optional<OutputFormat> format;
  if (!s.format.empty()) format = parse_output_format(s.format);  // CLI11 checked the name
  else if (s.output == "-") throw UsageError("writing to standard output (-o -) needs --format");
  else format = format_for_path(s.output);  // before loading the graph: a bad name fails fast

  ActorGraph& whole = keep_until_exit([&] { return load_graph(s.graph); });
  std::string focus_label;
  if (!s.focus.empty()) {
    const Vertex v = resolve_actor(whole, s.focus);
    s.filter.focus = s.focus;
    s.render.focus = whole.g[v].id;
    focus_label = whole.g[v].label;
  }
  const ActorGraph& graph = apply_filter_taking(whole, s.filter, keep_until_exit([] { return ActorGraph(); }));
  if (boost::num_vertices(graph.g) == 0)
    throw Error(ExitCode::check_failed, Location(s.graph), "nothing to draw: the filters select no actor");

  if (s.render.corpus.empty()) s.render.corpus = corpus_name(s.graph);
  s.render.selection = describe_selection(s, focus_label);
  const RenderResult r = render_file(graph, s.render, s.output, format);
  for (const auto& notice : r.notices) std::cerr << "actorgraph: notice: " << notice << "\n";
  if (!s.quiet && s.output != "-")
    std::cerr << fmt::format("actorgraph: wrote {} ({} actors, {} relations, {} layout)\n", s.output, r.nodes,
                             r.edges, r.engine);
}

}  // namespace

void add_render_command(CLI::App& app) {
  auto s = std::make_shared<RenderSettings>();
  auto* cmd = app.add_subcommand("render", "Draw a relationship diagram of a graph with GraphViz (SVG, PNG, PDF or DOT)");
  cmd->add_option("GRAPH", s->graph, "Graph file written by 'build' or 'merge' (- for stdin)")->required();
  cmd->add_option("-o,--output", s->output, "The diagram to write (atomically): FILE.svg, .png, .pdf or .dot; - for stdout")
      ->required()
      ->type_name("FILE");
  cmd->add_option("-f,--format", s->format, "svg, png, pdf or dot; default: from the output file's extension")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot"}));
  cmd->add_option("--layout", s->render.layout,
                  "GraphViz layout engine (dot, neato, fdp, sfdp, circo, twopi); default: dot for small or "
                  "tree-like diagrams, sfdp for large ones")
      ->type_name("ENGINE");
  cmd->add_option("--title", s->render.title, "The diagram's title; default: the graph file's name")->type_name("TEXT");
  cmd->add_option("--max-nodes", s->render.max_nodes,
                  "Larger selections are cut to this many actors of highest weighted degree, with a notice")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", s->quiet, "Do not report the file written (notices of cuts are still printed)");
  add_filter_flags(*cmd, s->filter, FilterFlagSet{.focus = &s->focus, .top = true});
  cmd->callback([s] { run_render(*s); });
}

}  // namespace ag::cli
