// bench/graph_bench.cpp: times the graph side of actorgraph inside one process.
//
//   graph_bench GRAPH [--gexf FILE] [--repeat N] [--threads N]
//
// Prints "key value" lines: the time to load GRAPH (load_graph, as every command does), its size,
// the latency of `query neighbors` (resolve the name, collect the rows, write the table into
// memory) for the actor of highest degree and for a sample of other actors (median of N runs each),
// and with --gexf the time to write the GEXF export to FILE. bench/bench.sh runs it; it never
// fails on speed.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "export/export.hpp"
#include "graph/graph_json.hpp"
#include "query/query.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Median wall time (ms) of `repeat` neighbors answers for `actor`; `rows` gets the answer's size.
double neighbors_ms(const ag::ActorGraph& g, const std::string& actor, int repeat, std::size_t& rows) {
  std::vector<double> ms;
  for (int i = 0; i < repeat; ++i) {
    const auto t = Clock::now();
    const ag::NeighborsResult r = ag::query_neighbors(g, actor, ag::GraphFilter{});
    std::ostringstream out;
    ag::write_result(out, r, ag::QueryFormat::table);
    ms.push_back(seconds_since(t) * 1000);
    rows = r.rows.size();
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

int usage() {
  std::cerr << "usage: graph_bench GRAPH [--gexf FILE] [--repeat N] [--threads N]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") return usage();
  std::string gexf;
  int repeat = 20;
  unsigned threads = 0;
  for (std::size_t i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--gexf") gexf = args[i + 1];
    else if (args[i] == "--repeat") repeat = std::max(1, std::atoi(args[i + 1].c_str()));
    else if (args[i] == "--threads") threads = static_cast<unsigned>(std::max(0, std::atoi(args[i + 1].c_str())));
    else return usage();
  }
  try {
    auto t = Clock::now();
    std::size_t pieces = 0;
    ag::GraphReading how;
    how.threads = threads;
    how.pieces_read = &pieces;
    const ag::ActorGraph g = ag::load_graph(args[0], how);
    std::cout << "load_s " << seconds_since(t) << "\nload_pieces " << pieces << "\n";
    std::cout << "nodes " << boost::num_vertices(g.g) << "\nedges " << boost::num_edges(g.g) << "\n";
    if (boost::num_vertices(g.g) > 0) {
      // Actors by degree: the highest (the worst case) and a spread of others.
      std::vector<std::pair<std::size_t, ag::Vertex>> by_degree;
      for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
        by_degree.emplace_back(boost::out_degree(v, g.g) + boost::in_degree(v, g.g), v);
      std::sort(by_degree.begin(), by_degree.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      std::size_t rows = 0;
      const double top = neighbors_ms(g, g.g[by_degree[0].second].id, repeat, rows);
      std::cout << "neighbors_top_actor " << g.g[by_degree[0].second].id << "\nneighbors_top_rows " << rows
                << "\nneighbors_top_ms " << top << "\n";
      std::vector<double> sample;
      const std::size_t step = std::max<std::size_t>(1, by_degree.size() / 20);
      for (std::size_t i = 0; i < by_degree.size(); i += step)
        sample.push_back(neighbors_ms(g, g.g[by_degree[i].second].id, repeat, rows));
      std::sort(sample.begin(), sample.end());
      std::cout << "neighbors_median_ms " << sample[sample.size() / 2] << "\n";
    }
    if (!gexf.empty()) {
      t = Clock::now();
      std::ofstream out(gexf, std::ios::binary);
      ag::write_gexf(out, g, ag::ExportOptions{});
      out.close();
      std::cout << "gexf_s " << seconds_since(t) << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "graph_bench: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
