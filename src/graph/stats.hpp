// graph/stats.hpp: what a graph file holds, in counts (`actorgraph stats`).
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "graph/actor_graph.hpp"

namespace ag {

struct GraphStats {
  std::size_t documents = 0;
  std::size_t actors = 0;
  std::size_t discovered = 0;                   // actors found in text rather than named by a rule
  std::map<std::string, std::size_t> actors_by_type;
  struct RelationCount {
    std::size_t edges = 0;       // edges that are facts (weight > 0)
    std::size_t unsupported = 0; // edges only negated or hedged mentions support
    std::uint64_t mentions = 0;  // supporting mentions
    std::uint64_t negated = 0, hedged = 0;
  };
  std::map<std::string, RelationCount> relations;
  std::string first_date, last_date;  // over documents and edges; empty when unknown
  std::string rules;                  // the rule pack's fingerprint
};

GraphStats graph_stats(const ActorGraph& g);
void write_stats_table(std::ostream& out, const GraphStats& s);
void write_stats_json(std::ostream& out, const GraphStats& s);

}  // namespace ag
