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
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <tsl/robin_map.h>

#include "core/hash.hpp"
#include "graph/edge_batch.hpp"
#include "graph/run_merge.hpp"
#include "graph/spill_file.hpp"
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

// What a string, a list of amounts, a piece of evidence, an edge and a document hold on the heap
// besides themselves, roughly (allocator rounding aside): the measure of the memory budget.
std::size_t heap_bytes(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }
std::size_t heap_bytes(const std::vector<Amount>& amounts) {
  std::size_t n = amounts.capacity() * sizeof(Amount);
  for (const Amount& a : amounts) n += heap_bytes(a.currency) + heap_bytes(a.text);
  return n;
}
std::size_t heap_bytes(const Evidence& e) {
  return heap_bytes(e.doc) + heap_bytes(e.text) + heap_bytes(e.rule) + heap_bytes(e.date) + heap_bytes(e.amounts);
}
std::size_t heap_bytes(const RelationEdge& e) {
  std::size_t n = e.evidence.capacity() * sizeof(Evidence) + heap_bytes(e.amounts) + heap_bytes(e.first_date) +
                  heap_bytes(e.last_date);
  for (const Evidence& ev : e.evidence) n += heap_bytes(ev);
  return n;
}
std::size_t heap_bytes(const DocumentInfo& d) {
  return heap_bytes(d.id) + heap_bytes(d.title) + heap_bytes(d.date) + heap_bytes(d.hash);
}

// The place of each of `ids` in sorted order.
template <typename Id>
std::vector<std::uint32_t> ranks(std::size_t count, Id id) {
  std::vector<std::uint32_t> order(count), rank(count);
  for (std::uint32_t i = 0; i < count; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return id(a) < id(b); });
  for (std::uint32_t k = 0; k < count; ++k) rank[order[k]] = k;
  return rank;
}

// What an edge takes from its relation type (a run does not store it).
void set_relation_type(RelationEdge& edge, const RelationType& type) {
  edge.relation = type.id;
  edge.directed = type.directed;
  edge.polarity = type.polarity;
  edge.cameo = type.cameo;
  edge.plover = type.plover;
}

std::vector<std::uint32_t> relation_ranks(const RulePack& pack) {
  return ranks(pack.relations.size(), [&](std::uint32_t r) -> const std::string& { return pack.relations[r].id; });
}

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
  std::size_t held_bytes = 0;     // documents and edges, as heap_bytes measures them
  std::vector<SpillFile> runs;    // what was held before, on disk

  // Each node's place among the nodes in id order.
  std::vector<std::uint32_t> node_ranks() const {
    return ranks(nodes.size(), [&](std::uint32_t n) -> const std::string& { return nodes[n].node.id; });
  }
};

GraphAssembler::GraphAssembler(const Extractor& extractor, AssemblyMemory memory)
    : extractor_(extractor), memory_(std::move(memory)), state_(std::make_unique<State>()) {
  const RulePack& pack = extractor.pack();
  for (ActorIndex i = 0; i < pack.actors.size(); ++i) state_->pack_ids.emplace(pack.actors[i].id, i);
  state_->pack_node.assign(pack.actors.size(), 0);
}

GraphAssembler::~GraphAssembler() = default;
GraphAssembler::GraphAssembler(GraphAssembler&&) noexcept = default;

std::size_t GraphAssembler::documents() const { return state_->doc_ids.size(); }
std::size_t GraphAssembler::runs_spilled() const { return state_->runs.size(); }

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
      set_relation_type(e.edge, type);
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

  const bool budgeted = memory_.budget_bytes > 0;
  for (auto& e : part.edges) {
    const EdgeKey3 key{global[e.source], global[e.target], e.relation};
    const auto [it, fresh] = st.edge_index.try_emplace(key, static_cast<std::uint32_t>(st.edges.size()));
    if (fresh) {
      if (budgeted) st.held_bytes += sizeof(State::Edge) + 2 * sizeof(std::pair<EdgeKey3, std::uint32_t>) + heap_bytes(e.edge);
      st.edges.push_back(State::Edge{key.source, key.target, key.relation, std::move(e.edge)});
    } else {
      RelationEdge& into = st.edges[it->second].edge;
      if (budgeted) st.held_bytes -= heap_bytes(into);
      combine_edge(into, std::move(e.edge));
      if (budgeted) st.held_bytes += heap_bytes(into);
    }
  }
  if (budgeted) st.held_bytes += sizeof(DocumentInfo) + heap_bytes(part.info);
  st.documents.push_back(std::move(part.info));
  if (budgeted && st.held_bytes > memory_.budget_bytes) spill();
  return true;
}

