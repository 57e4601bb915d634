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
