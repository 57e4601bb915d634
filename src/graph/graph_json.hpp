// graph/graph_json.hpp: the graph file, the product users keep (JSON, RapidJSON).
//
// Contents: "format" ("actorgraph-graph"), "version" (integer), "rules" (the rule pack's
// fingerprint), "documents" (id, title, date, hash), "nodes", "edges" with their evidence. Output
// is deterministic: nodes sorted by id, edges by (source, target, relation), no timestamps.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag {

inline constexpr std::string_view kGraphFormatName = "actorgraph-graph";
inline constexpr int kGraphFormatVersion = 1;

// `threads` render the lists' elements in parallel; the bytes are the same for any number.
void write_graph_json(std::ostream& out, const ActorGraph& graph, unsigned threads = 1);

// A graph handed over in written order, a piece at a time, so that it never has to be in memory
// whole (a build that spilled runs to disk merges them as it writes: graph/run_merge.hpp).
struct EdgeInOrder {
  std::uint32_t source = 0, target = 0;  // indexes into GraphInOrder::nodes
  RelationEdge edge;
};
struct GraphInOrder {
  std::string rules_fingerprint;
  std::function<bool(DocumentInfo&)> next_document;  // in id order; false once done
  std::vector<ActorNode> nodes;                      // in id order
  std::function<bool(EdgeInOrder&)> next_edge;       // in (source id, target id, relation) order
};
// The same bytes as writing the ActorGraph these pieces make up.
void write_graph_json(std::ostream& out, GraphInOrder& graph, unsigned threads = 1);

// How a graph file is read. A file laid out as the writer lays it out has its "edges" list read
// in pieces of about `piece_bytes` on `threads` threads (0: every core) by a fast reader of that
// layout only; any other file, and any file with an error, is read in one pass by the reader of
// any layout (also with `pieces` false). The graph, or the error, is the same either way.
struct GraphReading {
  unsigned threads = 0;
  std::size_t piece_bytes = std::size_t{1} << 20;
  std::size_t* pieces_read = nullptr;  // when set: how many pieces were read (0: one pass)
  bool pieces = true;
};

// Throws GraphError naming `name` and the JSON path or offset for a truncated, corrupt or
// other-version file.
ActorGraph read_graph_json(std::istream& in, const std::string& name, const GraphReading& how = {});

ActorGraph load_graph(const std::string& path, const GraphReading& how = {});  // "-" = stdin
void save_graph(const std::string& path, const ActorGraph& g, unsigned threads = 1);  // atomic; "-" = stdout

}  // namespace ag
