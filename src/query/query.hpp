// query/query.hpp: who relates to whom. The questions `actorgraph query` asks a graph.
//
// Each query is a function from a graph, a GraphFilter and its own arguments to a plain result
// value, and a writer that prints that value as an aligned table, JSON or CSV (RFC 4180) into any
// std::ostream. Queries never change the graph. Actor names go through resolve_actor on the whole
// graph, so an unknown name is reported with suggestions even when the filter would hide the
// actor; a known actor the filter hides just gives an empty result.
//
// Every result also lists the actors and edges it used (`used`), so that a caller can save them
// as a graph file for `render` and `export` (make_subgraph).
//
//   neighbors ACTOR    neighbors.cpp     between A B     between.cpp
//   path A B           path.cpp          ego ACTOR       ego.cpp
//   top --by MEASURE   centrality.cpp    actors, relations   listings.cpp
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.hpp"
#include "query/filter.hpp"

namespace ag {

enum class QueryFormat { table, json, csv };
std::optional<QueryFormat> parse_query_format(std::string_view name);  // "table", "json", "csv"

struct ActorRef {
  std::string id, label, type;
};

// How an edge touches the actor asked about: out = from it, in = to it, both = symmetric.
enum class Direction { out, in, both };
const char* to_string(Direction d);

// An edge as queries show it. `evidence` holds only the mentions the filter admits (and, with a
// date filter, dated inside the range), in the edge's order.
struct EdgeView {
  ActorRef source, target;
  std::string relation;
  bool directed = true;
  Polarity polarity = Polarity::neutral;
  std::uint64_t weight = 0;
  std::uint64_t documents = 0;
  std::string first_date, last_date;
  std::string status;  // "" for a fact; "negated", "hedged" or "negated/hedged" for an edge of weight 0
  std::vector<Evidence> evidence;
};

// One relation edge, named by its ends and relation (unique in a graph).
struct EdgeKey {
  std::string source, target, relation;
  auto operator<=>(const EdgeKey&) const = default;
};

// The part of a graph a result used.
struct SubgraphSpec {
  std::vector<std::string> actors;  // ids
  std::vector<EdgeKey> edges;
};

// The actors and edges of `spec` (plus both ends of every edge) as a graph of their own, with the
// documents and fingerprint of `g`; vertices in id order, edges in (source, target, relation)
// order. Names that `g` does not hold are skipped.
ActorGraph make_subgraph(const ActorGraph& g, const SubgraphSpec& spec);

// The strongest evidence of an edge among `candidates` (indices into edge.evidence), or nullptr:
// supporting mentions before negated or hedged ones, then the one with more amounts (a concrete
// figure), then the most recent date (dated before undated), then the shorter sentence (more to
// the point), then the edge's own order (document, sentence, rule).
const Evidence* strongest_evidence(const std::vector<const Evidence*>& candidates);
// Whether `a` comes before `b` in that order (for a caller that picks without a candidate list).
bool stronger_evidence(const Evidence& a, const Evidence& b);

// --- neighbors ACTOR -------------------------------------------------------------------------
struct NeighborRow {
  ActorRef neighbor;
  std::string relation;
  Direction direction = Direction::out;
  std::uint64_t weight = 0;
  std::uint64_t documents = 0;
  std::string first_date, last_date;
  std::string status;       // as in EdgeView
  std::string evidence_doc;  // the strongest evidence (see strongest_evidence)
  std::string evidence_date;
  std::string evidence;
};
struct NeighborsResult {
  ActorRef actor;
  std::vector<NeighborRow> rows;  // by neighbour (total weight desc, id), then weight desc, relation, direction
  SubgraphSpec used;
};
NeighborsResult query_neighbors(const ActorGraph& g, const std::string& actor, const GraphFilter& f);
void write_result(std::ostream& out, const NeighborsResult& r, QueryFormat format);

// --- between A B -----------------------------------------------------------------------------
struct BetweenResult {
  ActorRef a, b;
  std::vector<EdgeView> edges;  // both directions, by (source id, target id, relation)
  SubgraphSpec used;
};
BetweenResult query_between(const ActorGraph& g, const std::string& a, const std::string& b, const GraphFilter& f);
void write_result(std::ostream& out, const BetweenResult& r, QueryFormat format);

// --- path A B --------------------------------------------------------------------------------
// A path is a chain of actors; each hop lists every kept relation linking the two actors, in
// either direction. Unweighted, a hop costs 1. Weighted, it costs 1 / w, w being the largest
// weight among its relations (an edge of weight 0, kept by --include-negated/--include-hedged,
// counts as 0.5). All shortest paths are enumerated in the order of their actor ids (lexicographic)
// up to `limit`; `total` counts them all (saturating).
struct PathLink {
  std::string relation;
  Direction direction = Direction::out;  // out: from -> to; in: to -> from; both: symmetric
  std::uint64_t weight = 0;
};
struct PathStep {
  ActorRef from, to;
  std::vector<PathLink> links;  // by relation, then direction
};
struct Path {
  std::vector<PathStep> steps;
  double cost = 0;
};
struct PathOptions {
  bool weighted = false;
  std::size_t limit = 5;
};
struct PathResult {
  ActorRef from, to;
  bool weighted = false;
  std::vector<Path> paths;
  std::uint64_t total = 0;
  SubgraphSpec used;
};
PathResult query_path(const ActorGraph& g, const std::string& from, const std::string& to, const GraphFilter& f,
                      const PathOptions& options);
void write_result(std::ostream& out, const PathResult& r, QueryFormat format);

// --- ego ACTOR --depth N ---------------------------------------------------------------------
struct EgoActor {
  ActorRef actor;
  int hops = 0;
};
struct EgoResult {
  ActorRef actor;
  int depth = 1;
  std::vector<EgoActor> actors;  // by hops, then id
  std::vector<EdgeView> edges;   // by (source id, target id, relation)
  SubgraphSpec used;
};
EgoResult query_ego(const ActorGraph& g, const std::string& actor, int depth, const GraphFilter& f);
void write_result(std::ostream& out, const EgoResult& r, QueryFormat format);

// --- top --by degree|weight|pagerank|betweenness ------------------------------------------------
// degree: kept edges at the actor; weight: sum of their weights; pagerank: Boost's page_rank
// (damping 0.85, 100 iterations) on the relations as arcs (a symmetric edge is an arc each way),
// divided by the number of actors; betweenness: Boost's brandes_betweenness_centrality on the
// undirected graph of linked pairs (parallel relations count once; every unordered pair of actors
// counts once, as in NetworkX). Ranks are shared by equal scores (1, 2, 2, 4); ties listed by id.
enum class Centrality { degree, weight, pagerank, betweenness };
std::optional<Centrality> parse_centrality(std::string_view name);
const char* to_string(Centrality c);
struct RankedActor {
  std::size_t rank = 0;
  ActorRef actor;
  double score = 0;
};
struct TopResult {
  Centrality by = Centrality::degree;
  std::vector<RankedActor> actors;
  SubgraphSpec used;  // the listed actors and the kept edges among them
};
TopResult query_top(const ActorGraph& g, const GraphFilter& f, Centrality by, std::size_t limit);
void write_result(std::ostream& out, const TopResult& r, QueryFormat format);

// --- actors, relations -------------------------------------------------------------------------
struct ActorRow {
  ActorRef actor;
  std::uint64_t mentions = 0;
  std::size_t degree = 0;     // kept edges
  std::uint64_t weight = 0;   // their weights
};
struct ActorsResult {
  std::vector<ActorRow> rows;  // by mentions desc, then id
  SubgraphSpec used;
};
// Every actor the filter's types admit, with degree 0 when no kept edge touches it; with
// `connected_only`, only actors with kept edges.
ActorsResult query_actors(const ActorGraph& g, const GraphFilter& f, bool connected_only);
void write_result(std::ostream& out, const ActorsResult& r, QueryFormat format);

struct RelationRow {
  std::string relation;
  bool directed = true;
  Polarity polarity = Polarity::neutral;
  std::size_t edges = 0;
  std::uint64_t weight = 0;
  std::size_t documents = 0;  // distinct documents among the supporting mentions
  std::string first_date, last_date;
};
struct RelationsResult {
  std::vector<RelationRow> rows;  // by weight desc, then relation
  SubgraphSpec used;
};
RelationsResult query_relations(const ActorGraph& g, const GraphFilter& f);
void write_result(std::ostream& out, const RelationsResult& r, QueryFormat format);

}  // namespace ag
