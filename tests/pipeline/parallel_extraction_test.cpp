// The thread pool of build and extract: the sink sees documents in input order for any number of
// threads, and a document that fails stops the run at its turn, after every document before it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

#include "pipeline/parallel_extraction.hpp"
#include "../mini_pack.hpp"

using namespace ag;

namespace {

const Extractor& extractor() { return testing::mini_extractor(); }

// A JSON Lines corpus of `count` documents "d0", "d1", ...; every seventh is long (several of the
// pool's batches), so that workers finish documents out of input order.
std::string write_corpus(std::size_t count) {
  const auto path = std::filesystem::temp_directory_path() / fmt::format("actorgraph-pipeline-{}.jsonl", count);
  std::ofstream out(path, std::ios::binary);
  for (std::size_t i = 0; i < count; ++i) {
    std::string text = fmt::format("Russia and China held talks in round {}. ", i);
    if (i % 7 == 0)
      for (int k = 0; k < 500; ++k) text += "The US imposed new sanctions on Russia. ";
    out << fmt::format(R"({{"id": "d{}", "text": "{}"}})", i, text) << '\n';
  }
  return path.string();
}

struct Seen {
  std::vector<std::string> ids;
  std::size_t relations = 0;
};

// Runs the pool; `failing` names a document whose prepare step throws. `seen` holds what the sink
// got, also when the run throws.
void run(const std::string& corpus, unsigned threads, Seen& seen, const std::string& failing = "") {
  const PrepareStep prepare = [&](const Document& doc, const Extraction& ex) {
    if (doc.id == failing) throw std::runtime_error("prepare failed on " + doc.id);
    return std::any(ex.relations.size());
  };
  const PreparedSink sink = [&](const Document& doc, const Extraction&, std::any& prepared) {
    seen.ids.push_back(doc.id);
    seen.relations += std::any_cast<std::size_t>(prepared);
  };
  extract_documents({corpus}, ReadOptions{}, extractor(), threads, prepare, sink, [](const Warning&) {});
}

}  // namespace

TEST_CASE("the sink sees every document in input order, whatever the number of threads") {
  const std::string corpus = write_corpus(300);
  Seen one;
  run(corpus, 1, one);
  REQUIRE(one.ids.size() == 300);
  for (std::size_t i = 0; i < one.ids.size(); ++i) REQUIRE(one.ids[i] == fmt::format("d{}", i));
  CHECK(one.relations > 300);
  for (unsigned threads : {2u, 3u, 8u}) {
    CAPTURE(threads);
    Seen many;
    run(corpus, threads, many);
    CHECK(many.ids == one.ids);
    CHECK(many.relations == one.relations);
  }
  std::filesystem::remove(corpus);
}

TEST_CASE("a failing document stops the run at its turn, after every document before it") {
  const std::string corpus = write_corpus(300);
  for (unsigned threads : {1u, 2u, 3u}) {
    CAPTURE(threads);
    Seen seen;
    CHECK_THROWS_WITH_AS(run(corpus, threads, seen, "d150"), "prepare failed on d150", std::runtime_error);
    REQUIRE(seen.ids.size() == 150);
    CHECK(seen.ids.front() == "d0");
    CHECK(seen.ids.back() == "d149");
  }
  std::filesystem::remove(corpus);
}
