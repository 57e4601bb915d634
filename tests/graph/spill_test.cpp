// A build over its memory budget spills runs to disk and merges them: the graph file is the same.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "graph/assembler.hpp"
#include "graph/graph_json.hpp"
#include "graph/spill_file.hpp"
#include "../mini_pack.hpp"

using namespace ag;

namespace {

const Extractor& extractor() { return testing::mini_extractor(); }

struct Doc {
  std::string id, text, date;
};

// The graph file of `docs` built with a budget of `budget` bytes (0: none); `runs` gets how many
// runs were spilled.
std::string build_json(const std::vector<Doc>& docs, std::size_t budget, std::size_t* runs = nullptr,
                       std::size_t max_runs = 64) {
  GraphAssembler assembler(extractor(), AssemblyMemory{budget, std::filesystem::temp_directory_path().string(), max_runs});
  for (const auto& d : docs) {
    Document doc{d.id, d.text, "", d.date, "", ""};
    Extraction ex;
    extractor().extract(doc, ex);
    assembler.add(doc, ex);
  }
  if (runs) *runs = assembler.runs_spilled();
  std::ostringstream out;
  if (assembler.runs_spilled() == 0) {
    write_graph_json(out, std::move(assembler).finish());
  } else {
    GraphInOrder graph = std::move(assembler).finish_in_order();
    write_graph_json(out, graph, 2);
  }
  return out.str();
}

std::vector<Doc> corpus() {
  // Edges met in many documents (their evidence cut to 16, negated and hedged mentions among it),
  // edges met once, symmetric relations written both ways round, amounts and dates.
  std::vector<Doc> docs;
  for (int i = 0; i < 60; ++i) {
    std::string text;
    switch (i % 6) {
      case 0: text = "The US imposed new sanctions on Russia in 2022."; break;
      case 1: text = "Russia and China held joint drills. The US has not imposed sanctions on China."; break;
      case 2: text = "China and Russia held joint drills. US sanctions against Russia widened in 2023."; break;
      case 3: text = "Russia, China and Ukraine held joint drills."; break;
      case 4: text = "The US could impose sanctions on China."; break;
      default: text = fmt::format("The US imposed sanctions on Russia worth ${} billion.", i); break;
    }
    // Documents arrive out of id order, as a directory walk or several inputs may give them.
    docs.push_back({fmt::format("d{:03}", (i * 37) % 60), text, i % 4 ? fmt::format("20{}-0{}-1{}", 10 + i % 9, 1 + i % 9, i % 10) : ""});
  }
  return docs;
}

}  // namespace

TEST_CASE("a build that spills runs writes the same graph file as one that holds everything") {
  const std::vector<Doc> docs = corpus();
  std::size_t runs = 0;
  const std::string whole = build_json(docs, 0, &runs);
  CHECK(runs == 0);
  REQUIRE(whole.find("\"evidence\"") != std::string::npos);
  // A run after every document, after a few, and one or two runs in all.
  for (std::size_t budget : {std::size_t{1}, std::size_t{4000}, std::size_t{16000}}) {
    CAPTURE(budget);
    CHECK(build_json(docs, budget, &runs) == whole);
    CHECK(runs > 0);
  }
  CHECK(build_json(docs, 1, &runs) == whole);
  CHECK(runs == docs.size());
  // Runs merged into one whenever there are 2, 3 or 7 of them along the way.
  for (std::size_t max_runs : {2, 3, 7}) {
    CAPTURE(max_runs);
    CHECK(build_json(docs, 1, &runs, max_runs) == whole);
    CHECK(runs < max_runs);
    CHECK(runs > 0);
  }
}

TEST_CASE("a repeated document is refused after its first copy was spilled") {
  GraphAssembler assembler(extractor(), AssemblyMemory{1, std::filesystem::temp_directory_path().string()});
  Document doc{"x", "The US imposed sanctions on Russia.", "", "", "", ""};
  Extraction ex;
  extractor().extract(doc, ex);
  CHECK(assembler.add(doc, ex));
  CHECK(assembler.runs_spilled() == 1);
  CHECK_FALSE(assembler.add(doc, ex));
  CHECK(assembler.documents() == 1);
  CHECK_THROWS_AS(std::move(assembler).finish(), std::logic_error);
}

TEST_CASE("a scratch folder that cannot be written is an output error naming it") {
  GraphAssembler assembler(extractor(), AssemblyMemory{1, "/no/such/folder"});
  Document doc{"x", "The US imposed sanctions on Russia.", "", "", "", ""};
  Extraction ex;
  extractor().extract(doc, ex);
  try {
    assembler.add(doc, ex);
    FAIL("no error");
  } catch (const OutputError& e) {
    CHECK(e.message().find("/no/such/folder") != std::string::npos);
    CHECK(e.message().find("cannot create a scratch file") != std::string::npos);
  }
}

