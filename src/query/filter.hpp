// query/filter.hpp: choosing part of a graph. Shared by `query`, `render` and `export`.
//
// A filter works in three steps, always in this order:
//  1. Actors and edges, one at a time (FilterPredicate): an actor is kept when its type is listed
//     (or no types are given); an edge is kept when both ends are kept actors, its relation is
//     listed (or none are), it has at least `min_weight` admitted mentions, and, with --since or
//     --until, at least one admitted mention is dated inside the range.
//     Admitted mentions are the supporting ones (edge.weight) plus the negated ones with
//     include_negated and the hedged ones with include_hedged (a mention both negated and hedged
//     needs both flags). So an edge whose weight is 0 is dropped unless a flag admits its
//     evidence. Dates are compared as intervals: "2020" is 2020-01-01..2020-12-31, "2020-05" the
//     whole month, so `--since 2020-06` keeps an edge dated "2020". When a date filter is given,
//     evidence without a date never matches it: an edge with no dated admitted mention is dropped.
//  2. Focus: only actors within `depth` hops of the focus actor, walking kept edges in both
//     directions. The focus actor is kept whatever its type (`--focus Russia --type person`
//     reads "the people around Russia").
//  3. Top: the `top` actors of largest weighted degree (sum of the kept edges' weights), ties by
//     id; the focus actor is always kept, and edges only between kept actors.
// Finally, unless keep_isolated, actors left without any kept edge are dropped (the focus actor
// stays). The filter never edits an edge: a kept edge keeps all its evidence and counts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "graph/actor_graph.hpp"

namespace ag {

struct GraphFilter {
  std::vector<std::string> relations;  // keep only these relation types (empty = all)
  std::vector<std::string> types;      // keep only actors of these types (empty = all)
  std::string since, until;            // ISO dates, inclusive; an edge is kept if any evidence falls inside
  std::uint64_t min_weight = 1;        // drop edges with fewer admitted mentions
  bool include_negated = false;        // keep negated evidence (and edges supported only by it)
  bool include_hedged = false;         // keep hedged evidence (and edges supported only by it)
  std::optional<std::string> focus;    // actor name (id, label or alias): keep its neighbourhood
  int depth = 1;                       // with focus: how many hops
  std::size_t top = 0;                 // keep the N most central actors (0 = all)
  bool keep_isolated = false;          // keep actors left without edges
};

// Resolves an actor name (id, label or alias seen, case-insensitive). Throws UsageError naming
// the closest known names when nothing matches.
// Order of precedence: the exact id; then, ignoring ASCII case, runs of spaces and a leading
// "the " ("kremlin" = "the Kremlin"), an id, a label, an alias seen, and last a surname (the
// last word of a person's label, e.g. "Gabuev").
// The first of these levels that matches decides; when it matches several actors the name is
// ambiguous and the UsageError lists them. The closest names are the three actors whose id,
// label, alias or surname is nearest in edit distance (ties by label, then id).
Vertex resolve_actor(const ActorGraph& g, const std::string& name);

// Every actor the first matching level names (sorted by id; empty = unknown): resolve_actor
// without the error.
std::vector<Vertex> actors_named(const ActorGraph& g, const std::string& name);

// For names the corpus never used ("PRC" when every article wrote "China"): the id of the one
// actor of `g` whose rule-pack entry (id, label, alias, metonym or demonym, folded as above) is
// `name`; nullopt when none or several are.
std::optional<std::string> actor_id_by_rules(const ActorGraph& g, const std::vector<Actor>& actors,
                                             const std::string& name);

// The subgraph the filter selects (a new ActorGraph with the same documents and fingerprint).
// Vertices are added in id order and edges in (source id, target id, relation) order, so the
// result saves and renders deterministically. Throws UsageError for a malformed date or depth and
// (through resolve_actor) for an unknown focus.
ActorGraph apply_filter(const ActorGraph& g, const GraphFilter& f);
// The same for a caller that gives `g` up, without copying it: `g` itself when the filter keeps
// all of it and it is already in that order (every loaded graph, with a filter that keeps
// everything), else the subgraph built into `storage` (empty) with `g`'s node and edge properties
// moved into it (`g` is then left in pieces). Boost graphs cannot be moved, only copied, and a
// copy of a million edges with their evidence takes seconds.
const ActorGraph& apply_filter_taking(ActorGraph& g, const GraphFilter& f, ActorGraph& storage);

// Step 1 of the filter (types, relations, weights, negation, hedging, dates) as tests on one
// actor or edge, for queries that only look at a few edges (neighbors, between).
class FilterPredicate {
 public:
  explicit FilterPredicate(const GraphFilter& f);  // throws UsageError for a malformed date

  bool keeps_actor(const ActorNode& actor) const;
  bool keeps_relation(const std::string& relation) const;
  // The edge alone (relation, admitted mentions, dates); the caller checks its two actors.
  bool keeps_edge(const RelationEdge& edge) const;
  // Both ends and the edge.
  bool keeps(const Graph& g, Edge e) const;
  // Whether this mention counts under the filter (supporting, or negated/hedged and asked for).
  bool admits(const Evidence& ev) const;
  // Admitted and, when a date range is given, dated inside it: the evidence a query shows.
  bool selects(const Evidence& ev) const;
  // Admitted mentions of the edge: its weight plus the admitted negated and hedged ones.
  std::uint64_t admitted_mentions(const RelationEdge& edge) const;

 private:
  bool in_dates(const std::string& date) const;

  GraphFilter f_;        // a copy: the predicate may outlive the caller's filter
  std::string lo_, hi_;  // the date range as full dates; empty = open
};

// Whether `date` is a date the filter accepts: YYYY, YYYY-MM or YYYY-MM-DD.
bool is_filter_date(const std::string& date);

}  // namespace ag
