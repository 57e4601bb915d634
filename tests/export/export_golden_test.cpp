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

using namespace ag;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(ACTORGRAPH_TEST_DATA) / "export" / "golden";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void spill(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

ExportOptions test_options() {
  ExportOptions o;
  o.version = "TEST";  // the golden files do not change with each release
  return o;
}

using Writer = std::function<void(std::ostream&, const ActorGraph&, const ExportOptions&)>;

void check_golden(const std::string& name, const Writer& write, const ExportOptions& options = test_options()) {
  std::ostringstream out;
  write(out, test::fixture_graph(), options);
  const fs::path golden = kGolden / name;
  if (const char* update = std::getenv("ACTORGRAPH_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    spill(golden, out.str());
    MESSAGE("updated " << golden.string());
    return;
  }
  const fs::path actual = fs::path(EXPORT_ACTUAL_DIR) / name;
  const bool same = fs::exists(golden) && slurp(golden) == out.str();
  if (same) fs::remove(actual);  // no stale output from an earlier failure
  else spill(actual, out.str());
  INFO("golden file " << golden.string() << " differs; actual output is in " << actual.string()
                      << "\nif the change is intended: ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir <build> -R export");
  CHECK(same);
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
