// graph/graph_json.hpp: the graph file, the product users keep (JSON, RapidJSON).
//
// Contents: "format" ("actorgraph-graph"), "version" (integer), "rules" (the rule pack's
// fingerprint), "documents" (id, title, date, hash), "nodes", "edges" with their evidence. Output
// is deterministic: nodes sorted by id, edges by (source, target, relation), no timestamps.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/actor_graph.hpp"

namespace ag {

inline constexpr std::string_view kGraphFormatName = "actorgraph-graph";
inline constexpr int kGraphFormatVersion = 1;

// `threads` render the lists' elements in parallel; the bytes are the same for any number.
void write_graph_json(std::ostream& out, const ActorGraph& graph, unsigned threads = 1);
// Throws GraphError naming `name` and the JSON path or offset for a truncated, corrupt or
// other-version file.
ActorGraph read_graph_json(std::istream& in, const std::string& name);

ActorGraph load_graph(const std::string& path);                 // "-" = stdin
void save_graph(const std::string& path, const ActorGraph& g, unsigned threads = 1);  // atomic; "-" = stdout

}  // namespace ag