// Writes the documents and edges held to a run, in written order, and lets go of them. Nodes stay:
// there are few of them, and every run refers to them by number.
void GraphAssembler::spill() {
  State& st = *state_;
  const RulePack& pack = extractor_.pack();
  SpillFile run(memory_.spill_directory);
  std::sort(st.documents.begin(), st.documents.end(), [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
  run.write_documents(st.documents);
  const auto node_rank = st.node_ranks();
  const auto relation_rank = relation_ranks(pack);
  std::vector<std::uint32_t> order(st.edges.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](std::uint32_t i) {
    const State::Edge& e = st.edges[i];
    return std::make_tuple(node_rank[e.source], node_rank[e.target], relation_rank[e.relation]);
  };
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
  SpilledEdge out;
  for (std::uint32_t i : order) {
    State::Edge& e = st.edges[i];
    out.source = e.source;
    out.target = e.target;
    out.relation = e.relation;
    out.edge = std::move(e.edge);
    run.write_edge(out);
  }
  run.finish();
  st.runs.push_back(std::move(run));
  st.documents = {};
  st.edges = {};
  st.edge_index.clear();
  st.held_bytes = 0;
  if (st.runs.size() >= std::max<std::size_t>(memory_.max_runs, 2)) merge_runs();
}

// The runs so far become one, combined as at the end (node ranks of today order every run as
// it was written: a new node never changes the order of the ones before it).
void GraphAssembler::merge_runs() {
  State& st = *state_;
  SpillFile merged(memory_.spill_directory);
  {
    RunMerge merge(st.runs, st.node_ranks(), relation_ranks(extractor_.pack()));
    for (DocumentInfo d; merge.next_document(d);) merged.write_document(d);
    for (SpilledEdge e; merge.next_edge(e);) merged.write_edge(e);
  }
  merged.finish();
  st.runs.clear();
  st.runs.push_back(std::move(merged));
}

ActorGraph GraphAssembler::finish() && {
  State& st = *state_;
  if (!st.runs.empty()) throw std::logic_error("GraphAssembler::finish: runs were spilled; use finish_in_order");
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
  const auto relation_rank = relation_ranks(pack);
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

GraphInOrder GraphAssembler::finish_in_order() && {
  State& st = *state_;
  const RulePack& pack = extractor_.pack();
  spill();  // what is still held becomes the last run: every edge then comes from a merge

  // Shared by the two sources the writer pulls from; runs first, so that they outlive the merge.
  struct Merge {
    std::vector<SpillFile> runs;
    std::optional<RunMerge> merge;
  };
  auto m = std::make_shared<Merge>();
  m->runs = std::move(st.runs);
  GraphInOrder out;
  out.rules_fingerprint = pack.fingerprint;
  auto node_rank = st.node_ranks();
  out.nodes.resize(st.nodes.size());
  for (std::uint32_t n = 0; n < st.nodes.size(); ++n) out.nodes[node_rank[n]] = std::move(st.nodes[n].node);
  m->merge.emplace(m->runs, std::move(node_rank), relation_ranks(pack));
  out.next_document = [m](DocumentInfo& d) { return m->merge->next_document(d); };
  out.next_edge = [m, relations = &pack.relations](EdgeInOrder& e) {
    SpilledEdge s;
    if (!m->merge->next_edge(s)) return false;
    e.source = m->merge->node_rank(s.source);  // GraphInOrder::nodes are in rank order
    e.target = m->merge->node_rank(s.target);
    e.edge = std::move(s.edge);
    set_relation_type(e.edge, (*relations)[s.relation]);
    return true;
  };
  *state_ = State{};
  return out;
}

}  // namespace ag
