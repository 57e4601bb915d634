// graph/run_merge.cpp: merging spilled runs.
//
// A build spills a run per memory budget's worth of graph, so there are few runs (a handful for
// a corpus of hundreds of megabytes); picking the smallest head by a scan beats a heap at that size.
#include "graph/run_merge.hpp"

#include <tuple>
#include <utility>

#include "graph/graph_parts.hpp"

namespace ag {

RunMerge::RunMerge(const std::vector<SpillFile>& runs, std::vector<std::uint32_t> node_rank,
                   std::vector<std::uint32_t> relation_rank)
    : node_rank_(std::move(node_rank)), relation_rank_(std::move(relation_rank)) {
  heads_.reserve(runs.size());
  for (const SpillFile& run : runs) {
    Head& h = heads_.emplace_back(Head{SpillFile::Reader(run), {}, {}, false, false});
    h.has_document = h.reader.next_document(h.document);
  }
}

bool RunMerge::next_document(DocumentInfo& d) {
  Head* best = nullptr;
  for (Head& h : heads_)
    if (h.has_document && (!best || h.document.id < best->document.id)) best = &h;
  if (!best) return false;
  d = std::move(best->document);
  best->has_document = best->reader.next_document(best->document);
  return true;
}

bool RunMerge::edge_less(const SpilledEdge& a, const SpilledEdge& b) const {
  return std::make_tuple(node_rank_[a.source], node_rank_[a.target], relation_rank_[a.relation]) <
         std::make_tuple(node_rank_[b.source], node_rank_[b.target], relation_rank_[b.relation]);
}

void RunMerge::advance_edge(Head& h) {
  h.has_edge = h.reader.next_edge(h.edge);
}

bool RunMerge::next_edge(SpilledEdge& e) {
  if (!edges_started_) {
    // (Each reader skips the documents not asked for: a run's edges follow its documents.)
    for (Head& h : heads_) advance_edge(h);
    edges_started_ = true;
  }
  Head* best = nullptr;
  for (Head& h : heads_)
    if (h.has_edge && (!best || edge_less(h.edge, best->edge))) best = &h;
  if (!best) return false;
  e = std::move(best->edge);
  advance_edge(*best);
  for (Head& h : heads_) {
    // Within a run keys are unique, so each other run adds at most one edge of this key.
    if (h.has_edge && !edge_less(e, h.edge) && !edge_less(h.edge, e)) {
      combine_edge(e.edge, std::move(h.edge.edge));
      advance_edge(h);
    }
  }
  return true;
}

}  // namespace ag