TEST_CASE("a spill file gives back every document and edge as written") {
  SpillFile file(std::filesystem::temp_directory_path().string());
  std::vector<DocumentInfo> docs = {{"", "", "", ""}, {"a/b.txt", "Заголовок \"quoted\"", "2024-02-29", "0123456789abcdef"}};
  file.write_documents(docs);

  SpilledEdge e;
  e.source = 7;
  e.target = 4'000'000'000u;
  e.relation = 12;
  e.edge.weight = 1ull << 40;
  e.edge.documents = 3;
  e.edge.negated = 0;
  e.edge.hedged = 127;
  e.edge.first_date = "2001";
  e.edge.last_date = "2024-05-24";
  e.edge.amounts = {{0.30000000000000004, "USD", "$0.3", {}}, {5e-324, "RUB", "", {}}};
  Evidence ev;
  ev.doc = "a/b.txt";
  ev.sentence = {std::size_t{1} << 33, (std::size_t{1} << 33) + 300'000};
  ev.text = std::string(300'000, 'x') + "\xE2\x80\x94 end";  // longer than the file's buffer
  ev.rule = "sanction.impose";
  ev.trigger = {1, 2};
  ev.source_span = {3, 4};
  ev.target_span = {5, 6};
  ev.negated = true;
  ev.hedged = false;
  ev.date = "2023";
  ev.amounts = {{-1.5e9, "EUR", "1.5 billion euros", {10, 27}}};
  e.edge.evidence = {ev, Evidence{}};
  e.edge.evidence[1].hedged = true;
  file.write_edge(e);
  SpilledEdge empty;
  file.write_edge(empty);
  file.finish();

  SpillFile::Reader in(file);
  for (const DocumentInfo& want : docs) {
    DocumentInfo got;
    REQUIRE(in.next_document(got));
    CHECK(got.id == want.id);
    CHECK(got.title == want.title);
    CHECK(got.date == want.date);
    CHECK(got.hash == want.hash);
  }
  DocumentInfo none;
  CHECK_FALSE(in.next_document(none));
  SpilledEdge got;
  REQUIRE(in.next_edge(got));
  CHECK(got.source == e.source);
  CHECK(got.target == e.target);
  CHECK(got.relation == e.relation);
  // The JSON writer shows every stored field: equal text, equal edges.
  auto shown = [](const SpilledEdge& s) {
    GraphInOrder g;
    g.nodes = {ActorNode{}};
    bool given = false;
    g.next_document = [](DocumentInfo&) { return false; };
    g.next_edge = [&](EdgeInOrder& out) {
      if (given) return false;
      out.edge = s.edge;
      given = true;
      return true;
    };
    std::ostringstream text;
    write_graph_json(text, g);
    return text.str();
  };
  CHECK(shown(got) == shown(e));
  CHECK(got.edge.evidence.at(0).text == ev.text);
  REQUIRE(in.next_edge(got));
  CHECK(shown(got) == shown(empty));
  CHECK_FALSE(in.next_edge(got));
  CHECK_FALSE(in.next_edge(got));

  // A run with no documents and no edges.
  SpillFile blank(std::filesystem::temp_directory_path().string());
  blank.finish();
  SpillFile::Reader nothing(blank);
  CHECK_FALSE(nothing.next_document(none));
  CHECK_FALSE(nothing.next_edge(got));
}

TEST_CASE("a graph written as it streams in gives the bytes of the same graph written whole") {
  // Enough documents and edges for several of the writer's batches.
  ActorGraph whole;
  whole.rules_fingerprint = "fp";
  for (int i = 0; i < 20'000; ++i) whole.documents.push_back({fmt::format("doc-{:05}", i), "t", "", ""});
  std::vector<ActorNode> nodes;
  for (int i = 0; i < 200; ++i) {
    ActorNode n;
    n.id = fmt::format("n{:03}", i);
    n.label = "Node " + n.id;
    nodes.push_back(n);
    whole.vertex(n);
  }
  std::vector<EdgeInOrder> edges;
  for (std::uint32_t s = 0; s < nodes.size(); ++s)
    for (std::uint32_t t = s + 1; t < nodes.size(); ++t) {
      EdgeInOrder e{s, t, {}};
      e.edge.relation = "trade";
      e.edge.weight = s * 1000 + t;
      edges.push_back(e);
      boost::add_edge(*whole.find(nodes[s].id), *whole.find(nodes[t].id), e.edge, whole.g);
    }
  REQUIRE(edges.size() > 2 * 8192);
  std::ostringstream expected;
  write_graph_json(expected, whole, 2);

  GraphInOrder streamed;
  streamed.rules_fingerprint = "fp";
  streamed.nodes = nodes;
  std::size_t next_doc = 0, next_edge = 0;
  streamed.next_document = [&](DocumentInfo& d) {
    if (next_doc == whole.documents.size()) return false;
    d = whole.documents[next_doc++];
    return true;
  };
  streamed.next_edge = [&](EdgeInOrder& e) {
    if (next_edge == edges.size()) return false;
    e = edges[next_edge++];
    return true;
  };
  for (unsigned threads : {1u, 3u}) {
    next_doc = next_edge = 0;
    std::ostringstream got;
    write_graph_json(got, streamed, threads);
    CHECK(got.str() == expected.str());
  }
  // A source that fails in its second batch (pulled, with threads, while the first is written):
  // the error reaches the caller.
  streamed.next_edge = [&](EdgeInOrder& e) {
    if (next_edge == 10'000) throw std::runtime_error("scratch run unreadable");
    e = edges[next_edge++];
    return true;
  };
  for (unsigned threads : {1u, 3u}) {
    next_doc = next_edge = 0;
    std::ostringstream got;
    CHECK_THROWS_WITH_AS(write_graph_json(got, streamed, threads), "scratch run unreadable", std::runtime_error);
  }
}
