// actors/discovery.cpp: finding people introduced by a title or a role (see the header).
#include "actors/discovery.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include <re2/re2.h>

#include "core/word_chars.hpp"
#include "rules/lexicon.hpp"

namespace ag {
namespace {

// One capitalised word of a name: "Jane", "O'Neill", "McDonald", "Kim-Ly", "Erdoğan".
constexpr const char* kNameWord = R"(\p{Lu}(?:\p{Ll}+(?:['’]?\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}?\p{Ll}+)?)";

std::string name_re() {
  const std::string w = kNameWord;
  return "(" + w + R"((?: \p{Lu}\.)?(?: )" + w + "){1,2})";
}

// Words that are capitalised at a sentence start or in a headline but are no part of a name.
bool is_stop_word(std::string_view w) {
  static const std::set<std::string_view> stop = {
      "The", "This", "That", "These", "Those", "In", "On", "At", "For", "With", "And", "But", "Or", "As", "By",
      "From", "To", "Of", "Its", "Their", "His", "Her", "It", "He", "She", "They", "We", "Our", "After", "Before",
      "When", "While", "Since", "Under", "Over", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "President", "Minister", "Prime", "Foreign", "Defense", "Defence", "Secretary",
      "General", "Premier", "Director", "Chairman", "Senator", "Ambassador", "State", "Affairs", "Deputy", "Vice",
      "Chief", "Head", "Mr", "Mrs", "Ms", "Dr", "Professor", "Republic", "Union", "University", "Institute", "Center",
      "Centre", "Council", "Ministry", "Party", "Bank", "Group", "Forum", "News", "Times", "Post", "Asia", "Europe",
      "Africa", "America", "Pacific", "Eurasia", "Eurasian", "East", "West", "North", "South", "Central", "Middle",
      "Far", "Global", "International", "National", "World", "Cold", "War", "Sea", "Strait", "Road", "Silk", "Belt"};
  return stop.count(w) > 0;
}

std::vector<std::string_view> words_of(std::string_view name) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i)
    if (i == name.size() || name[i] == ' ') {
      if (i > start) out.push_back(name.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool overlaps(const std::vector<ActorMention>& ms, Span s) {
  auto it = std::lower_bound(ms.begin(), ms.end(), s.begin, [](const ActorMention& m, std::size_t b) { return m.span.end <= b; });
  return it != ms.end() && it->span.begin < s.end;
}

std::vector<std::string> forms_of(const RulePack& pack, const char* list) {
  auto it = pack.lexicon.find(list);
  return it == pack.lexicon.end() ? std::vector<std::string>{} : it->second.forms;
}

}  // namespace

std::string PersonDiscovery::id_for(std::string_view name) {
  std::string id = "discovered.person.";
  bool sep = false;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c >= 0x80) {
      if (sep && id.back() != '.') id += '_';
      sep = false;
      id += static_cast<char>(std::tolower(c));
    } else {
      sep = true;
    }
  }
  return id;
}

PersonDiscovery::PersonDiscovery(const RulePack& pack) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(64 << 20);  // room for the DFA: Unicode letter classes make many states
  const auto roles = forms_of(pack, "person_role");
  const auto titles = forms_of(pack, "person_title");
  if (!roles.empty()) {
    // The role list is lower case; a role may be capitalised in text ("Director of ...").
    appositive_ = std::make_unique<RE2>(
        name_re() + R"(,\s+(?:\p{Lu}[\pL.’'-]*(?:['’]s) )?(?:(?i)(?:the |a |an )?(?:(?:senior|deputy|former|chief|executive|managing|founding|assistant|associate|vice|acting|co)[ -])*)" +
            alternation(roles, {}) + ")",
        opts);
  }
  if (!titles.empty()) {
    // Titles are matched capitalised ("Foreign Minister") or as listed (lower case).
    std::vector<std::string> cap;
    for (const auto& t : titles) {
      std::string c = t;
      bool start = true;
      for (char& ch : c) {
        if (start && std::isalpha(static_cast<unsigned char>(ch)) && ch != 'o') ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        start = ch == ' ';
      }
      cap.push_back(c);
      cap.push_back(t);  // news also writes titles in lower case: "foreign minister Jane Doe"
    }
    titled_ = std::make_unique<RE2>(alternation(cap, {}) + R"(\s+)" + name_re(), opts);
  }
  surname_first_ = forms_of(pack, "surname_first");
  std::sort(surname_first_.begin(), surname_first_.end());
  for (const auto& a : pack.actors) {
    person_labels_.push_back(a.type == "person" ? a.label : std::string());
    known_labels_.push_back(lower(a.label));
    for (const auto& n : a.aliases) known_labels_.push_back(lower(n));
  }
  std::sort(known_labels_.begin(), known_labels_.end());
}

PersonDiscovery::~PersonDiscovery() = default;

