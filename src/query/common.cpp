// query/common.cpp: from graph parts to result values (actors, edges, strongest evidence) and
// back (make_subgraph), shared by every query.
#include <algorithm>
#include <tuple>

#include "query/detail.hpp"

namespace ag {

const char* to_string(Direction d) {
  switch (d) {
    case Direction::out: return "out";
    case Direction::in: return "in";
    case Direction::both: return "both";
  }
  return "out";
}

bool stronger_evidence(const Evidence& a, const Evidence& b) {
  const bool sa = !a.negated && !a.hedged, sb = !b.negated && !b.hedged;
  if (sa != sb) return sa;
  if (a.amounts.size() != b.amounts.size()) return a.amounts.size() > b.amounts.size();
  if (a.date != b.date) return a.date > b.date;  // "" sorts first, so any date beats none
  return a.text.size() < b.text.size();
}

const Evidence* strongest_evidence(const std::vector<const Evidence*>& candidates) {
  const Evidence* best = nullptr;
  for (const Evidence* ev : candidates)
    if (!best || stronger_evidence(*ev, *best)) best = ev;
  return best;
}

ActorGraph make_subgraph(const ActorGraph& g, const SubgraphSpec& spec) {
  ActorGraph out;
  out.documents = g.documents;
  out.rules_fingerprint = g.rules_fingerprint;
  std::vector<std::string> ids = spec.actors;
  for (const EdgeKey& k : spec.edges) {
    ids.push_back(k.source);
    ids.push_back(k.target);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (const std::string& id : ids)
    if (auto v = g.find(id)) out.vertex(g.g[*v]);
  std::vector<EdgeKey> keys = spec.edges;
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (const EdgeKey& k : keys) {
    const auto s = g.find(k.source), t = g.find(k.target);
    if (!s || !t) continue;
    for (Edge e : boost::make_iterator_range(boost::out_edges(*s, g.g)))
      if (boost::target(e, g.g) == *t && g.g[e].relation == k.relation)
        boost::add_edge(out.by_id.at(k.source), out.by_id.at(k.target), g.g[e], out.g);
  }
  return out;
}

}  // namespace ag

namespace ag::detail {

ActorRef actor_ref(const ActorNode& node) { return {node.id, node.label, node.type}; }

std::string edge_status(const RelationEdge& edge) {
  if (edge.is_fact()) return {};
  bool negated = false, hedged = false;
  for (const Evidence& ev : edge.evidence) {
    negated = negated || ev.negated;
    hedged = hedged || ev.hedged;
  }
  if (negated && hedged) return "negated/hedged";
  return negated ? "negated" : "hedged";
}

EdgeKey edge_key(const Graph& g, Edge e) { return {g[boost::source(e, g)].id, g[boost::target(e, g)].id, g[e].relation}; }

void sort_edge_views(std::vector<EdgeView>& views) {
  std::sort(views.begin(), views.end(), [](const EdgeView& x, const EdgeView& y) {
    return std::tie(x.source.id, x.target.id, x.relation) < std::tie(y.source.id, y.target.id, y.relation);
  });
}

EdgeView edge_view(const Graph& g, Edge e, const FilterPredicate& pred) {
  const RelationEdge& edge = g[e];
  EdgeView v;
  v.source = actor_ref(g[boost::source(e, g)]);
  v.target = actor_ref(g[boost::target(e, g)]);
  v.relation = edge.relation;
  v.directed = edge.directed;
  v.polarity = edge.polarity;
  v.weight = edge.weight;
  v.documents = edge.documents;
  v.first_date = edge.first_date;
  v.last_date = edge.last_date;
  v.status = edge_status(edge);
  for (const Evidence& ev : edge.evidence)
    if (pred.selects(ev)) v.evidence.push_back(ev);
  return v;
}

const char* arrow(Direction d) {
  switch (d) {
    case Direction::out: return "->";
    case Direction::in: return "<-";
    case Direction::both: return "--";
  }
  return "->";
}

std::optional<Vertex> resolve_in(const ActorGraph& full, const ActorGraph& view, const std::string& name) {
  const Vertex v = resolve_actor(full, name);
  return view.find(full.g[v].id);
}

}  // namespace ag::detail
