// tests/fuzz/graph_loader_fuzz.cpp: bytes as a graph file -> read_graph_json().
//
// A file may be refused (GraphError, naming the file) but must not crash. A file that loads must
// survive the round trip: written out and read back, it writes the same bytes again.
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "graph/graph_json.hpp"
#include "fuzz_check.hpp"

namespace {

std::string written(const ag::ActorGraph& graph) {
  std::ostringstream out;
  ag::write_graph_json(out, graph);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(ag::fuzz::bytes(data, size));
  ag::ActorGraph graph;
  try {
    graph = ag::read_graph_json(in, "fuzz.json");
  } catch (const ag::Error& e) {
    FUZZ_CHECK(e.code() == ag::ExitCode::graph);
    FUZZ_CHECK(e.where().file == "fuzz.json");
    return 0;
  }
  const std::string once = written(graph);
  std::istringstream again(once);
  const std::string twice = written(ag::read_graph_json(again, "written.json"));
  FUZZ_CHECK(once == twice);
  return 0;
}
