// The graph's storage helpers for readers of large files: VertexIndex (actor id -> vertex) and
// EdgeBatch (edges built away from the graph, then linked in).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <fmt/format.h>

#include "graph/edge_batch.hpp"
#include "graph/vertex_index.hpp"

using namespace ag;

namespace {

ActorGraph with_actors(const std::vector<std::string>& ids) {
  ActorGraph g;
  for (const std::string& id : ids) {
    ActorNode node;
    node.id = id;
    g.by_id.emplace(id, boost::add_vertex(node, g.g));
  }
  return g;
}

RelationEdge relation(const std::string& name, const std::string& doc) {
  RelationEdge e;
  e.relation = name;
  e.weight = 1;
  Evidence ev;
  ev.doc = doc;
  ev.text = fmt::format("a sentence long enough not to fit in a short string: {}", doc);
  e.evidence.push_back(ev);
  return e;
}

// Everything boost lets a caller see of the graph's edges, in order.
std::vector<std::string> layout(const Graph& g) {
  std::vector<std::string> out;
  auto name = [&](Edge e) {
    return fmt::format("{}-{}->{}@{}", g[boost::source(e, g)].id, g[e].relation, g[boost::target(e, g)].id,
                       g[e].evidence.at(0).doc);
  };
  for (Edge e : boost::make_iterator_range(boost::edges(g))) out.push_back(fmt::format("edge {}", name(e)));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) out.push_back(fmt::format("{} out {}", g[v].id, name(e)));
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) out.push_back(fmt::format("{} in {}", g[v].id, name(e)));
  }
  return out;
}

}  // namespace

TEST_CASE("the vertex index finds every actor and nothing else") {
  std::vector<std::string> ids;
  for (int i = 0; i < 3000; ++i) ids.push_back(fmt::format("actor-{}", i * 7));
  ids.push_back("");
  ids.push_back("Q");
  ids.push_back("\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f");
  const ActorGraph g = with_actors(ids);
  const VertexIndex index(g);
  for (Vertex v = 0; v < ids.size(); ++v) {
    CAPTURE(ids[v]);
    REQUIRE(index.find(ids[v]).has_value());
    CHECK(*index.find(ids[v]) == v);
  }
  // Prefixes, extensions and neighbours of known ids are unknown.
  for (const char* unknown : {"actor-1", "actor-70x", "actor-", "q", "QQ", "actor-21000", "\xd0\xa0"}) {
    CAPTURE(unknown);
    CHECK_FALSE(index.find(unknown).has_value());
  }
  CHECK_FALSE(VertexIndex(with_actors({})).find("x").has_value());
}

TEST_CASE("edges linked in from batches make the same graph as boost::add_edge") {
  const std::vector<std::string> ids = {"A", "B", "C", "D"};
  struct Spec {
    Vertex s, t;
    const char* relation;
  };
  const std::vector<Spec> specs = {{0, 1, "trade"}, {0, 1, "visit"}, {0, 3, "trade"}, {1, 0, "attack"},
                                   {2, 2, "support"}, {3, 0, "trade"}, {3, 1, "meeting"}};
  ActorGraph added = with_actors(ids);
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const Edge e = boost::add_edge(specs[i].s, specs[i].t, added.g).first;
    added.g[e] = relation(specs[i].relation, fmt::format("d{}", i));
  }
  // The same edges in three batches (one of them empty), built before being linked in.
  ActorGraph batched = with_actors(ids);
  std::vector<EdgeBatch> batches(3);
  for (std::size_t i = 0; i < specs.size(); ++i)
    batches[i < 4 ? 0 : 2].add(specs[i].s, specs[i].t, relation(specs[i].relation, fmt::format("d{}", i)));
  CHECK(batches[0].size() == 4);
  CHECK(batches[0].back().relation == "attack");
  for (EdgeBatch& b : batches) b.append_to(batched.g);
  CHECK(batches[0].empty());
  CHECK(boost::num_edges(batched.g) == specs.size());
  CHECK(layout(batched.g) == layout(added.g));
  // The linked-in edges are the graph's own: they can be removed and the graph copied.
  boost::remove_edge(*boost::out_edges(3, batched.g).first, batched.g);
  boost::remove_edge(*boost::out_edges(3, added.g).first, added.g);
  const Graph copy = batched.g;
  CHECK(layout(copy) == layout(added.g));
  CHECK(boost::num_edges(copy) == specs.size() - 1);
}
