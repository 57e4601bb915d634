// actors/actor_matcher.cpp: every actor name in one trie, searched in one pass (see the header).
#include "actors/actor_matcher.hpp"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "actors/name_trie.hpp"
#include "core/word_chars.hpp"
#include "rules/loader_detail.hpp"

namespace ag {

struct ActorMatcher::Name {
  ActorIndex actor;
  MentionKind kind;
};

namespace {

bool is_acronym(const std::string& name) {
  bool has_upper = false;
  for (unsigned char c : name) {
    if (std::islower(c)) return false;
    if (std::isupper(c)) has_upper = true;
  }
  return has_upper || std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool has_digit(const std::string& name) {
  return std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// `text` equals the lower-case `word` once folded to ASCII lower case.
bool folded_equal(std::string_view text, std::string_view word) {
  return std::equal(text.begin(), text.end(), word.begin(), word.end(),
                    [](char t, char w) { return ascii_lower(static_cast<unsigned char>(t)) == static_cast<unsigned char>(w); });
}

}  // namespace

std::vector<std::string> name_variants(const std::string& name) {
  std::vector<std::string> out = {name};
  if (is_acronym(name) || has_digit(name)) return out;
  std::string cap = name;
  cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
  std::string upper = name;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out.push_back(cap);
  // In capitals only names of four letters or more: "XI" is a Roman numeral, not Xi Jinping.
  if (name.size() >= 4) out.push_back(upper);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

ActorMatcher::ActorMatcher(const RulePack& pack) {
  names_trie_ = std::make_unique<NameTrie>();
  auto add = [&](const std::string& name, ActorIndex actor, MentionKind kind) {
    const std::string key = detail::alias_key(name);
    names_.emplace_back(key, std::make_unique<Name>(Name{actor, kind}));
    for (const auto& v : name_variants(name)) names_trie_->add(v);
  };
  for (ActorIndex i = 0; i < pack.actors.size(); ++i) {
    const Actor& a = pack.actors[i];
    add(a.label, i, MentionKind::name);
    for (const auto& n : a.aliases) add(n, i, MentionKind::name);
    for (const auto& n : a.metonyms) add(n, i, MentionKind::capital);
    for (const auto& n : a.demonyms) add(n, i, MentionKind::demonym);
  }
  std::sort(names_.begin(), names_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  // The same actor may list one name twice (label and alias): keep the first.
  names_.erase(std::unique(names_.begin(), names_.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
               names_.end());
  names_trie_->freeze();

  RE2::Options popts;
  popts.set_log_errors(false);
  for (ActorIndex i = 0; i < pack.actors.size(); ++i)
    for (const auto& p : pack.actors[i].patterns) patterns_.emplace_back(i, std::make_unique<RE2>("(" + p + ")", popts));

  auto words = [&](const char* list) {
    std::vector<std::string> out;
    if (auto it = pack.lexicon.find(list); it != pack.lexicon.end())
      for (const auto& w : it->second.forms) out.push_back(lower(w));
    return out;
  };
  demonym_stop_ = KeyedWords(words("demonym_stop"), false);
  place_after_ = KeyedWords(words("place_after"), false);
  place_before_ = KeyedWords(words("place_before"), true);
}

ActorMatcher::~ActorMatcher() = default;

const ActorMatcher::Name* ActorMatcher::lookup(std::string_view surface) const {
  thread_local std::string key;  // one per thread, reused: a lookup per mention allocates nothing
  detail::alias_key_into(surface, key);
  auto it = std::lower_bound(names_.begin(), names_.end(), key, [](const auto& e, const std::string& k) { return e.first < k; });
  return it != names_.end() && it->first == key ? it->second.get() : nullptr;
}

ActorMatcher::KeyedWords::KeyedWords(std::vector<std::string> list, bool key_is_last) {
  std::erase_if(list, [](const std::string& w) { return w.empty(); });
  auto key = [&](const std::string& w) { return static_cast<unsigned char>(key_is_last ? w.back() : w.front()); };
  std::stable_sort(list.begin(), list.end(), [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
  words = std::move(list);
  std::size_t w = 0;
  for (std::size_t b = 0; b <= 256; ++b) {
    while (w < words.size() && key(words[w]) < b) ++w;
    group_start[b] = static_cast<std::uint32_t>(w);
  }
}

bool ActorMatcher::followed_by(std::string_view text, std::size_t end, const KeyedWords& words) {
  std::size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i == end || i == text.size()) return false;  // "Sino-Russian": a hyphen, not a following word
  const unsigned char key = ascii_lower(static_cast<unsigned char>(text[i]));
  for (std::size_t n = words.group_start[key]; n < words.group_start[key + 1]; ++n) {
    const std::string& w = words.words[n];
    if (i + w.size() <= text.size() && folded_equal(text.substr(i, w.size()), w) && !word_char_at(text, i + w.size()))
      return true;
  }
  return false;
}

bool ActorMatcher::preceded_by(std::string_view text, std::size_t begin, const KeyedWords& words) {
  std::size_t i = begin;
  while (i > 0 && text[i - 1] == ' ') --i;
  if (i == begin || i == 0) return false;
  const unsigned char key = ascii_lower(static_cast<unsigned char>(text[i - 1]));
  for (std::size_t n = words.group_start[key]; n < words.group_start[key + 1]; ++n) {
    const std::string& w = words.words[n];
    if (w.size() <= i && folded_equal(text.substr(i - w.size(), w.size()), w) && !word_char_before(text, i - w.size()))
      return true;
  }
  return false;
}

void ActorMatcher::match(std::string_view text, std::vector<ActorMention>& out) const {
  const std::size_t first = out.size();
  std::size_t pos = 0;
  while (pos < text.size()) {
    // The leftmost name: only where a word starts (elsewhere the whole-word rule rejects it).
    const std::size_t begin = pos;
    if (!names_trie_->may_start(static_cast<unsigned char>(text[begin])) || word_char_before(text, begin)) {
      ++pos;
      continue;
    }
    const std::optional<std::size_t> found = names_trie_->longest_at(text, begin);
    if (!found) {
      ++pos;
      continue;
    }
    const std::size_t end = *found;
    pos = end > begin ? end : begin + 1;
    // Whole words only: no letter or digit (or UTF-8 letter byte) after the name either.
    if (word_char_at(text, end)) {
      pos = begin + 1;
      continue;
    }
    // "US$15 billion", "HK$": a currency prefix, not the state.
    if (end < text.size() && text[end] == '$') continue;
    const Name* name = lookup(text.substr(begin, end - begin));
    if (!name) continue;
    if (name->kind == MentionKind::demonym && followed_by(text, end, demonym_stop_)) continue;
    if (followed_by(text, end, place_after_) || preceded_by(text, begin, place_before_)) continue;
    ActorMention m;
    m.span = {begin, end};
    m.actor = name->actor;
    m.kind = name->kind;
    std::string_view rest = text.substr(end);
    if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) {
      const std::size_t len = rest[0] == '\'' ? 2 : 4;
      if (!word_char_at(rest, len)) m.possessive = true;
    }
    out.push_back(m);
  }
  if (!patterns_.empty()) match_patterns(text, out);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const ActorMention& a, const ActorMention& b) { return a.span < b.span; });
}

// Actor patterns fill in where no name matched (a name mention wins an overlap).
void ActorMatcher::match_patterns(std::string_view text, std::vector<ActorMention>& out) const {
  std::vector<ActorMention> extra;
  for (const auto& [actor, re] : patterns_) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece hit;
    std::size_t pos = 0;
    while (pos < text.size() && re->Match(input, pos, text.size(), RE2::UNANCHORED, &hit, 1)) {
      const std::size_t begin = static_cast<std::size_t>(hit.data() - text.data());
      const std::size_t end = begin + hit.size();
      pos = end > begin ? end : begin + 1;
      if (end == begin) continue;
      const bool overlaps = std::any_of(out.begin(), out.end(), [&](const ActorMention& m) {
        return m.span.begin < end && begin < m.span.end;
      }) || std::any_of(extra.begin(), extra.end(), [&](const ActorMention& m) { return m.span.begin < end && begin < m.span.end; });
      if (overlaps) continue;
      ActorMention m;
      m.span = {begin, end};
      m.actor = actor;
      m.kind = MentionKind::pattern;
      extra.push_back(m);
    }
  }
  out.insert(out.end(), extra.begin(), extra.end());
}

}  // namespace ag
