// rules/rule_loader.cpp: load_rules(): finds the rule files, parses and validates each, then runs
// the checks that need the whole pack. The first error stops loading (a pack is valid or absent).
#include <algorithm>
#include <deque>
#include <filesystem>

#include <fmt/format.h>

#include "core/hash.hpp"
#include "rules/loader_detail.hpp"
#include "rules/rule_pack.hpp"
#include "rules/schema.hpp"

namespace ag {
namespace fs = std::filesystem;
namespace {

bool is_rule_file(const fs::path& p) {
  const std::string name = p.filename().string();
  return p.extension() == ".json" && name.find(".schema.") == std::string::npos && name[0] != '.';
}

// Every *.json below `path` (sorted), or `path` itself; schema files are not rule files.
void collect(const std::string& path, std::vector<std::string>& out) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw RuleError(Location(path), "no such rule file or directory");
  if (!fs::is_directory(status)) {
    out.push_back(path);
    return;
  }
  std::vector<std::string> found;
  for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && is_rule_file(it->path())) found.push_back(it->path().string());
  }
  if (ec) throw RuleError(Location(path), "cannot read directory: " + ec.message());
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

std::string pack_fingerprint(const std::deque<JsonSource>& sources) {
  Fnv1a h;
  for (const auto& s : sources) {
    h.add(s.text);
    h.add_byte(0xFF);  // file separator
  }
  return h.hex();
}

// Parses, validates and loads the files one after another (`parse(i)` gives the i-th), so the
// first invalid file stops loading before later ones are even parsed.
template <class Parse>
RulePack load_sources(std::size_t count, Parse parse) {
  RulePack pack;
  detail::Origins origins;
  std::deque<JsonSource> sources;  // kept alive: origins point into them
  for (std::size_t i = 0; i < count; ++i) {
    sources.push_back(parse(i));
    sources.back().index_pointers();  // every rule and example is located as it is loaded
    const JsonSource& src = sources.back();
    if (!src.doc.IsObject() || !src.doc.HasMember("kind") || !src.doc["kind"].IsString())
      throw RuleError(src.locate(""), "a rule file is an object with \"kind\": \"actors\" or \"relations\"");
    const std::string kind = src.doc["kind"].GetString();
    if (kind == "actors") {
      validate_rule_file(src, RuleFileKind::actors);
      detail::load_actor_file(src, pack, origins);
    } else if (kind == "relations") {
      validate_rule_file(src, RuleFileKind::relations);
      detail::load_relation_file(src, pack, origins);
    } else {
      throw RuleError(src.locate("/kind"), fmt::format("unknown kind \"{}\" (expected \"actors\" or \"relations\")", kind));
    }
    pack.files.push_back(src.file);
  }
  detail::check_actors(pack, origins);
  detail::compile_relation_rules(pack, origins);
  pack.fingerprint = pack_fingerprint(sources);
  return pack;
}

}  // namespace

RulePack load_rules(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& p : paths) collect(p, files);
  if (files.empty()) throw RuleError(Location(paths.empty() ? std::string() : paths.front()), "no rule files found");
  return load_sources(files.size(), [&](std::size_t i) { return parse_json_file(files[i], ExitCode::rules); });
}

RulePack load_rules_text(const std::vector<RuleText>& files) {
  if (files.empty()) throw RuleError(Location(), "no rule files found");
  return load_sources(files.size(),
                      [&](std::size_t i) { return parse_json_text(files[i].name, files[i].text, ExitCode::rules); });
}

}  // namespace ag
