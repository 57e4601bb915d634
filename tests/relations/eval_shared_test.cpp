// The development set in ../shared/eval: the extractor over every passage, scored like
// ../shared/eval/score.py at the country level (people replaced by their state). Pins a floor
// under precision and F1, so a rule change that loses quality fails the suite.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include <rapidjson/document.h>

#include "relations/extractor.hpp"

using namespace ag;
namespace fs = std::filesystem;

namespace {

const std::set<std::string> kUnordered = {"exercise", "meeting", "agreement", "cooperation", "trade"};
using Triple = std::tuple<std::string, std::string, std::string>;

Triple key(std::string s, const std::string& r, std::string t) {
  if (kUnordered.count(r) && t < s) std::swap(s, t);
  return {s, r, t};
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("development set: country-level precision and F1 stay above their floors") {
  const fs::path eval = fs::path(ACTORGRAPH_SHARED_DIR) / "eval";
  REQUIRE(fs::exists(eval / "gold.jsonl"));
  const RulePack pack = load_rules({std::string(ACTORGRAPH_SOURCE_DIR) + "/rules"});
  const Extractor x(pack);
  std::size_t tp = 0, fp = 0, fn = 0;
  std::istringstream gold(read(eval / "gold.jsonl"));
  for (std::string line; std::getline(gold, line);) {
    rapidjson::Document g;
    g.Parse(line.c_str());
    REQUIRE(!g.HasParseError());
    const std::string doc = g["doc"].GetString();
    std::map<std::string, std::string> country;  // person -> state (gold tables)
    for (const auto& p : g["persons"].GetObject())
      if (p.value.HasMember("country")) country[p.name.GetString()] = p.value["country"].GetString();
    auto level = [&](const std::string& n) { return country.count(n) ? country[n] : n; };
    std::set<Triple> pos, skip, pred;
    for (const auto& t : g["triples"].GetArray()) {
      const std::string s = level(t["s"].GetString()), o = level(t["t"].GetString());
      if (s == o) continue;
      const Triple k = key(s, t["r"].GetString(), o);
      if (t.HasMember("optional") && t["optional"].GetBool()) skip.insert(k);
      else if (!(t.HasMember("negated") && t["negated"].GetBool())) pos.insert(k);
    }
    Extraction ex;
    x.extract(Document{doc, read(eval / "docs" / (doc + ".txt")), {}, {}, {}, {}}, ex);
    for (const auto& r : ex.relations) {
      if (r.negated || r.hedged) continue;
      const std::string s = level(x.actor(ex, r.source).label), o = level(x.actor(ex, r.target).label);
      if (s != o) pred.insert(key(s, pack.relations[r.relation].id, o));
    }
    for (const auto& k : pred) {
      if (skip.count(k) && !pos.count(k)) continue;
      (pos.count(k) ? tp : fp) += 1;
    }
    for (const auto& k : pos) fn += !pred.count(k);
  }
  const double precision = tp + fp ? double(tp) / double(tp + fp) : 0;
  const double recall = tp + fn ? double(tp) / double(tp + fn) : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  MESSAGE("country level: precision " << precision << ", recall " << recall << ", F1 " << f1);
  CHECK(precision >= 0.90);
  CHECK(f1 >= 0.85);
}
