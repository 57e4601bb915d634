// export/export_view.hpp: the graph as every exporter writes it: a flat, sorted list of nodes
// and edges with the values the formats share (ids, weights, status, dates, evidence), computed
// once so that GEXF, GraphML, CSV, Cytoscape and Neo4j files always agree.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "export/export.hpp"
#include "graph/actor_graph.hpp"

namespace ag::detail {

struct ExportNode {
  const ActorNode* actor = nullptr;
  std::vector<std::string> facts;       // values in ExportView::facts order ("" = none)
  std::string spell_start, spell_end;   // YYYY-MM-DD over its dated exported edges; empty if none
  bool timeless = false;                // some exported edge of it is undated: in a dynamic
                                        // GEXF the node has no spell (it lives always)
  double importance = 0;                // weighted degree: supporting mentions of its edges
};

// Holds the text the view computes for its edges (ids, cleaned evidence) in large blocks: a
// million edges made one allocation per value cost more to allocate and free than to compute.
class TextStore {
 public:
  explicit TextStore(std::size_t block = std::size_t{1} << 20) : block_(block) {}
  // Copies the concatenated parts into the store and returns them; the text stays valid as long
  // as the store (or the store it is moved into, or absorbed by) lives.
  std::string_view keep(std::initializer_list<std::string_view> parts);
  // Takes over the text of `other` (which is left empty): its views stay valid, as the text does
  // not move.
  void absorb(TextStore&& other);

 private:
  char* allocate(std::size_t size);

  std::size_t block_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0, capacity_ = 0;  // of the last block
};

// Text an edge shares with the graph (also evidence that cleaning leaves as it is) is a view into
// the graph, and text computed for it a view into ExportView::text: the view is only used while
// the graph lives.
struct ExportEdge {
  std::string_view id;                  // unique among node and edge ids
  const ActorNode* source = nullptr;
  const ActorNode* target = nullptr;
  const RelationEdge* edge = nullptr;
  bool fact = true;                     // weight > 0
  double weight = 0;                    // edge->weight, or kUnsupportedWeight
  std::string_view status;              // fact, negated, hedged, negated_or_hedged
  std::uint64_t negated = 0, hedged = 0;  // mentions (RelationEdge::negated, ::hedged)
  std::string_view first_date, last_date;  // as in the graph ("2018", "2014-05", "2023-05-24")
  std::string spell_start, spell_end;   // YYYY-MM-DD; empty if unknown
  std::string_view evidence;            // the strongest evidence sentence, cleaned and cut
  std::string_view evidence_doc;
  std::vector<std::string> amounts;     // "190000000000 USD"
};

struct FactColumn {
  std::string key;    // the fact's key in ActorNode::facts
  std::string name;   // the attribute name (the key, or fact_KEY if it collides with ours)
};

struct ExportView {
  std::vector<ExportNode> nodes;   // by actor id
  std::vector<ExportEdge> edges;   // by (source id, target id, relation)
  std::vector<FactColumn> facts;   // every fact key of the nodes, sorted
  std::size_t documents = 0;
  std::string first_date, last_date;  // of the documents, as written in the graph
  bool dated = false;                 // some edge has a spell: the graph is dynamic
  bool all_undirected = false;        // every edge is symmetric (and there is one)
  double max_importance = 0;          // the largest ExportNode::importance
  std::uint64_t max_weight = 0;       // the largest edge weight

  TextStore text;                     // the edges' computed text
  std::string creator;                // "actorgraph VERSION"
  std::string description() const;    // one line about the corpus
};

ExportView make_export_view(const ActorGraph& graph, const ExportOptions& options);

// An ISO-like date ("2018", "2014-05", "2023-05-24", "2023-05-24T10:00Z") as the first or last
// day it stands for ("2018" -> 2018-01-01 / 2018-12-31); empty when it is no date.
std::string period_start(std::string_view date);
std::string period_end(std::string_view date);

// A number as the files write it: shortest round-trip form, no locale ("3", "0.1", "1.9e+21").
std::string format_number(double value);

}  // namespace ag::detail
