// Every export format, written from the fixture graph, equals its golden file byte for byte.
// A mismatch leaves the actual output in the build directory and says how to accept it
// (ACTORGRAPH_UPDATE_GOLDEN=1 rewrites the golden files).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include <boost/range/iterator_range.hpp>

#include "export/export.hpp"
#include "fixture_graph.hpp"
#include "../golden_file.hpp"

using namespace ag;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(ACTORGRAPH_TEST_DATA) / "export" / "golden";

ExportOptions test_options() {
  ExportOptions o;
  o.version = "TEST";  // the golden files do not change with each release
  return o;
}

using Writer = std::function<void(std::ostream&, const ActorGraph&, const ExportOptions&)>;

void check_golden(const std::string& name, const Writer& write, const ExportOptions& options = test_options()) {
  std::ostringstream out;
  write(out, test::fixture_graph(), options);
  test::check_golden_file(kGolden / name, fs::path(EXPORT_ACTUAL_DIR) / name, out.str(), "export");
}

}  // namespace

TEST_CASE("GEXF 1.3 golden") { check_golden("fixture.gexf", write_gexf); }

TEST_CASE("GEXF 1.2draft golden") {
  ExportOptions o = test_options();
  o.gexf_version = GexfVersion::v1_2draft;
  check_golden("fixture-1.2draft.gexf", write_gexf, o);
}

TEST_CASE("GEXF 1.3 with the edges that are no fact") {
  ExportOptions o = test_options();
  o.keep_unsupported = true;
  check_golden("fixture-unsupported.gexf", write_gexf, o);
}

TEST_CASE("GraphML golden") { check_golden("fixture.graphml", write_graphml); }
TEST_CASE("Cytoscape.js golden") { check_golden("fixture.cyjs", write_cytoscape); }
TEST_CASE("Gephi spreadsheet CSV golden") {
  check_golden("csv/nodes.csv", write_csv_nodes);
  check_golden("csv/edges.csv", write_csv_edges);
}
TEST_CASE("Neo4j CSV golden") {
  check_golden("neo4j/nodes.csv", write_neo4j_nodes);
  check_golden("neo4j/relationships.csv", write_neo4j_relationships);
}

TEST_CASE("every format writes the same bytes on any number of threads") {
  // The fixture graph and enough more actors and edges for many runs of elements.
  test::FixtureBuilder b;
  b.graph = test::fixture_graph();
  for (int i = 0; i < 700; ++i) b.node({"n" + std::to_string(1000 + i), "Actor " + std::to_string(i), "country", {}, 1, {}, false});
  for (int i = 0; i < 2000; ++i) {
    auto e = test::relation("meeting", false, Polarity::cooperative, "040", "CONSULT");
    e.weight = 1 + i % 3;
    e.documents = 1;
    e.evidence = {test::evidence("a/first.txt", "Actor " + std::to_string(i % 700) + " met & talked.", "2023-03-20")};
    b.edge("n" + std::to_string(1000 + i % 700), "n" + std::to_string(1000 + (i * 7 + 1) % 700), e);
  }
  const std::vector<std::pair<std::string, Writer>> writers = {
      {"gexf", write_gexf},          {"graphml", write_graphml},         {"csv nodes", write_csv_nodes},
      {"csv edges", write_csv_edges}, {"neo4j nodes", write_neo4j_nodes}, {"neo4j relationships", write_neo4j_relationships}};
  for (const auto& writer : writers) {
    const std::string& name = writer.first;  // (not a structured binding: CAPTURE is a lambda)
    const Writer& write = writer.second;
    CAPTURE(name);
    std::string one_thread;
    for (unsigned threads : {1u, 2u, 3u, 0u}) {
      ExportOptions o = test_options();
      o.threads = threads;
      std::ostringstream out;
      write(out, b.graph, o);
      if (threads == 1) one_thread = out.str();
      else CHECK(out.str() == one_thread);
    }
    CHECK(one_thread.find("n1699") != std::string::npos);
  }
  std::ostringstream gexf;
  write_gexf(gexf, b.graph, test_options());
  std::size_t edges = 0;
  for (std::size_t at = gexf.str().find("<edge "); at != std::string::npos; at = gexf.str().find("<edge ", at + 1)) ++edges;
  std::size_t facts = 0;  // (an edge of weight 0 is no fact and is not exported by default)
  for (auto e : boost::make_iterator_range(boost::edges(b.graph.g))) facts += b.graph.g[e].is_fact() ? 1 : 0;
  CHECK(edges == facts);
  CHECK(facts > 2000);
}
