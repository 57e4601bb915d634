// Rule loading: valid files load; each class of error names the file, the line or JSON path, and
// what is wrong (issue: "each error class has a test that shows its message").
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "rules/rule_pack.hpp"

using namespace ag;
namespace fs = std::filesystem;

namespace {

const std::string kFixtures = std::string(ACTORGRAPH_TEST_DATA) + "/rules/fixtures/";

// Writes `text` to a fresh temporary rule file and returns its path.
std::string temp_rule_file(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / "actorgraph-rule-tests";
  fs::create_directories(dir);
  const fs::path p = dir / name;
  std::ofstream(p) << text;
  return p.string();
}

// The message of the RuleError that loading `files` throws ("" if none).
std::string load_error(const std::vector<std::string>& files) {
  try {
    load_rules(files);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::rules);
    return e.message();
  }
  return "";
}

const char* kActorHead = R"({"kind": "actors", "actors": [)";

}  // namespace

TEST_CASE("a valid pack loads with its actors, relations, rules and examples") {
  const RulePack pack = load_rules({kFixtures + "mini_actors.json", kFixtures + "mini_relations.json"});
  CHECK(pack.actors.size() == 10);
  CHECK(pack.relations.size() == 3);
  CHECK(pack.rules.size() == 3);
  CHECK(pack.actor_examples.size() == 2);
  CHECK(pack.relation_examples.size() == 2);
  CHECK(pack.find_actor("CHN").has_value());
  CHECK(pack.actors[*pack.find_actor("CHN")].demonyms == std::vector<std::string>{"Chinese", "Sino"});
  CHECK(pack.fingerprint.size() == 16);
  CHECK(pack.rules[0].where.line > 0);
  CHECK(pack.relation_examples[1].expect[0].relation == "exercise");
}

TEST_CASE("the fingerprint depends on the rules' content") {
  const RulePack a = load_rules({kFixtures + "mini_actors.json"});
  const RulePack b = load_rules({kFixtures + "mini_actors.json", kFixtures + "mini_relations.json"});
  CHECK(a.fingerprint != b.fingerprint);
  CHECK(a.fingerprint == load_rules({kFixtures + "mini_actors.json"}).fingerprint);
}

TEST_CASE("invalid JSON is reported with line and column") {
  const auto f = temp_rule_file("bad_json.json", "{\"kind\": \"actors\",\n  \"actors\": [\n    {\"id\": \"X\",, }\n  ]\n}\n");
  const std::string msg = load_error({f});
  CHECK(msg.find("bad_json.json:3:") != std::string::npos);
  CHECK(msg.find("invalid JSON") != std::string::npos);
}

TEST_CASE("numbers RapidJSON cannot read safely are refused with their place") {
  // A zero with a huge exponent, and hundreds of leading zeros before a digit: RapidJSON 1.1.0's
  // full-precision parser reads out of bounds on them (found by fuzzing).
  const std::string zeros = "0." + std::string(440, '0') + "5";
  const struct {
    std::string number;
    const char* what;
  } cases[] = {
      {"0e0176", "a zero written with an exponent"},
      {zeros, "a number of more than 40 digits"},
      {"1e999", "an exponent beyond 300"},
      {"0.00001844674407370955161599", "a number of more than 19 significant digits"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.number);
    const std::string msg = load_error({temp_rule_file("number.json", "{\"kind\": \"actors\",\n \"x\": " + c.number + "}")});
    CHECK(msg.find("number.json:2:7: unsupported number: ") != std::string::npos);
    CHECK(msg.find(c.what) != std::string::npos);
  }
  // A syntax error before such a number is the error reported: the first one in the file.
  const std::string msg = load_error({temp_rule_file("number.json", "{\"kind\": \"actors\",, \"x\": 0e0176}")});
  CHECK(msg.find("number.json:1:19: invalid JSON") != std::string::npos);
  // Ordinary numbers, and digits inside strings, are fine.
  CHECK(load_error({temp_rule_file("number.json", R"({"kind": "actors", "actors": [], "x": "0e0176 0.0000000000000000000000000000000000000000000005"})")})
            .find("unsupported number") == std::string::npos);
}

TEST_CASE("a schema violation names the line, the JSON path and the problem") {
  const auto missing = temp_rule_file("missing_label.json", std::string(kActorHead) + "\n {\"id\": \"X\", \"type\": \"country\"}\n]}\n");
  std::string msg = load_error({missing});
  CHECK(msg.find("missing_label.json:2:") != std::string::npos);
  CHECK(msg.find("/actors/0") != std::string::npos);
  CHECK(msg.find("missing required key \"label\"") != std::string::npos);

  const auto unknown = temp_rule_file("unknown_key.json", std::string(kActorHead) +
                                                              "\n {\"id\": \"X\", \"label\": \"X\", \"type\": \"country\",\n  \"alias\": [\"Y\"]}\n]}\n");
  msg = load_error({unknown});
  CHECK(msg.find("unknown_key.json:3:") != std::string::npos);
  CHECK(msg.find("(at /actors/0/alias)") != std::string::npos);
  CHECK(msg.find("unknown key \"alias\"") != std::string::npos);

  const auto wrong_type = temp_rule_file("wrong_type.json", std::string(kActorHead) + "\n {\"id\": \"X\", \"label\": 5, \"type\": \"country\"}]}");
  msg = load_error({wrong_type});
  CHECK(msg.find("(at /actors/0/label)") != std::string::npos);
  CHECK(msg.find("expected string, found a number") != std::string::npos);
}

