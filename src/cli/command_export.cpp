// cli/command_export.cpp: `actorgraph export GRAPH --format FORMAT -o PATH`: the graph (or the
// part the filter flags select) in the formats other tools import. The writers are in src/export/.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/filter_flags.hpp"
#include "core/error.hpp"
#include "export/export.hpp"
#include "graph/graph_json.hpp"
#include "query/filter.hpp"

namespace ag::cli {

namespace {

struct ExportSettings {
  std::string graph;
  std::string format = "gexf";
  std::string output;
  std::string gexf_version = "1.3";
  GraphFilter filter;
  std::string focus;
};

std::string format_list() {
  std::string names;
  for (const auto name : kExportFormatNames) names += (names.empty() ? "" : "|") + std::string(name);
  return names;
}

void run_export(ExportSettings& s) {
  const ExportFormat format = *parse_export_format(s.format);  // CLI11 checked the name
  const bool directory = format == ExportFormat::csv || format == ExportFormat::neo4j;
  if (directory && s.output == "-")
    throw UsageError("--format " + s.format + " writes several files: give a directory with -o, not -");
  if (!s.focus.empty()) s.filter.focus = s.focus;
  if (!selects_part(s.filter, s.focus)) s.filter.keep_isolated = true;

  ExportOptions options;
  options.gexf_version = *parse_gexf_version(s.gexf_version);
  // Edges that only negated or hedged mentions support are written when the user asked for them.
  options.keep_unsupported = s.filter.include_negated || s.filter.include_hedged || s.filter.min_weight == 0;

  ActorGraph& whole = keep_until_exit([&] { return load_graph(s.graph); });
  const ActorGraph& graph = apply_filter_taking(whole, s.filter, keep_until_exit([] { return ActorGraph(); }));
  const std::vector<std::string> written = export_graph(s.output, format, graph, options);
  if (s.output == "-") return;
  for (const auto& path : written) std::cerr << "actorgraph: wrote " << path << "\n";
  if (format == ExportFormat::neo4j)
    std::cerr << "actorgraph: load it with (Neo4j stopped):\n  " << neo4j_import_command(s.output) << "\n";
}

}  // namespace

void add_export_command(CLI::App& app) {
  auto s = std::make_shared<ExportSettings>();
  auto* cmd = app.add_subcommand(
      "export", "Write a graph for Gephi, Cytoscape, Neo4j, NetworkX or a spreadsheet (" + format_list() + ")");
  cmd->add_option("GRAPH", s->graph, "Graph file written by 'build' or 'merge' (- for stdin)")->required();
  cmd->add_option("--format,-f", s->format,
                  "gexf (Gephi), graphml (NetworkX, igraph, yEd), csv (directory: nodes.csv, edges.csv for Gephi's "
                  "spreadsheet import), cytoscape (Cytoscape.js JSON), neo4j (directory: CSVs for neo4j-admin import)")
      ->check(CLI::IsMember(std::vector<std::string>(kExportFormatNames.begin(), kExportFormatNames.end())))
      ->capture_default_str();
  cmd->add_option("-o,--output", s->output, "Output file (- for stdout), or directory for csv and neo4j")
      ->required()
      ->type_name("PATH");
  cmd->add_option("--gexf-version", s->gexf_version, "GEXF version: 1.3, or 1.2draft for older tools and NetworkX")
      ->check(CLI::IsMember({"1.3", "1.2draft"}))
      ->capture_default_str();
  add_filter_flags(*cmd, s->filter, FilterFlagSet{.focus = &s->focus, .top = true, .keep_isolated = true});
  cmd->callback([s] { run_export(*s); });
}

}  // namespace ag::cli
