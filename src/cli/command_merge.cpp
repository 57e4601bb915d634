// cli/command_merge.cpp: `actorgraph merge A.json B.json ... -o C.json`.
#include "cli/commands.hpp"
#include "graph/graph_json.hpp"
#include "graph/merge.hpp"

namespace ag::cli {

namespace {
struct MergeSettings {
  std::vector<std::string> inputs;
  std::string output;
  bool allow_different_rules = false;
};
}  // namespace

void add_merge_command(CLI::App& app) {
  auto s = std::make_shared<MergeSettings>();
  auto* cmd = app.add_subcommand("merge", "Merge graph files (e.g. built from shards of a corpus) into one");
  cmd->add_option("GRAPH", s->inputs, "Graph files written by `build` or `merge`")->required();
  cmd->add_option("-o,--output", s->output, "The merged graph file (written atomically); - for stdout")->required();
  cmd->add_flag("--allow-different-rules", s->allow_different_rules,
                "Merge graphs built with different rule packs (refused by default: they count different things)");
  cmd->callback([s] {
    std::vector<NamedGraph> graphs;
    graphs.reserve(s->inputs.size());
    for (const auto& path : s->inputs) graphs.push_back({path, load_graph(path)});
    save_graph(s->output, merge_graphs(graphs, MergeOptions{s->allow_different_rules}));
  });
}

}  // namespace ag::cli