TEST_CASE("an RE2 pattern that does not compile is reported with RE2's message") {
  const auto f = temp_rule_file("bad_pattern.json", std::string(kActorHead) +
                                                        "\n {\"id\": \"X\", \"label\": \"X\", \"type\": \"country\",\n  \"patterns\": [\"Foo(bar\"]}]}");
  const std::string msg = load_error({f});
  CHECK(msg.find("bad_pattern.json:3:") != std::string::npos);
  CHECK(msg.find("/actors/0/patterns/0") != std::string::npos);
  CHECK(msg.find("pattern \"Foo(bar\" does not compile: missing )") != std::string::npos);
}

TEST_CASE("a relation pattern that does not compile names the rule's pattern") {
  const auto f = temp_rule_file("bad_relation.json", R"({"kind": "relations",
  "relations": [{"id": "r", "directed": true, "polarity": "neutral"}],
  "lexicon": {"w": {"words": ["hit"]}},
  "rules": [
    {"id": "r.one", "relation": "r",
     "pattern": "{S} {w} (?:on {T}"}
  ]})");
  const std::string msg = load_error({f});
  CHECK(msg.find("bad_relation.json:6:") != std::string::npos);
  CHECK(msg.find("/rules/0/pattern") != std::string::npos);
  CHECK(msg.find("pattern \"{S} {w} (?:on {T}\" does not compile: missing )") != std::string::npos);
}

TEST_CASE("a pattern exceeding RE2's memory budget is an error, not a hang") {
  // Eight thousand letters of any script: far beyond the 64 MB a pattern may take (pattern_options).
  const auto f = temp_rule_file("huge_relation.json", R"({"kind": "relations",
  "relations": [{"id": "r", "directed": true, "polarity": "neutral"}],
  "lexicon": {"w": {"words": ["hit"]}},
  "rules": [{"id": "r.one", "relation": "r", "pattern": "{S} {w} (?:\\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}) {T}"}]})");
  const std::string msg = load_error({f});
  CHECK(msg.find("huge_relation.json") != std::string::npos);
  CHECK(msg.find("exceeds RE2's memory budget") != std::string::npos);
  CHECK(msg.size() < 300);  // the message quotes the rule's pattern, not its expansion
}

TEST_CASE("unknown references in a pattern are errors") {
  const auto f = temp_rule_file("unknown_list.json", R"({"kind": "relations",
  "relations": [{"id": "r", "directed": true, "polarity": "neutral"}],
  "rules": [{"id": "r.one", "relation": "r", "pattern": "{S} {nosuchlist} {T}"}]})");
  CHECK(load_error({f}).find("unknown word list {nosuchlist}") != std::string::npos);
  const auto g = temp_rule_file("unknown_relation.json", R"({"kind": "relations",
  "lexicon": {"w": {"words": ["hit"]}},
  "rules": [{"id": "r.one", "relation": "nosuch", "pattern": "{S} {w} {T}"}]})");
  CHECK(load_error({g}).find("unknown relation type \"nosuch\"") != std::string::npos);
}

TEST_CASE("duplicate ids are errors naming both places") {
  const auto f = temp_rule_file("dup_a.json", std::string(kActorHead) + R"({"id": "X", "label": "Xland", "type": "country"}]})");
  const auto g = temp_rule_file("dup_b.json", std::string(kActorHead) + "\n" + R"({"id": "X", "label": "Yland", "type": "country"}]})");
  const std::string msg = load_error({f, g});
  CHECK(msg.find("dup_b.json:2:") != std::string::npos);
  CHECK(msg.find("duplicate actor id \"X\"") != std::string::npos);
  CHECK(msg.find("dup_a.json") != std::string::npos);
}

TEST_CASE("one alias claimed by two actors is an error") {
  const auto f = temp_rule_file("alias_clash.json", std::string(kActorHead) + R"(
    {"id": "A", "label": "Aland", "type": "country", "metonyms": ["Capital City"]},
    {"id": "B", "label": "Bland", "type": "country", "aliases": ["capital city"]}]})");
  const std::string msg = load_error({f});
  CHECK(msg.find("/actors/1/aliases/0") != std::string::npos);
  CHECK(msg.find("claimed by two actors") != std::string::npos);
}

TEST_CASE("unknown member ids and unknown kinds are errors") {
  const auto f = temp_rule_file("bad_member.json", std::string(kActorHead) + R"({"id": "org.x", "label": "X Org", "type": "organization", "members": ["NOPE"]}]})");
  CHECK(load_error({f}).find("unknown member id \"NOPE\"") != std::string::npos);
  const auto g = temp_rule_file("bad_kind.json", R"({"kind": "people", "actors": []})");
  CHECK(load_error({g}).find("unknown kind \"people\"") != std::string::npos);
}

TEST_CASE("a missing rule path is an error") {
  CHECK(load_error({"/no/such/rules"}).find("no such rule file or directory") != std::string::npos);
}
