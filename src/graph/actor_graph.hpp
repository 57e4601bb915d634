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
  std::string text;   // the sentence
  std::string rule;
  Span trigger;
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
  std::string first_date;       // ISO dates; empty when unknown
  std::string last_date;
  std::vector<Amount> amounts;     // union of the evidence's amounts, sorted
  std::vector<Evidence> evidence;  // sorted by (doc, sentence.begin, rule)
  // Every field above `evidence` is derived from it (weight, documents, dates, amounts), so that
  // merging graphs is a union of evidence followed by recomputation: associative and commutative.
  bool is_fact() const { return weight > 0; }
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode,
                                    RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// The graph plus what a graph file records about how it was made.
struct ActorGraph {
  Graph g;
  std::map<std::string, Vertex> by_id;      // actor id -> vertex
  std::vector<DocumentInfo> documents;      // sorted by id
  std::string rules_fingerprint;            // hash of the rule pack that built it

  // The vertex of `id`, adding it (with the given node properties) when missing.
  Vertex vertex(const ActorNode& node);
  std::optional<Vertex> find(const std::string& id) const;
};

}  // namespace ag