void PersonDiscovery::discover(std::string_view text, const std::vector<ActorMention>& known, ActorIndex first_index,
                               std::vector<Actor>& discovered, std::vector<ActorMention>& found) const {
  std::vector<std::pair<Span, std::string>> names;
  auto scan = [&](const RE2* re) {
    if (!re) return;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece name;
    std::size_t pos = 0;
    re2::StringPiece groups[2];
    while (pos < text.size() && re->Match(input, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
      name = groups[1];
      const std::size_t whole_end = static_cast<std::size_t>(groups[0].data() - text.data()) + groups[0].size();
      pos = std::max(whole_end, static_cast<std::size_t>(groups[0].data() - text.data()) + 1);
      const std::size_t begin = static_cast<std::size_t>(name.data() - text.data());
      Span span{begin, begin + name.size()};
      if (word_char_before(text, span.begin) || word_char_at(text, span.end) || overlaps(known, span)) continue;
      const auto words = words_of(std::string_view(name.data(), name.size()));
      if (std::any_of(words.begin(), words.end(), [](std::string_view w) { return is_stop_word(w); })) continue;
      const std::string label(name.data(), name.size());
      if (std::binary_search(known_labels_.begin(), known_labels_.end(), lower(label))) continue;
      names.emplace_back(span, label);
    }
  };
  scan(appositive_.get());
  scan(titled_.get());

  std::vector<ActorMention> mentions;
  auto index_of = [&](const std::string& label) -> ActorIndex {
    const std::string id = id_for(label);
    for (std::size_t i = 0; i < discovered.size(); ++i)
      if (discovered[i].id == id) return first_index + static_cast<ActorIndex>(i);
    Actor a;
    a.id = id;
    a.label = label;
    a.type = "person";
    a.discovered = true;
    discovered.push_back(std::move(a));
    return first_index + static_cast<ActorIndex>(discovered.size() - 1);
  };
  for (const auto& [span, label] : names) {
    ActorMention m;
    m.span = span;
    m.actor = index_of(label);
    m.kind = MentionKind::discovered;
    mentions.push_back(m);
  }
  add_surnames(text, known, discovered, first_index, mentions);
  for (auto& m : mentions) {
    std::string_view rest = text.substr(m.span.end);
    if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) m.possessive = true;
  }
  found.insert(found.end(), mentions.begin(), mentions.end());
}

void PersonDiscovery::add_surnames(std::string_view text, const std::vector<ActorMention>& known,
                                   const std::vector<Actor>& discovered, ActorIndex first_index,
                                   std::vector<ActorMention>& mentions) const {
  // Surname -> person, for every person named in full in this document; a shared surname is dropped.
  std::map<std::string, std::optional<ActorIndex>> surnames;
  auto offer = [&](const std::string& label, ActorIndex who) {
    const auto words = words_of(label);
    if (words.size() < 2) return;
    std::vector<std::string> candidates = {std::string(words.back())};
    if (words.size() == 2 && std::binary_search(surname_first_.begin(), surname_first_.end(), lower(words.front())))
      candidates = {std::string(words.front())};
    for (const auto& s : candidates) {
      if (s.size() < 2 || is_stop_word(s)) continue;
      auto [it, fresh] = surnames.emplace(s, who);
      if (!fresh && it->second != who) it->second.reset();
    }
  };
  for (const auto& m : known)
    if (m.actor < person_labels_.size() && !person_labels_[m.actor].empty() &&
        text.substr(m.span.begin, m.span.size()).find(' ') != std::string_view::npos)
      offer(person_labels_[m.actor], m.actor);
  for (std::size_t i = 0; i < discovered.size(); ++i) offer(discovered[i].label, first_index + static_cast<ActorIndex>(i));
  if (surnames.empty()) return;

  std::vector<Span> taken;
  for (const auto& m : mentions) taken.push_back(m.span);
  std::sort(taken.begin(), taken.end());
  auto is_taken = [&](Span s) {
    auto it = std::lower_bound(taken.begin(), taken.end(), s.begin, [](Span t, std::size_t b) { return t.end <= b; });
    return it != taken.end() && it->begin < s.end;
  };
  for (const auto& [surname, who] : surnames) {
    if (!who) continue;
    const bool is_discovered = *who >= first_index;
    for (std::size_t pos = text.find(surname); pos != std::string_view::npos; pos = text.find(surname, pos + 1)) {
      Span s{pos, pos + surname.size()};
      if (word_char_before(text, s.begin) || word_char_at(text, s.end) || overlaps(known, s) || is_taken(s)) continue;
      ActorMention m;
      m.span = s;
      m.actor = *who;
      m.kind = is_discovered ? MentionKind::discovered : MentionKind::surname;
      mentions.push_back(m);
    }
  }
}

}  // namespace ag
