// rules/relation_rules.cpp: loading "relations" rule files (relation types, lexicon, rules,
// examples) and compiling the rules' patterns once the whole pack is loaded.
#include <fmt/format.h>
#include <re2/re2.h>

#include <set>

#include "rules/lexicon.hpp"
#include "rules/loader_detail.hpp"
#include "rules/pattern_compiler.hpp"

namespace ag::detail {
namespace {

std::string str(const rapidjson::Value& obj, const char* key, std::string fallback = {}) {
  return obj.HasMember(key) ? std::string(obj[key].GetString(), obj[key].GetStringLength()) : fallback;
}

std::vector<std::string> strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  if (!obj.HasMember(key)) return out;
  for (const auto& v : obj[key].GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Polarity polarity_of(const std::string& p) {
  return p == "cooperative" ? Polarity::cooperative : p == "conflictual" ? Polarity::conflictual : Polarity::neutral;
}

void load_lexicon(const JsonSource& src, RulePack& pack, Origins& origins) {
  if (!src.doc.HasMember("lexicon")) return;
  for (const auto& entry : src.doc["lexicon"].GetObject()) {
    const std::string name = entry.name.GetString();
    WordList& list = pack.lexicon[name];
    origins.lexicon.emplace(name, Origin{&src, pointer_append("/lexicon", name)});
    for (const auto& v : strings(entry.value, "verbs"))
      for (auto& f : verb_forms(lower(v))) list.forms.push_back(std::move(f));
    for (const auto& n : strings(entry.value, "nouns"))
      for (auto& f : noun_forms(lower(n))) list.forms.push_back(std::move(f));
    for (const auto& w : strings(entry.value, "words")) list.forms.push_back(lower(w));
    for (const auto& p : strings(entry.value, "patterns")) list.patterns.push_back(p);
  }
}

}  // namespace

void load_relation_file(const JsonSource& src, RulePack& pack, Origins& origins) {
  const auto& doc = src.doc;
  if (doc.HasMember("relations")) {
    const auto& rels = doc["relations"];
    for (rapidjson::SizeType i = 0; i < rels.Size(); ++i) {
      const auto& r = rels[i];
      RelationType t;
      t.id = r["id"].GetString();
      t.label = str(r, "label", t.id);
      t.directed = r["directed"].GetBool();
      t.polarity = polarity_of(r["polarity"].GetString());
      t.cameo = str(r, "cameo");
      t.plover = str(r, "plover");
      t.description = str(r, "description");
      const std::string ptr = pointer_append("/relations", i);
      if (auto prev = pack.find_relation(t.id))
        throw RuleError(src.locate(ptr + "/id"), fmt::format("duplicate relation type \"{}\" (first defined at {})", t.id,
                                                             origins.relations[*prev].locate("/id").str()));
      pack.relations.push_back(std::move(t));
      origins.relations.push_back(Origin{&src, ptr});
    }
  }
  load_lexicon(src, pack, origins);
  if (doc.HasMember("rules")) {
    const auto& rules = doc["rules"];
    for (rapidjson::SizeType i = 0; i < rules.Size(); ++i) {
      RelationRule rule;
      rule.id = rules[i]["id"].GetString();
      rule.relation = rules[i]["relation"].GetString();
      rule.pattern = rules[i]["pattern"].GetString();
      pack.rules.push_back(std::move(rule));
      origins.rules.push_back(Origin{&src, pointer_append("/rules", i)});
    }
  }
  if (doc.HasMember("examples")) {
    const auto& examples = doc["examples"];
    for (rapidjson::SizeType i = 0; i < examples.Size(); ++i) {
      const auto& e = examples[i];
      RelationExample ex;
      ex.text = e["text"].GetString();
      ex.where = src.locate(pointer_append("/examples", i));
      for (const auto& s : strings(e, "expect")) ex.expect.push_back(parse_expected_relation(s, ex.where));
      for (const auto& s : strings(e, "not")) ex.reject.push_back(parse_expected_relation(s, ex.where));
      ex.expect_none = e.HasMember("none") && e["none"].GetBool();
      pack.relation_examples.push_back(std::move(ex));
    }
  }
}

void compile_relation_rules(RulePack& pack, const Origins& origins) {
  std::map<std::string, std::string> alternations;
  for (const auto& [name, list] : pack.lexicon) alternations[name] = alternation(list.forms, list.patterns);
  std::map<std::string, std::size_t> ids;
  const RE2::Options opts = pattern_options();
  for (std::size_t i = 0; i < pack.rules.size(); ++i) {
    RelationRule& rule = pack.rules[i];
    const Origin& at = origins.rules[i];
    rule.where = at.locate();
    if (auto [it, fresh] = ids.emplace(rule.id, i); !fresh)
      throw RuleError(at.locate("/id"), fmt::format("duplicate rule id \"{}\" (first defined at {})", rule.id,
                                                    origins.rules[it->second].locate("/id").str()));
    if (!pack.find_relation(rule.relation))
      throw RuleError(at.locate("/relation"), fmt::format("unknown relation type \"{}\"", rule.relation));
    const CompiledPattern compiled = expand_pattern(rule.pattern, alternations, at.locate("/pattern"));
    rule.expanded = compiled.re2;
    rule.trigger = compiled.trigger;
    rule.slot_letters = compiled.slot_letters;
    auto re = std::make_shared<const RE2>(rule.expanded, opts);
    if (!re->ok()) {
      const bool too_big = re->error_code() == RE2::ErrorPatternTooLarge;
      // RE2's message quotes the expanded pattern; show the user's pattern instead.
      std::string why = re->error();
      if (const auto colon = why.find(':'); colon != std::string::npos) why.resize(colon);
      throw RuleError(at.locate("/pattern"),
                      too_big ? fmt::format("pattern \"{}\" exceeds RE2's memory budget", rule.pattern)
                              : fmt::format("pattern \"{}\" does not compile: {}", rule.pattern, why));
    }
    rule.compiled = std::move(re);
  }
  for (const auto& [name, list] : pack.lexicon) {
    for (std::size_t k = 0; k < list.patterns.size(); ++k) {
      RE2 re(list.patterns[k], opts);
      if (!re.ok())
        throw RuleError(origins.lexicon.at(name).locate(""),
                        fmt::format("word list \"{}\": pattern does not compile: {} (at \"{}\")", name, re.error(),
                                    re.error_arg()));
    }
  }
}

}  // namespace ag::detail
