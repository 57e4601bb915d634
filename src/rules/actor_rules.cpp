// rules/actor_rules.cpp: loading "actors" rule files and checking the actor table as a whole.
#include <fmt/format.h>
#include <re2/re2.h>

#include <map>
#include <set>

#include "core/word_chars.hpp"
#include "rules/loader_detail.hpp"

namespace ag::detail {
namespace {

std::vector<std::string> strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  if (!obj.HasMember(key)) return out;
  for (const auto& v : obj[key].GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

}  // namespace

std::string alias_key(const std::string& name) {
  std::string out;
  alias_key_into(name, out);
  return out;
}

void alias_key_into(std::string_view name, std::string& out) {
  out.clear();
  bool space = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    // U+2018/U+2019 (E2 80 98/99) -> ', U+201C/U+201D -> ", U+2013/U+2014 -> -
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(name[i + 2]);
      char folded = d == 0x98 || d == 0x99 ? '\'' : d == 0x9C || d == 0x9D ? '"' : d == 0x93 || d == 0x94 ? '-' : 0;
      if (folded) {
        out += folded;
        i += 2;
        space = false;
        continue;
      }
    }
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(ascii_lower(c));
  }
}

void load_actor_file(const JsonSource& src, RulePack& pack, Origins& origins) {
  const auto& actors = src.doc["actors"];
  for (rapidjson::SizeType i = 0; i < actors.Size(); ++i) {
    const auto& a = actors[i];
    Actor actor;
    actor.id = a["id"].GetString();
    actor.label = a["label"].GetString();
    actor.type = a["type"].GetString();
    actor.aliases = strings(a, "aliases");
    actor.metonyms = strings(a, "metonyms");
    actor.demonyms = strings(a, "demonyms");
    actor.patterns = strings(a, "patterns");
    actor.members = strings(a, "members");
    if (a.HasMember("facts"))
      for (const auto& f : a["facts"].GetObject()) actor.facts[f.name.GetString()] = f.value.GetString();
    pack.actors.push_back(std::move(actor));
    origins.actors.push_back(Origin{&src, pointer_append("/actors", i)});
  }
  if (!src.doc.HasMember("examples")) return;
  const auto& examples = src.doc["examples"];
  for (rapidjson::SizeType i = 0; i < examples.Size(); ++i) {
    const auto& e = examples[i];
    ActorExample ex;
    ex.text = e["text"].GetString();
    ex.expect = strings(e, "actors");
    ex.reject = strings(e, "not");
    ex.where = src.locate(pointer_append("/examples", i));
    pack.actor_examples.push_back(std::move(ex));
  }
}

void check_actors(const RulePack& pack, const Origins& origins) {
  auto where = [&](std::size_t i, const std::string& sub) { return origins.actors[i].locate(sub); };
  std::map<std::string, std::size_t> ids;
  for (std::size_t i = 0; i < pack.actors.size(); ++i) {
    auto [it, fresh] = ids.emplace(pack.actors[i].id, i);
    if (!fresh)
      throw RuleError(where(i, "/id"), fmt::format("duplicate actor id \"{}\" (first defined at {})", pack.actors[i].id,
                                                   where(it->second, "/id").str()));
  }
  // One name, one actor: an alias, metonym or demonym claimed by two actors is ambiguous.
  std::map<std::string, std::pair<std::size_t, std::string>> names;
  for (std::size_t i = 0; i < pack.actors.size(); ++i) {
    const Actor& a = pack.actors[i];
    std::set<std::string> own;
    auto claim = [&](const std::string& name, const std::string& sub) {
      const std::string key = alias_key(name);
      if (!own.insert(key).second) return;  // the same actor may repeat a name
      auto [it, fresh] = names.emplace(key, std::make_pair(i, sub));
      if (!fresh)
        throw RuleError(where(i, sub), fmt::format("\"{}\" is claimed by two actors: \"{}\" and \"{}\" ({})", name,
                                                   pack.actors[it->second.first].id, a.id,
                                                   where(it->second.first, it->second.second).str()));
    };
    claim(a.label, "/label");
    for (std::size_t k = 0; k < a.aliases.size(); ++k) claim(a.aliases[k], fmt::format("/aliases/{}", k));
    for (std::size_t k = 0; k < a.metonyms.size(); ++k) claim(a.metonyms[k], fmt::format("/metonyms/{}", k));
    for (std::size_t k = 0; k < a.demonyms.size(); ++k) claim(a.demonyms[k], fmt::format("/demonyms/{}", k));
    for (std::size_t k = 0; k < a.members.size(); ++k)
      if (!ids.count(a.members[k]))
        throw RuleError(where(i, fmt::format("/members/{}", k)), fmt::format("unknown member id \"{}\"", a.members[k]));
    for (const char* fact : {"country", "organization"})
      if (auto f = a.facts.find(fact); f != a.facts.end() && !ids.count(f->second))
        throw RuleError(where(i, std::string("/facts/") + fact), fmt::format("unknown actor id \"{}\"", f->second));
    RE2::Options opts;
    opts.set_log_errors(false);
    for (std::size_t k = 0; k < a.patterns.size(); ++k) {
      RE2 re(a.patterns[k], opts);
      if (!re.ok()) {
        std::string why = re.error();
        if (const auto colon = why.find(':'); colon != std::string::npos) why.resize(colon);
        throw RuleError(where(i, fmt::format("/patterns/{}", k)),
                        fmt::format("pattern \"{}\" does not compile: {}", a.patterns[k], why));
      }
    }
  }
}

}  // namespace ag::detail
