// graph/written_edges.hpp: reading a piece of a graph file's "edges" list exactly as actorgraph
// writes it, with simdjson.
//
// Most of the time of loading a large graph is parsing its edges. RapidJSON's reader, which reads
// any graph file and names the JSON path of every error (graph_reader.cpp), parses about 150 MB/s
// here; simdjson parses the same edges about four times as fast. This reader takes only the
// writer's layout: every member present, in the written order, of the written type, nothing else.
// Anything else, valid or not, is refused, and the caller reads the file the general way: a file
// gives the same graph and the same errors whichever reader takes its edges.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag::detail {

// An edge as read, before its end points are looked up among the nodes.
struct EdgeRecord {
  std::string source, target;
  RelationEdge edge;
};

class WrittenEdgesReader {
 public:
  WrittenEdgesReader();
  ~WrittenEdgesReader();
  WrittenEdgesReader(WrittenEdgesReader&&) noexcept;
  WrittenEdgesReader& operator=(WrittenEdgesReader&&) noexcept;

  // Appends the edges of `piece` (elements of the list separated by commas) to `out`. False when
  // the piece is not written edges as described above; `out` then holds part of them.
  bool read(std::string_view piece, std::vector<EdgeRecord>& out);

 private:
  struct Parser;  // simdjson's parser and the piece's padded copy, used again for the next piece
  std::unique_ptr<Parser> parser_;
};

}  // namespace ag::detail
