// tests/fuzz/rule_loader_fuzz.cpp: a rule file's bytes -> load_rules_text().
//
// The fuzzed file is loaded after a small fixed actors file, so that relation files can refer to
// actors and alias conflicts across files are reachable. A load may fail (RuleError: that is the
// point of most inputs) but must not crash. A pack that loads is valid, so the extractor built from
// it must construct without an error and run every example sentence of the pack.
#include <vector>

#include "relations/extractor.hpp"
#include "rules/rule_pack.hpp"
#include "fuzz_check.hpp"

namespace {

constexpr const char* kBaseActors = R"({
  "kind": "actors",
  "actors": [
    {"id": "RUS", "label": "Russia", "type": "country", "aliases": ["Russian Federation"], "demonyms": ["Russian"]},
    {"id": "CHN", "label": "China", "type": "country", "aliases": ["PRC"], "demonyms": ["Chinese"]},
    {"id": "org.sco", "label": "SCO", "type": "organization", "members": ["RUS", "CHN"]}
  ]
})";

void run_examples(const ag::RulePack& pack) {
  const ag::Extractor extractor(pack);
  ag::Extraction out;
  auto run = [&](const std::string& text) {
    extractor.extract(ag::Document{"example", text, {}, {}, {}, {}}, out);
    for (const auto& r : out.relations) FUZZ_CHECK(r.relation < pack.relations.size());
  };
  for (const auto& ex : pack.actor_examples) run(ex.text);
  for (const auto& ex : pack.relation_examples) run(ex.text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<ag::RuleText> files{{"base-actors.json", kBaseActors}, {"fuzz.json", ag::fuzz::bytes(data, size)}};
  ag::RulePack pack;
  try {
    pack = ag::load_rules_text(files);
  } catch (const ag::Error& e) {
    FUZZ_CHECK(e.code() == ag::ExitCode::rules);
    FUZZ_CHECK(!e.where().file.empty());  // every rule error names its file
    return 0;
  }
  FUZZ_CHECK(pack.files.size() == 2);
  run_examples(pack);
  return 0;
}
