// graph/actor_graph.hpp: the assembled knowledge graph (the fifth stage's product).
//
// A Boost.Graph adjacency_list (directed, bidirectional, bundled properties) with a lookup from
// actor id to vertex. A vertex is an actor; an edge aggregates every mention of one relation
// between one ordered pair of actors (one unordered pair, stored with source id < target id, for
// symmetric relations). Negated and hedged mentions stay on the edge as evidence but do not count
// toward its weight; an edge whose weight is 0 is not a fact and is hidden unless asked for.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/relation.hpp"

namespace ag {

struct DocumentInfo {
  std::string id;
  std::string title;
  std::string date;
  std::string hash;  // content hash of the original bytes (hex)
};

struct Evidence {
  std::string doc;
  Span sentence;
  std::string text;   // the sentence, exactly as in the document
  std::string rule;
  Span trigger;
  Span source_span, target_span;  // the actor mentions the rule used
  bool negated = false;
  bool hedged = false;
  std::string date;   // the date this mention is dated by (attribute, else document date), may be empty
  std::vector<Amount> amounts;  // amounts found in the sentence
};

struct ActorNode {
  std::string id;
  std::string label;
  std::string type;
  std::vector<std::string> aliases_seen;   // sorted, unique surface forms
  std::uint64_t mentions = 0;
  std::map<std::string, std::string> facts;
  bool discovered = false;
};

struct RelationEdge {
  std::string relation;     // relation type id
  bool directed = true;
  Polarity polarity = Polarity::neutral;
  std::string cameo;
  std::string plover;
  std::uint64_t weight = 0;     // supporting (not negated, not hedged) mentions
  std::uint64_t documents = 0;  // distinct documents among supporting mentions
  std::uint64_t negated = 0;    // negated mentions
  std::uint64_t hedged = 0;     // hedged (and not negated) mentions
  std::string first_date;       // ISO dates of supporting mentions; empty when unknown
  std::string last_date;
  std::vector<Amount> amounts;     // distinct amounts (span cleared), by (currency, value, text); at most kMaxEdgeAmounts
  std::vector<Evidence> evidence;  // by evidence_less (graph/edge_merge.hpp); at most kMaxEdgeEvidence
  // Counts, dates and the kept evidence and amounts combine by sum, min/max and a sorted union cut
  // to the first N: merging graphs is associative and commutative, and memory grows with the
  // number of edges, not with the corpus.
  bool is_fact() const { return weight > 0; }
};

// How much evidence and how many amounts an edge keeps (supporting mentions first, then in
// document order). The counts above always count every mention.
inline constexpr std::size_t kMaxEdgeEvidence = 16;
inline constexpr std::size_t kMaxEdgeAmounts = 16;

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode,
                                    RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// An edge's place in the order a graph file lists edges (and exports and queries show them):
// (source id, target id, relation). Compare two with <.
inline auto edge_order_key(const Graph& g, Edge e) {
  return std::tie(g[boost::source(e, g)].id, g[boost::target(e, g)].id, g[e].relation);
}

// The graph plus what a graph file records about how it was made.
struct ActorGraph {
  Graph g;
  std::unordered_map<std::string, Vertex> by_id;  // actor id -> vertex (never iterated: no order)
  std::vector<DocumentInfo> documents;      // sorted by id, unique
  std::string rules_fingerprint;            // hash of the rule pack that built it

  // The vertex of `id`, adding it (with the given node properties) when missing.
  Vertex vertex(const ActorNode& node);
  std::optional<Vertex> find(const std::string& id) const;
};

}  // namespace ag
