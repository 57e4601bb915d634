// tests/fuzz/graph_loader_fuzz.cpp: bytes as a graph file -> read_graph_json().
//
// A file may be refused (GraphError, naming the file) but must not crash. A file that loads must
// survive the round trip: written out and read back, it writes the same bytes again. Read in one
// pass and with its edges in small pieces on two threads (the fast reader of the writer's layout),
// it gives the same graph or the same error.
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

// The graph written out, or the error's message.
std::string outcome(const std::string& bytes, const ag::GraphReading& how) {
  std::istringstream in(bytes);
  try {
    return written(ag::read_graph_json(in, "fuzz.json", how));
  } catch (const ag::Error& e) {
    FUZZ_CHECK(e.code() == ag::ExitCode::graph);
    FUZZ_CHECK(e.where().file == "fuzz.json");
    return "error: " + e.message();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes = ag::fuzz::bytes(data, size);
  const std::string once = outcome(bytes, ag::GraphReading{.pieces = false});
  FUZZ_CHECK(outcome(bytes, ag::GraphReading{2, 16}) == once);
  if (once.rfind("error: ", 0) == 0) return 0;
  std::istringstream again(once);
  const std::string twice = written(ag::read_graph_json(again, "written.json"));
  FUZZ_CHECK(once == twice);
  return 0;
}
