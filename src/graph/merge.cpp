// graph/merge.cpp: merging graph files.
#include "graph/merge.hpp"

#include <set>
#include <sstream>

#include "core/error.hpp"
#include "graph/graph_parts.hpp"

namespace ag {
namespace {

// "a+b" -> {a, b}: a merged graph's fingerprint is a set, so merging merged graphs stays associative.
void split_fingerprint(const std::string& fp, std::set<std::string>& out) {
  std::istringstream in(fp);
  for (std::string part; std::getline(in, part, '+');) out.insert(part);
}

}  // namespace

ActorGraph merge_graphs(const std::vector<NamedGraph>& graphs, const MergeOptions& options) {
  std::set<std::string> fingerprints;
  for (const auto& [name, graph] : graphs) {
    if (!options.allow_different_rules && !graphs.empty() && graph.rules_fingerprint != graphs.front().graph.rules_fingerprint) {
      throw GraphError(Location(name), "built with other rules (fingerprint " + graph.rules_fingerprint + ") than " +
                                           graphs.front().name + " (" + graphs.front().graph.rules_fingerprint +
                                           "); rebuild both with the same rules, or merge with --allow-different-rules");
    }
    split_fingerprint(graph.rules_fingerprint, fingerprints);
  }
  GraphParts parts;
  for (const auto& [name, graph] : graphs) parts.add_graph(graph, name);
  std::string fingerprint;
  for (const auto& fp : fingerprints) fingerprint += (fingerprint.empty() ? "" : "+") + fp;
  return std::move(parts).build(fingerprint);
}

}  // namespace ag
