// graph/stats.cpp: counting a graph.
#include "graph/stats.hpp"

#include <boost/range/iterator_range.hpp>
#include <fmt/format.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

namespace ag {
namespace {

void widen(std::string& first, std::string& last, const std::string& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || date > last) last = date;
}

}  // namespace

GraphStats graph_stats(const ActorGraph& graph) {
  GraphStats s;
  s.documents = graph.documents.size();
  s.rules = graph.rules_fingerprint;
  for (const auto& d : graph.documents) widen(s.first_date, s.last_date, d.date);
  for (auto v : boost::make_iterator_range(boost::vertices(graph.g))) {
    const ActorNode& n = graph.g[v];
    ++s.actors;
    if (n.discovered) ++s.discovered;
    ++s.actors_by_type[n.type];
  }
  for (auto e : boost::make_iterator_range(boost::edges(graph.g))) {
    const RelationEdge& edge = graph.g[e];
    auto& c = s.relations[edge.relation];
    (edge.is_fact() ? c.edges : c.unsupported) += 1;
    c.mentions += edge.weight;
    c.negated += edge.negated;
    c.hedged += edge.hedged;
    widen(s.first_date, s.last_date, edge.first_date);
    widen(s.first_date, s.last_date, edge.last_date);
  }
  return s;
}

void write_stats_table(std::ostream& out, const GraphStats& s) {
  out << fmt::format("documents  {}\n", s.documents);
  out << fmt::format("dates      {}\n", s.first_date.empty() ? "unknown" : s.first_date + " .. " + s.last_date);
  out << fmt::format("rules      {}\n", s.rules);
  out << fmt::format("actors     {} ({} discovered in text)\n", s.actors, s.discovered);
  for (const auto& [type, n] : s.actors_by_type) out << fmt::format("  {:<22} {:>7}\n", type, n);
  std::size_t edges = 0, unsupported = 0;
  for (const auto& [rel, c] : s.relations) {
    edges += c.edges;
    unsupported += c.unsupported;
  }
  out << fmt::format("edges      {} facts, {} only negated or hedged\n", edges, unsupported);
  out << fmt::format("  {:<22} {:>7} {:>9} {:>8} {:>8} {:>11}\n", "relation", "edges", "mentions", "negated", "hedged",
                     "unsupported");
  for (const auto& [rel, c] : s.relations) {
    out << fmt::format("  {:<22} {:>7} {:>9} {:>8} {:>8} {:>11}\n", rel, c.edges, c.mentions, c.negated, c.hedged,
                       c.unsupported);
  }
}

void write_stats_json(std::ostream& out, const GraphStats& s) {
  rapidjson::OStreamWrapper os(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(os);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("documents");
  w.Uint64(s.documents);
  w.Key("first_date");
  w.String(s.first_date.c_str());
  w.Key("last_date");
  w.String(s.last_date.c_str());
  w.Key("rules");
  w.String(s.rules.c_str());
  w.Key("actors");
  w.Uint64(s.actors);
  w.Key("discovered");
  w.Uint64(s.discovered);
  w.Key("actors_by_type");
  w.StartObject();
  for (const auto& [type, n] : s.actors_by_type) {
    w.Key(type.c_str(), static_cast<rapidjson::SizeType>(type.size()));
    w.Uint64(n);
  }
  w.EndObject();
  w.Key("relations");
  w.StartObject();
  for (const auto& [rel, c] : s.relations) {
    w.Key(rel.c_str(), static_cast<rapidjson::SizeType>(rel.size()));
    w.StartObject();
    w.Key("edges");
    w.Uint64(c.edges);
    w.Key("unsupported");
    w.Uint64(c.unsupported);
    w.Key("mentions");
    w.Uint64(c.mentions);
    w.Key("negated");
    w.Uint64(c.negated);
    w.Key("hedged");
    w.Uint64(c.hedged);
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  out << "\n";
}

}  // namespace ag
