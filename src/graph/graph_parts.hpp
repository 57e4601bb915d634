// graph/graph_parts.hpp: the graph while it is being assembled or merged: actors, edges and
// documents in ordered maps keyed by stable ids.
//
// Building a graph from a corpus and merging graphs are the same operation: every document adds
// a small part (its actors, its edges, itself) and parts combine by `add`. Combining is
// associative and commutative (sums, min/max, sorted unions cut to a fixed size), so a corpus
// built in one run and the same corpus built in shards and merged give the same graph, byte for
// byte once written.
#pragma once

#include <map>
#include <string>
#include <tuple>

#include "graph/actor_graph.hpp"

namespace ag {

// (source id, target id, relation id); symmetric relations have source id < target id.
using EdgeKey = std::tuple<std::string, std::string, std::string>;

// The order in which an edge keeps its evidence: supporting mentions first, then by document,
// sentence, trigger, actors and rule.
bool evidence_less(const Evidence& a, const Evidence& b);

// Combines `from` into `into` (same actor id / same edge key).
void combine_node(ActorNode& into, const ActorNode& from);
void combine_edge(RelationEdge& into, const RelationEdge& from);
void combine_edge(RelationEdge& into, RelationEdge&& from);  // the same, moving from `from`
// The part of combine_node about who the actor is (label, type, facts, discovered); mention
// counts and aliases are left alone.
void combine_identity(ActorNode& into, const std::string& label, const std::string& type,
                      const std::map<std::string, std::string>& facts, bool discovered);

// Adds one mention to an edge of a single document: counts it, keeps its evidence and amounts.
// Call finish_document_edge once the document's mentions are in.
void add_mention(RelationEdge& edge, Evidence evidence);
void finish_document_edge(RelationEdge& edge);

struct GraphParts {
  std::map<std::string, ActorNode> nodes;
  std::map<EdgeKey, RelationEdge> edges;
  std::map<std::string, DocumentInfo> documents;

  // Throws GraphError (naming `where`) when a document is already present: counting it twice
  // would be wrong.
  void add(GraphParts&& part, const std::string& where);
  void add_graph(const ActorGraph& graph, const std::string& where);

  // The Boost graph: vertices in id order, edges in key order.
  ActorGraph build(std::string rules_fingerprint) &&;
};

}  // namespace ag
