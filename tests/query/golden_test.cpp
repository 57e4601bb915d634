// Query output, written from the fixture graph, equals its golden file byte for byte: every
// query as a table, and neighbors, between and path in all three formats. A mismatch leaves the
// actual output in the build directory and says how to accept it (ACTORGRAPH_UPDATE_GOLDEN=1
// rewrites the golden files).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "fixture_graph.hpp"
#include "../golden_file.hpp"
#include "graph/graph_json.hpp"
#include "query/query.hpp"

using namespace ag;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(ACTORGRAPH_TEST_DATA) / "query" / "golden";

void check_golden(const std::string& name, const std::string& actual) {
  test::check_golden_file(kGolden / name, fs::path(QUERY_ACTUAL_DIR) / name, actual, "query");
}

template <typename Result>
void check_formats(const std::string& stem, const Result& r) {
  for (auto [format, ext] : {std::pair{QueryFormat::table, ".txt"}, std::pair{QueryFormat::json, ".json"},
                             std::pair{QueryFormat::csv, ".csv"}}) {
    std::ostringstream out;
    write_result(out, r, format);
    check_golden(stem + ext, out.str());
  }
}

template <typename Result>
void check_table(const std::string& name, const Result& r) {
  std::ostringstream out;
  write_result(out, r, QueryFormat::table);
  check_golden(name, out.str());
}

const ActorGraph& graph() {
  static const ActorGraph g = test::fixture_graph();
  return g;
}

}  // namespace

// The CLI golden tests (tests/query/CMakeLists.txt) read the fixture as a graph file; this keeps
// that file equal to the fixture in code.
TEST_CASE("fixture graph file") {
  std::ostringstream out;
  write_graph_json(out, graph());
  check_golden("fixture.json", out.str());
}

TEST_CASE("neighbors golden") { check_formats("neighbors_china", query_neighbors(graph(), "China", {})); }

TEST_CASE("neighbors golden, negated included") {
  GraphFilter f;
  f.include_negated = true;
  check_table("neighbors_china_negated.txt", query_neighbors(graph(), "China", f));
}

TEST_CASE("between golden") { check_formats("between_china_russia", query_between(graph(), "China", "Russia", {})); }

TEST_CASE("path golden") { check_formats("path_ukraine_china", query_path(graph(), "Ukraine", "China", {}, {})); }

TEST_CASE("path golden, weighted") {
  check_table("path_ukraine_china_weighted.txt", query_path(graph(), "Ukraine", "China", {}, {.weighted = true}));
}

TEST_CASE("ego golden") { check_formats("ego_gabuev", query_ego(graph(), "Gabuev", 1, {})); }

TEST_CASE("top golden") {
  check_formats("top_pagerank", query_top(graph(), {}, Centrality::pagerank, 5));
  check_table("top_betweenness.txt", query_top(graph(), {}, Centrality::betweenness, 5));
}

TEST_CASE("actors and relations golden") {
  check_formats("actors", query_actors(graph(), {}, false));
  check_formats("relations", query_relations(graph(), {}));
}
