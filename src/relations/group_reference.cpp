// relations/group_reference.cpp: resolving "the two countries" (see the header).
#include "relations/group_reference.hpp"

#include <algorithm>
#include <map>

#include <re2/re2.h>

#include "rules/lexicon.hpp"

namespace ag {
namespace {
constexpr std::size_t kWindow = 6;  // sentences looked back
}

GroupResolver::GroupResolver(const RulePack& pack) {
  auto it = pack.lexicon.find("pair_reference");
  if (it == pack.lexicon.end() || it->second.forms.empty()) return;
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  phrase_ = std::make_unique<RE2>(alternation(it->second.forms, it->second.patterns), o);
}

GroupResolver::~GroupResolver() = default;

void GroupResolver::resolve(std::string_view text, Span sentence, std::size_t sentence_index,
                            const std::vector<ActorMention>& mentions, const std::vector<char>& is_country,
                            std::vector<GroupReference>& out) const {
  if (!phrase_) return;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece hit;
  std::size_t pos = sentence.begin;
  while (pos < sentence.end && phrase_->Match(input, pos, sentence.end, RE2::UNANCHORED, &hit, 1)) {
    const std::size_t begin = static_cast<std::size_t>(hit.data() - text.data());
    const Span span{begin, begin + hit.size()};
    pos = std::max(span.end, begin + 1);
    // Count countries in the window, remembering the latest position of each.
    std::map<ActorIndex, std::pair<std::size_t, std::size_t>> seen;  // actor -> (count, last begin)
    const std::size_t first_sentence = sentence_index >= kWindow ? sentence_index - kWindow : 0;
    // Mentions are sorted by span, so their sentences are ordered too: start at the window.
    auto first = std::lower_bound(mentions.begin(), mentions.end(), first_sentence,
                                  [](const ActorMention& m, std::size_t s) { return m.sentence < s; });
    for (auto it = first; it != mentions.end(); ++it) {
      const ActorMention& m = *it;
      if (m.span.begin >= span.begin) break;
      if (m.sentence < first_sentence || m.actor >= is_country.size() || !is_country[m.actor]) continue;
      auto& e = seen[m.actor];
      ++e.first;
      e.second = m.span.begin;
    }
    if (seen.size() < 2) continue;
    std::vector<std::pair<ActorIndex, std::pair<std::size_t, std::size_t>>> ranked(seen.begin(), seen.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second > b.second.second;
    });
    GroupReference g;
    g.span = span;
    g.first = std::min(ranked[0].first, ranked[1].first);
    g.second = std::max(ranked[0].first, ranked[1].first);
    out.push_back(g);
  }
}

std::optional<GroupReference> GroupResolver::opening_pair(std::string_view text, Span sentence,
                                                         const std::vector<GroupReference>& groups,
                                                         const ActorMention* first, const ActorMention* second,
                                                         const std::vector<char>& is_country) {
  // The pair opens the sentence: nothing before it but "Both", "The", or a short introductory
  // phrase with its comma ("Last year, the two countries ...").
  auto at_start = [&](std::size_t pos) {
    std::string_view lead = text.substr(sentence.begin, pos - sentence.begin);
    if (const auto comma = lead.find(", "); comma != std::string_view::npos && comma < 24 &&
        std::count(lead.begin(), lead.begin() + static_cast<std::ptrdiff_t>(comma), ' ') <= 3)
      lead.remove_prefix(comma + 2);
    return lead.empty() || lead == "Both " || lead == "The " || lead == "the " || lead == "Both the " || lead == "both ";
  };
  if (!groups.empty() && at_start(groups.front().span.begin)) return groups.front();
  if (!first || !second || first->actor == second->actor) return std::nullopt;
  if (first->actor >= is_country.size() || !is_country[first->actor] || second->actor >= is_country.size() ||
      !is_country[second->actor])
    return std::nullopt;
  if (!at_start(first->span.begin)) return std::nullopt;
  std::string_view between = text.substr(first->span.end, second->span.begin - first->span.end);
  if (between != " and " && between != " and the ") return std::nullopt;
  GroupReference g;
  g.span = {first->span.begin, second->span.end};
  g.first = std::min(first->actor, second->actor);
  g.second = std::max(first->actor, second->actor);
  return g;
}

std::optional<GroupReference> GroupResolver::they(std::string_view text, Span sentence, const GroupReference& previous) {
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  if (!s.starts_with("They ")) return std::nullopt;
  GroupReference g = previous;
  g.span = {sentence.begin, sentence.begin + 4};
  return g;
}

}  // namespace ag
