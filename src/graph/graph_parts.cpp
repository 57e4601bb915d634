// graph/graph_parts.cpp: combining actors, edges and documents.
#include "graph/graph_parts.hpp"

#include <algorithm>
#include <iterator>

#include <boost/range/iterator_range.hpp>

#include "core/error.hpp"
#include "graph/edge_batch.hpp"

namespace ag {
namespace {

bool supporting(const Evidence& e) { return !e.negated && !e.hedged; }

auto evidence_key(const Evidence& e) {
  return std::tie(e.doc, e.sentence.begin, e.sentence.end, e.trigger.begin, e.trigger.end, e.source_span.begin,
                  e.target_span.begin, e.rule);
}

bool amount_less(const Amount& a, const Amount& b) {
  return std::tie(a.currency, a.value, a.text) < std::tie(b.currency, b.value, b.text);
}
bool amount_equal(const Amount& a, const Amount& b) {
  return a.currency == b.currency && a.value == b.value && a.text == b.text;
}

// A sorted union of two sorted ranges, without duplicates, cut to `limit`. Elements are moved
// out of mutable ranges and copied out of const ones (std::move of a const element copies).
template <typename T, typename Iter, typename Less, typename Equal>
std::vector<T> union_of(Iter i, Iter i_end, Iter j, Iter j_end, std::size_t limit, Less less, Equal equal) {
  std::vector<T> out;
  out.reserve(std::min(limit, static_cast<std::size_t>((i_end - i) + (j_end - j))));
  while (out.size() < limit && (i != i_end || j != j_end)) {
    Iter next;
    if (j == j_end || (i != i_end && less(*i, *j))) {
      next = i++;
    } else if (i == i_end || less(*j, *i)) {
      next = j++;
    } else {
      next = i++;
      ++j;  // equal: keep one
    }
    if (out.empty() || !equal(out.back(), *next)) out.push_back(std::move(*next));
  }
  return out;
}

template <typename T, typename Less, typename Equal>
std::vector<T> sorted_union(const std::vector<T>& a, const std::vector<T>& b, std::size_t limit, Less less,
                            Equal equal) {
  return union_of<T>(a.cbegin(), a.cend(), b.cbegin(), b.cend(), limit, less, equal);
}

// True when the union of `a` (sorted, unique, full: `limit` elements) and sorted `b` is `a` itself:
// nothing of `b` comes before a's last element. Once an edge holds its 16 pieces of evidence, a
// later document's evidence usually sorts after them; this check spares building the union.
template <typename T, typename Less>
bool union_is_first(const std::vector<T>& a, const std::vector<T>& b, std::size_t limit, Less less) {
  return a.size() == limit && (b.empty() || !less(b.front(), a.back()));
}

template <typename T, typename Less, typename Equal>
std::vector<T> sorted_union_moving(std::vector<T>&& a, std::vector<T>&& b, std::size_t limit, Less less, Equal equal) {
  if (union_is_first(a, b, limit, less)) return std::move(a);
  return union_of<T>(a.begin(), a.end(), b.begin(), b.end(), limit, less, equal);
}

bool evidence_equal(const Evidence& a, const Evidence& b) {
  return !evidence_less(a, b) && !evidence_less(b, a);
}

void take_min(std::string& into, const std::string& from) {
  if (!from.empty() && (into.empty() || from < into)) into = from;
}
void take_max(std::string& into, const std::string& from) {
  if (!from.empty() && (into.empty() || from > into)) into = from;
}

}  // namespace

bool evidence_less(const Evidence& a, const Evidence& b) {
  const bool sa = supporting(a), sb = supporting(b);
  if (sa != sb) return sa;
  return evidence_key(a) < evidence_key(b);
}

void combine_identity(ActorNode& into, const std::string& label, const std::string& type,
                      const std::map<std::string, std::string>& facts, bool discovered) {
  // Both sides come from the same rules (or name the same discovered person), so label, type and
  // facts agree; when they do not, the smaller value wins so that the order of merging never matters.
  if (std::tie(label, type) < std::tie(into.label, into.type)) {
    into.label = label;
    into.type = type;
  }
  for (const auto& [key, value] : facts) {
    auto [it, inserted] = into.facts.emplace(key, value);
    if (!inserted && value < it->second) it->second = value;
  }
  into.discovered = into.discovered && discovered;
}

void combine_node(ActorNode& into, const ActorNode& from) {
  combine_identity(into, from.label, from.type, from.facts, from.discovered);
  into.mentions += from.mentions;
  std::vector<std::string> aliases;
  std::set_union(into.aliases_seen.begin(), into.aliases_seen.end(), from.aliases_seen.begin(),
                 from.aliases_seen.end(), std::back_inserter(aliases));
  into.aliases_seen = std::move(aliases);
}

namespace {

// The counts and dates of two aggregates of one edge (what both combine_edge overloads share).
void add_counts(RelationEdge& into, const RelationEdge& from) {
  into.weight += from.weight;
  into.documents += from.documents;
  into.negated += from.negated;
  into.hedged += from.hedged;
  take_min(into.first_date, from.first_date);
  take_max(into.last_date, from.last_date);
}

}  // namespace

void combine_edge(RelationEdge& into, const RelationEdge& from) {
  add_counts(into, from);
  into.amounts = sorted_union(into.amounts, from.amounts, kMaxEdgeAmounts, amount_less, amount_equal);
  into.evidence = sorted_union(into.evidence, from.evidence, kMaxEdgeEvidence, evidence_less, evidence_equal);
}

void combine_edge(RelationEdge& into, RelationEdge&& from) {
  add_counts(into, from);
  into.amounts = sorted_union_moving(std::move(into.amounts), std::move(from.amounts), kMaxEdgeAmounts, amount_less, amount_equal);
  into.evidence = sorted_union_moving(std::move(into.evidence), std::move(from.evidence), kMaxEdgeEvidence, evidence_less,
                                      evidence_equal);
}

void add_mention(RelationEdge& edge, Evidence evidence) {
  if (evidence.negated) {
    ++edge.negated;
  } else if (evidence.hedged) {
    ++edge.hedged;
  } else {
    ++edge.weight;
    take_min(edge.first_date, evidence.date);
    take_max(edge.last_date, evidence.date);
  }
  for (const Amount& a : evidence.amounts) {
    Amount kept = a;
    kept.span = {};
    edge.amounts.push_back(std::move(kept));
  }
  edge.evidence.push_back(std::move(evidence));
}

void finish_document_edge(RelationEdge& edge) {
  edge.documents = edge.weight > 0 ? 1 : 0;
  std::sort(edge.amounts.begin(), edge.amounts.end(), amount_less);
  edge.amounts.erase(std::unique(edge.amounts.begin(), edge.amounts.end(), amount_equal), edge.amounts.end());
  if (edge.amounts.size() > kMaxEdgeAmounts) edge.amounts.resize(kMaxEdgeAmounts);
  std::sort(edge.evidence.begin(), edge.evidence.end(), evidence_less);
  if (edge.evidence.size() > kMaxEdgeEvidence) edge.evidence.resize(kMaxEdgeEvidence);
}

void GraphParts::add(GraphParts&& part, const std::string& where) {
  for (auto& [id, doc] : part.documents) {
    auto [it, inserted] = documents.emplace(id, doc);
    if (!inserted) {
      throw GraphError(Location(where), "document '" + id +
                                            "' is already in the graph; merging it again would count its relations twice");
    }
  }
  for (auto& [id, node] : part.nodes) {
    auto it = nodes.find(id);
    if (it == nodes.end()) {
      nodes.emplace(id, std::move(node));
    } else {
      combine_node(it->second, node);
    }
  }
  for (auto& [key, edge] : part.edges) {
    auto it = edges.find(key);
    if (it == edges.end()) {
      edges.emplace(key, std::move(edge));
    } else {
      combine_edge(it->second, std::move(edge));
    }
  }
}

void GraphParts::add_graph(const ActorGraph& graph, const std::string& where) {
  GraphParts part;
  for (const auto& d : graph.documents) part.documents.emplace(d.id, d);
  for (auto v : boost::make_iterator_range(boost::vertices(graph.g))) part.nodes.emplace(graph.g[v].id, graph.g[v]);
  for (auto e : boost::make_iterator_range(boost::edges(graph.g))) {
    const RelationEdge& edge = graph.g[e];
    part.edges.emplace(EdgeKey{graph.g[boost::source(e, graph.g)].id, graph.g[boost::target(e, graph.g)].id, edge.relation},
                       edge);
  }
  add(std::move(part), where);
}

ActorGraph GraphParts::build(std::string rules_fingerprint) && {
  ActorGraph out;
  out.rules_fingerprint = std::move(rules_fingerprint);
  out.documents.reserve(documents.size());
  for (auto& [id, doc] : documents) out.documents.push_back(std::move(doc));
  for (auto& [id, node] : nodes) out.vertex(node);
  EdgeBatch batch;
  for (auto& [key, edge] : edges) {
    const auto& [source, target, relation] = key;
    auto s = out.find(source), t = out.find(target);
    if (!s || !t) continue;  // unreachable: every edge's actors are nodes
    batch.add(*s, *t, std::move(edge));
  }
  batch.append_to(out.g);
  return out;
}

}  // namespace ag
