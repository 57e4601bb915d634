// graph/assembler.cpp: one document's actors and relation mentions become nodes and edges.
#include "graph/assembler.hpp"

#include <algorithm>

#include "core/hash.hpp"

namespace ag {
namespace {

ActorNode node_of(const Actor& actor) {
  ActorNode node;
  node.id = actor.id;
  node.label = actor.label;
  node.type = actor.type;
  node.facts = actor.facts;
  node.discovered = actor.discovered;
  return node;
}

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

}  // namespace

GraphParts document_part(const Document& doc, const Extraction& ex, const Extractor& extractor) {
  GraphParts part;
  part.documents.emplace(doc.id, DocumentInfo{doc.id, doc.title, doc.date, fnv1a_hex(doc.text)});

  auto node_for = [&](ActorIndex index) -> ActorNode& {
    const Actor& actor = extractor.actor(ex, index);
    auto it = part.nodes.find(actor.id);
    if (it == part.nodes.end()) it = part.nodes.emplace(actor.id, node_of(actor)).first;
    return it->second;
  };
  for (const ActorMention& m : ex.actors) {
    ActorNode& node = node_for(m.actor);
    ++node.mentions;
    node.aliases_seen.push_back(surface(slice(doc.text, m.span)));
  }
  for (auto& [id, node] : part.nodes) {
    std::sort(node.aliases_seen.begin(), node.aliases_seen.end());
    node.aliases_seen.erase(std::unique(node.aliases_seen.begin(), node.aliases_seen.end()), node.aliases_seen.end());
  }

  const RulePack& pack = extractor.pack();
  for (const RelationMention& r : ex.relations) {
    const RelationType& type = pack.relations[r.relation];
    const Actor& source = extractor.actor(ex, r.source);
    const Actor& target = extractor.actor(ex, r.target);
    if (source.id == target.id) continue;  // an actor does not relate to itself
    node_for(r.source);
    node_for(r.target);

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
    ev.date = r.attributes.dates.empty() ? doc.date : r.attributes.dates.front();
    ev.amounts = r.attributes.amounts;

    const bool swap = !type.directed && target.id < source.id;
    EdgeKey key{swap ? target.id : source.id, swap ? source.id : target.id, type.id};
    if (swap) std::swap(ev.source_span, ev.target_span);
    auto it = part.edges.find(key);
    if (it == part.edges.end()) {
      RelationEdge edge;
      edge.relation = type.id;
      edge.directed = type.directed;
      edge.polarity = type.polarity;
      edge.cameo = type.cameo;
      edge.plover = type.plover;
      it = part.edges.emplace(std::move(key), std::move(edge)).first;
    }
    add_mention(it->second, std::move(ev));
  }
  for (auto& [key, edge] : part.edges) finish_document_edge(edge);
  return part;
}

bool GraphAssembler::add(const Document& doc, const Extraction& ex) {
  if (parts_.documents.count(doc.id) != 0) return false;
  parts_.add(document_part(doc, ex, extractor_), doc.id);
  return true;
}

ActorGraph GraphAssembler::finish() && { return std::move(parts_).build(extractor_.pack().fingerprint); }

}  // namespace ag
