// graph/run_merge.hpp: the runs a build spilled to disk, merged back into one graph in written order.
//
// Every run holds its documents in id order and its edges in written order, so the runs merge as
// sorted lists do: one item of each run is held at a time. Edges of the same key in several runs
// combine as any two parts of a graph do (graph/graph_parts.hpp: sums, min/max, sorted unions cut
// to a fixed size), which is associative and commutative: where a build cut its runs never
// changes the graph.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/spill_file.hpp"

namespace ag {

class RunMerge {
 public:
  // `node_rank[n]`: node n's place among all nodes in id order; `relation_rank[r]`: relation r's
  // place in id order. Both must order every run as it was written (ranks taken when a run had
  // fewer nodes order those nodes the same way). The runs must outlive the merge.
  RunMerge(const std::vector<SpillFile>& runs, std::vector<std::uint32_t> node_rank,
           std::vector<std::uint32_t> relation_rank);

  // The documents of all runs in id order, then the edges; each false once done.
  bool next_document(DocumentInfo& d);
  // The next edge, combined over the runs that hold its key (only counts, dates, amounts and
  // evidence are set: the caller fills in what the relation type gives).
  bool next_edge(SpilledEdge& e);

  std::uint32_t node_rank(std::uint32_t node) const { return node_rank_[node]; }

 private:
  struct Head {
    SpillFile::Reader reader;
    DocumentInfo document;
    SpilledEdge edge;
    bool has_document = false, has_edge = false;
  };
  bool edge_less(const SpilledEdge& a, const SpilledEdge& b) const;
  void advance_edge(Head& h);

  std::vector<Head> heads_;
  std::vector<std::uint32_t> node_rank_, relation_rank_;
  bool edges_started_ = false;
};

}  // namespace ag
