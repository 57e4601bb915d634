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

}  // namespace ag
