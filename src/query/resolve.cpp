// query/resolve.cpp: from a name a user typed ("kremlin", "PRC", "Gabuev") to an actor of the
// graph, or a UsageError that names the closest known actors.
//
// Names are compared after folding ASCII case, straightening typographic apostrophes,
// collapsing runs of spaces and dropping a leading "the "; no locale is involved, so the answer
// is the same everywhere. The levels of precedence are listed in filter.hpp.
#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>

#include "core/error.hpp"
#include "query/filter.hpp"

namespace ag {

namespace {

// Writes the folded `s` into `out` (reusing its storage: resolving scans every actor's names).
void fold_into(std::string& out, std::string_view s) {
  out.clear();
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (s.substr(i, 3) == "\xE2\x80\x99") {  // ’ -> '
      out += '\'';
      i += 2;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out += c;
  }
  if (out.starts_with("the ")) out.erase(0, 4);  // "kremlin" names "the Kremlin"
}

std::string fold(std::string_view s) {
  std::string out;
  fold_into(out, s);
  return out;
}

// Folding never lengthens a name, so a shorter one cannot match.
bool folds_to(std::string_view raw, const std::string& wanted, std::string& scratch) {
  if (raw.size() < wanted.size()) return false;
  fold_into(scratch, raw);
  return scratch == wanted;
}

std::string surname(const ActorNode& a) {
  if (a.type != "person") return {};
  const std::string label = fold(a.label);
  const auto space = label.rfind(' ');
  return space == std::string::npos ? std::string() : label.substr(space + 1);
}

// Levenshtein distance on bytes (names are short; two rows suffice).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::vector<std::string> names_of(const ActorNode& a) {
  std::vector<std::string> names{fold(a.id), fold(a.label)};
  for (const auto& alias : a.aliases_seen) names.push_back(fold(alias));
  if (auto s = surname(a); !s.empty()) names.push_back(s);
  return names;
}

// "Label" or, when the label alone would not tell the actors apart, "Label (id)".
std::string show(const Graph& g, const std::vector<Vertex>& vs) {
  std::string out;
  for (Vertex v : vs) {
    const bool twin = std::count_if(vs.begin(), vs.end(), [&](Vertex w) { return g[w].label == g[v].label; }) > 1;
    if (!out.empty()) out += ", ";
    out += g[v].label.empty() || twin ? g[v].label + " (" + g[v].id + ")" : g[v].label;
  }
  return out;
}

std::vector<Vertex> closest(const Graph& g, const std::string& wanted, std::size_t n) {
  std::vector<std::tuple<std::size_t, std::string, std::string, Vertex>> scored;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    std::size_t best = std::string::npos;
    for (const auto& name : names_of(g[v])) best = std::min(best, edit_distance(wanted, name));
    scored.emplace_back(best, g[v].label, g[v].id, v);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<Vertex> out;
  for (std::size_t i = 0; i < scored.size() && i < n; ++i) out.push_back(std::get<3>(scored[i]));
  return out;
}

// The level at which `a` answers to `wanted` (0 id, 1 label, 2 alias, 3 surname), or 4 = none.
int level_of(const ActorNode& a, const std::string& wanted, std::string& scratch) {
  if (folds_to(a.id, wanted, scratch)) return 0;
  if (folds_to(a.label, wanted, scratch)) return 1;
  for (const std::string& alias : a.aliases_seen)
    if (folds_to(alias, wanted, scratch)) return 2;
  if (a.type == "person" && a.label.size() >= wanted.size()) {
    fold_into(scratch, a.label);
    const auto space = scratch.rfind(' ');
    if (space != std::string::npos && std::string_view(scratch).substr(space + 1) == wanted) return 3;
  }
  return 4;
}

}  // namespace

std::vector<Vertex> actors_named(const ActorGraph& ag, const std::string& name) {
  if (auto v = ag.find(name)) return {*v};
  const Graph& g = ag.g;
  const std::string wanted = fold(name);
  std::string scratch;
  int best = 4;
  std::vector<Vertex> found;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const int level = level_of(g[v], wanted, scratch);
    if (level > best) continue;
    if (level < best) found.clear();
    best = level;
    if (level < 4) found.push_back(v);
  }
  std::sort(found.begin(), found.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
  return found;
}

Vertex resolve_actor(const ActorGraph& ag, const std::string& name) {
  const std::vector<Vertex> found = actors_named(ag, name);
  if (found.size() == 1) return found.front();
  const Graph& g = ag.g;
  if (found.size() > 1) throw UsageError("ambiguous actor '" + name + "': " + show(g, found) + "; name it by id");
  if (boost::num_vertices(g) == 0) throw UsageError("unknown actor '" + name + "': the graph has no actors");
  throw UsageError("unknown actor '" + name + "'; closest: " + show(g, closest(g, fold(name), 3)));
}

std::optional<std::string> actor_id_by_rules(const ActorGraph& g, const std::vector<Actor>& actors,
                                             const std::string& name) {
  const std::string wanted = fold(name);
  std::set<std::string> ids;
  for (const Actor& a : actors) {
    if (!g.find(a.id)) continue;
    bool named = fold(a.id) == wanted || fold(a.label) == wanted;
    for (const auto* list : {&a.aliases, &a.metonyms, &a.demonyms})
      for (const std::string& n : *list) named = named || fold(n) == wanted;
    if (named) ids.insert(a.id);
  }
  if (ids.size() != 1) return std::nullopt;
  return *ids.begin();
}

}  // namespace ag
