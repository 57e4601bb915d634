// cli/command_stats.cpp: `actorgraph stats GRAPH`: documents, actors by type, edges by relation.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "graph/graph_json.hpp"
#include "graph/stats.hpp"

namespace ag::cli {

namespace {
struct StatsSettings {
  std::string graph;
  std::string format = "table";
};
}  // namespace

void add_stats_command(CLI::App& app) {
  auto s = std::make_shared<StatsSettings>();
  auto* cmd = app.add_subcommand("stats", "Counts of a graph file: documents, actors by type, edges by relation, dates");
  cmd->add_option("GRAPH", s->graph, "A graph file; - for stdin")->required();
  cmd->add_option("--format", s->format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
  cmd->callback([s] {
    const GraphStats stats = graph_stats(keep_until_exit([&] { return load_graph(s->graph); }));
    if (s->format == "json") {
      write_stats_json(std::cout, stats);
    } else {
      write_stats_table(std::cout, stats);
    }
  });
}

}  // namespace ag::cli
