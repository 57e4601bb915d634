// graph/assembler.cpp: one document's actors and relation mentions become nodes and edges.
//
// prepare() mirrors what combining GraphParts does for one document (graph/graph_parts.hpp): a
// node per actor id, created from the first actor of that id met in the document, and an edge per
// (source id, target id, relation) with this document's mentions added and finished. add() folds
// parts with the same laws as GraphParts::add (a new node or edge is taken as it is, a known one is
// combined), so the graph equals the one per-document parts would give. What makes it cheap:
// actors are numbered, a pack actor's label, type and facts are copied once per graph rather than
// once per document, and evidence is moved, never copied.
#include "graph/assembler.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <tsl/robin_map.h>

#include "core/hash.hpp"
#include "graph/edge_batch.hpp"
#include "relations/attributes.hpp"

namespace ag {
namespace {

constexpr ActorIndex kFound = static_cast<ActorIndex>(-1);

// A surface form as an alias: whitespace runs (line breaks inside a name) become one space.
std::string surface(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Adds the sorted, unique `from` to the sorted, unique `into` (a set union, in place).
void add_aliases(std::vector<std::string>& into, std::vector<std::string>&& from) {
  if (into.empty()) {
    into = std::move(from);
    return;
  }
  for (auto& a : from) {
    const auto it = std::lower_bound(into.begin(), into.end(), a);
    if (it == into.end() || *it != a) into.insert(it, std::move(a));
  }
}

struct EdgeKey3 {
  std::uint32_t source, target, relation;
  bool operator==(const EdgeKey3&) const = default;
};
struct EdgeKey3Hash {
  std::size_t operator()(const EdgeKey3& k) const {
    std::uint64_t h = (std::uint64_t{k.source} << 32) ^ (std::uint64_t{k.target} << 8) ^ k.relation;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};

}  // namespace

struct GraphAssembler::State {
  struct Node {
    ActorNode node;
    ActorIndex origin = kFound;  // the pack actor whose label, type and facts are merged in already
  };
  struct Edge {
    std::uint32_t source, target, relation;
    RelationEdge edge;
  };
  std::unordered_map<std::string, ActorIndex> pack_ids;  // pack actor id -> index
  std::vector<std::uint32_t> pack_node;                   // pack actor -> node + 1 (0: none yet)
  std::unordered_map<std::string, std::uint32_t> node_ids;
  std::deque<Node> nodes;  // deques: growing never moves what is in
  // Looked up once per edge of every document: an open-addressing table (one cache miss per lookup,
  // where std::unordered_map chases a bucket and a node) keeps the thread that assembles from
  // holding up the workers on large graphs.
  tsl::robin_map<EdgeKey3, std::uint32_t, EdgeKey3Hash> edge_index;
  std::deque<Edge> edges;
  std::unordered_set<std::string> doc_ids;
  std::vector<DocumentInfo> documents;
};

GraphAssembler::GraphAssembler(const Extractor& extractor)
    : extractor_(extractor), state_(std::make_unique<State>()) {
  const RulePack& pack = extractor.pack();
  for (ActorIndex i = 0; i < pack.actors.size(); ++i) state_->pack_ids.emplace(pack.actors[i].id, i);
  state_->pack_node.assign(pack.actors.size(), 0);
}

GraphAssembler::~GraphAssembler() = default;
GraphAssembler::GraphAssembler(GraphAssembler&&) noexcept = default;

std::size_t GraphAssembler::documents() const { return state_->documents.size(); }

DocumentPart GraphAssembler::prepare(const Document& doc, const Extraction& ex) const {
  const RulePack& pack = extractor_.pack();
  DocumentPart part;
  part.info = DocumentInfo{doc.id, doc.title, doc.date, fnv1a_hex(doc.text)};

  // Actors of one id are one node: a discovered actor may carry a pack actor's id.
  const auto pack_size = static_cast<ActorIndex>(pack.actors.size());
  std::vector<ActorIndex> canonical(pack_size + ex.discovered.size());
  for (ActorIndex i = 0; i < canonical.size(); ++i) canonical[i] = i;
  for (ActorIndex i = 0; i < ex.discovered.size(); ++i) {
    if (auto it = state_->pack_ids.find(ex.discovered[i].id); it != state_->pack_ids.end()) canonical[pack_size + i] = it->second;
  }
  std::vector<std::uint32_t> local(canonical.size(), 0);  // canonical actor -> node + 1
  auto node_for = [&](ActorIndex index) -> std::uint32_t {
    std::uint32_t& slot = local[canonical[index]];
    if (slot == 0) {
      DocumentPart::Node node;
      if (index < pack_size) {
        node.actor = index;
      } else {
        node.actor = kFound;
        node.found = ex.discovered[index - pack_size];
      }
      part.nodes.push_back(std::move(node));
      slot = static_cast<std::uint32_t>(part.nodes.size());
    }
    return slot - 1;
  };
  for (const ActorMention& m : ex.actors) {
    DocumentPart::Node& node = part.nodes[node_for(m.actor)];
    ++node.mentions;
    node.aliases.push_back(surface(slice(doc.text, m.span)));
  }
  for (auto& node : part.nodes) {
    std::sort(node.aliases.begin(), node.aliases.end());
    node.aliases.erase(std::unique(node.aliases.begin(), node.aliases.end()), node.aliases.end());
  }

  std::map<std::tuple<std::uint32_t, std::uint32_t, std::size_t>, std::size_t> edge_of;
  for (const RelationMention& r : ex.relations) {
    const RelationType& type = pack.relations[r.relation];
    const Actor& source = extractor_.actor(ex, r.source);
    const Actor& target = extractor_.actor(ex, r.target);
    if (source.id == target.id) continue;  // an actor does not relate to itself
    const std::uint32_t s = node_for(r.source), t = node_for(r.target);

    Evidence ev;
    ev.doc = doc.id;
    ev.sentence = r.sentence;
    ev.text = std::string(slice(doc.text, r.sentence));
    ev.rule = r.rule;
    ev.trigger = r.trigger;
    ev.source_span = r.source_span;
    ev.target_span = r.target_span;
    ev.negated = r.negated;
    ev.hedged = r.hedged && !r.negated;
    const Span anchor = r.trigger.size() > 0 ? r.trigger
                                             : Span{std::min(r.source_span.begin, r.target_span.begin),
                                                    std::max(r.source_span.end, r.target_span.end)};
    ev.date = nearest_date(doc.text, r.attributes, anchor);
    if (ev.date.empty()) ev.date = doc.date;
    ev.amounts = r.attributes.amounts;

    const bool swap = !type.directed && target.id < source.id;
    if (swap) std::swap(ev.source_span, ev.target_span);
    const auto key = std::make_tuple(swap ? t : s, swap ? s : t, r.relation);
    auto [it, fresh] = edge_of.emplace(key, part.edges.size());
    if (fresh) {
      DocumentPart::Edge e;
      e.source = std::get<0>(key);
      e.target = std::get<1>(key);
      e.relation = static_cast<std::uint32_t>(r.relation);
      e.edge.relation = type.id;
      e.edge.directed = type.directed;
      e.edge.polarity = type.polarity;
      e.edge.cameo = type.cameo;
      e.edge.plover = type.plover;
      part.edges.push_back(std::move(e));
    }
    add_mention(part.edges[it->second].edge, std::move(ev));
  }
  for (auto& e : part.edges) finish_document_edge(e.edge);
  return part;
}

bool GraphAssembler::add(DocumentPart&& part) {
  State& st = *state_;
  if (!st.doc_ids.insert(part.info.id).second) return false;
  const RulePack& pack = extractor_.pack();

  std::vector<std::uint32_t> global(part.nodes.size());
  for (std::size_t i = 0; i < part.nodes.size(); ++i) {
    DocumentPart::Node& n = part.nodes[i];
    const Actor& actor = n.actor == kFound ? n.found : pack.actors[n.actor];
    std::uint32_t g = 0;
    bool fresh = false;
    if (n.actor != kFound && st.pack_node[n.actor] != 0) {
      g = st.pack_node[n.actor] - 1;
    } else {
      auto [it, inserted] = st.node_ids.emplace(actor.id, static_cast<std::uint32_t>(st.nodes.size()));
      g = it->second;
      fresh = inserted;
      if (n.actor != kFound) st.pack_node[n.actor] = g + 1;
    }
    global[i] = g;
    if (fresh) {
      State::Node node;
      node.node.id = actor.id;
      node.node.label = actor.label;
      node.node.type = actor.type;
      node.node.facts = actor.facts;
      node.node.discovered = actor.discovered;
      node.node.mentions = n.mentions;
      node.node.aliases_seen = std::move(n.aliases);
      node.origin = n.actor;
      st.nodes.push_back(std::move(node));
      continue;
    }
    State::Node& into = st.nodes[g];
    // combine_node: label, type and facts only when this actor was not merged in already
    // (merging the same values again changes nothing).
    if (n.actor == kFound || n.actor != into.origin) {
      combine_identity(into.node, actor.label, actor.type, actor.facts, actor.discovered);
      if (into.origin == kFound && n.actor != kFound) into.origin = n.actor;
    } else {
      into.node.discovered = into.node.discovered && actor.discovered;
    }
    into.node.mentions += n.mentions;
    add_aliases(into.node.aliases_seen, std::move(n.aliases));
  }

  for (auto& e : part.edges) {
    const EdgeKey3 key{global[e.source], global[e.target], e.relation};
    const auto [it, fresh] = st.edge_index.try_emplace(key, static_cast<std::uint32_t>(st.edges.size()));
    if (fresh) {
      st.edges.push_back(State::Edge{key.source, key.target, key.relation, std::move(e.edge)});
    } else {
      combine_edge(st.edges[it->second].edge, std::move(e.edge));
    }
  }
  st.documents.push_back(std::move(part.info));
  return true;
}

ActorGraph GraphAssembler::finish() && {
  State& st = *state_;
  const RulePack& pack = extractor_.pack();
  ActorGraph out;
  out.rules_fingerprint = pack.fingerprint;
  std::sort(st.documents.begin(), st.documents.end(), [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
  out.documents = std::move(st.documents);

  // Vertices in id order; an edge sorts by its actors' ranks in that order, then relation id.
  std::vector<std::uint32_t> order(st.nodes.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return st.nodes[a].node.id < st.nodes[b].node.id; });
  std::vector<Vertex> vertex_of(st.nodes.size());
  for (std::uint32_t i : order) {
    const Vertex v = boost::add_vertex(out.g);
    out.g[v] = std::move(st.nodes[i].node);
    out.by_id.emplace(out.g[v].id, v);
    vertex_of[i] = v;
  }
  std::vector<std::uint32_t> relation_rank(pack.relations.size());
  {
    std::vector<std::uint32_t> r(pack.relations.size());
    for (std::uint32_t i = 0; i < r.size(); ++i) r[i] = i;
    std::sort(r.begin(), r.end(), [&](std::uint32_t a, std::uint32_t b) { return pack.relations[a].id < pack.relations[b].id; });
    for (std::uint32_t k = 0; k < r.size(); ++k) relation_rank[r[k]] = k;
  }
  auto rank = [&](std::uint32_t i) {
    const State::Edge& e = st.edges[i];
    return std::make_tuple(vertex_of[e.source], vertex_of[e.target], relation_rank[e.relation]);
  };
  std::vector<std::uint32_t> edge_order(st.edges.size());
  for (std::uint32_t i = 0; i < edge_order.size(); ++i) edge_order[i] = i;
  std::sort(edge_order.begin(), edge_order.end(), [&](std::uint32_t a, std::uint32_t b) { return rank(a) < rank(b); });
  EdgeBatch edges;
  for (std::uint32_t i : edge_order) {
    State::Edge& e = st.edges[i];
    edges.add(vertex_of[e.source], vertex_of[e.target], std::move(e.edge));
  }
  edges.append_to(out.g);
  *state_ = State{};
  return out;
}

}  // namespace ag
