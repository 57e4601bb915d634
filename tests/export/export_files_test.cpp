// export_graph(): which files each format writes, atomically, and what a reader of them sees.
// Boost's own GraphML reader (the one in libboost_graph) reads the GraphML export back.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include "core/error.hpp"
#include "export/export.hpp"
#include "graph/graph_json.hpp"
#include "fixture_graph.hpp"

using namespace ag;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh scratch directory, removed at the end of the test.
struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("actorgraph-export-" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
};

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

template <typename Writer>
std::string written_by(Writer write, const ActorGraph& graph, const ExportOptions& options) {
  std::ostringstream out;
  write(out, graph, options);
  return out.str();
}

}  // namespace

TEST_CASE("export_graph writes one file, or a directory of files, and nothing else") {
  const Scratch scratch;
  const ActorGraph graph = test::fixture_graph();
  const ExportOptions options;

  const fs::path gexf = scratch.dir / "graph.gexf";
  CHECK(export_graph(gexf.string(), ExportFormat::gexf, graph, options) == std::vector<std::string>{gexf.string()});
  CHECK(slurp(gexf) == written_by(write_gexf, graph, options));

  const fs::path csv = scratch.dir / "new" / "csv";  // parents are created
  CHECK(export_graph(csv.string(), ExportFormat::csv, graph, options).size() == 2);
  CHECK(names_in(csv) == std::vector<std::string>{"edges.csv", "nodes.csv"});
  CHECK(slurp(csv / "edges.csv") == written_by(write_csv_edges, graph, options));

  const fs::path neo4j = scratch.dir / "neo4j";
  CHECK(export_graph(neo4j.string(), ExportFormat::neo4j, graph, options).size() == 3);
  CHECK(names_in(neo4j) == std::vector<std::string>{"import.sh", "nodes.csv", "relationships.csv"});
  CHECK(slurp(neo4j / "import.sh").find(neo4j_import_command(".")) != std::string::npos);

  // The formats that write several files need a directory.
  CHECK_THROWS_AS(export_graph("-", ExportFormat::csv, graph, options), OutputError);
  CHECK_THROWS_AS(export_graph(gexf.string(), ExportFormat::neo4j, graph, options), OutputError);
  CHECK(names_in(scratch.dir) == std::vector<std::string>{"graph.gexf", "neo4j", "new"});  // no temporary left
}

TEST_CASE("a failed export leaves the previous file as it was") {
  const Scratch scratch;
  const fs::path path = scratch.dir / "graph.gexf";
  std::ofstream(path) << "previous";
  fs::create_directories(scratch.dir / "blocked");
  // A directory where the file should go: the temporary file is written, the rename fails.
  CHECK_THROWS_AS(export_graph((scratch.dir / "blocked").string(), ExportFormat::gexf, test::fixture_graph(),
                               ExportOptions{}),
                  OutputError);
  CHECK(slurp(path) == "previous");
  CHECK(names_in(scratch.dir) == std::vector<std::string>{"blocked", "graph.gexf"});
}

namespace {

struct BoostNode {
  std::string label, type;
  long mentions = 0;
  bool discovered = false;
};
struct BoostEdge {
  std::string relation;
  double weight = 0;
  bool directed = false;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, BoostNode, BoostEdge>;

}  // namespace

TEST_CASE("Boost's read_graphml reads the GraphML export with typed keys") {
  const ActorGraph graph = test::fixture_graph();
  std::istringstream in(written_by(write_graphml, graph, ExportOptions{}));
  BoostGraph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&BoostNode::label, g));
  dp.property("type", boost::get(&BoostNode::type, g));
  dp.property("mentions", boost::get(&BoostNode::mentions, g));
  dp.property("discovered", boost::get(&BoostNode::discovered, g));
  dp.property("relation", boost::get(&BoostEdge::relation, g));
  dp.property("weight", boost::get(&BoostEdge::weight, g));
  dp.property("directed", boost::get(&BoostEdge::directed, g));
  boost::read_graphml(in, g, dp);

  REQUIRE(boost::num_vertices(g) == 5);
  REQUIRE(boost::num_edges(g) == 6);
  std::map<std::string, BoostNode> nodes;
  for (const auto v : boost::make_iterator_range(boost::vertices(g))) nodes[g[v].label] = g[v];
  CHECK(nodes.at("Иван Иванов (analyst)").type == "person");
  CHECK(nodes.at("Иван Иванов (analyst)").discovered);
  CHECK(nodes.at("\"Quotes\" & <Angles> Institute, Ltd.").mentions == 3);
  CHECK(nodes.at("Commas, \"quoted\", and 李强").type == "militia group");
  std::map<std::string, BoostEdge> edges;
  for (const auto e : boost::make_iterator_range(boost::edges(g))) edges[g[e].relation] = g[e];
  CHECK(edges.at("trade").weight == 3);
  CHECK_FALSE(edges.at("trade").directed);
  CHECK(edges.at("support").directed);
}

TEST_CASE("a graph saved and loaded again exports the same bytes") {
  // The graph file keeps everything the exporters write (facts, aliases, counts, dates, evidence).
  const ActorGraph graph = test::fixture_graph();
  std::stringstream file;
  write_graph_json(file, graph);
  const ActorGraph loaded = read_graph_json(file, "fixture");
  ExportOptions options;
  options.keep_unsupported = true;
  CHECK(written_by(write_gexf, loaded, options) == written_by(write_gexf, graph, options));
  CHECK(written_by(write_graphml, loaded, options) == written_by(write_graphml, graph, options));
  CHECK(written_by(write_cytoscape, loaded, options) == written_by(write_cytoscape, graph, options));
  CHECK(written_by(write_neo4j_relationships, loaded, options) ==
        written_by(write_neo4j_relationships, graph, options));
}
