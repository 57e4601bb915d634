// relations/relation_matcher.cpp: running relation rules on a normalized sentence (see header).
#include "relations/relation_matcher.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>

#include <re2/re2.h>
#include <re2/set.h>

#include "rules/lexicon.hpp"
#include "rules/pattern_compiler.hpp"

namespace re2 {
class RE2Set : public RE2::Set {
 public:
  using RE2::Set::Set;
};
}  // namespace re2

namespace ag {

struct RelationMatcher::Compiled {
  std::size_t rule;
  std::size_t relation;
  std::shared_ptr<const RE2> re;  // the pack's (compiled at load), or our own
  int s_group = -1, t_group = -1, a_group = -1, v_group = -1;
  std::vector<unsigned> slot_masks;  // per slot, the placeholder letters it takes (letter_bit)
  Compiled(std::size_t r, std::size_t rel, const RelationRule& source)
      : rule(r),
        relation(rel),
        re(source.compiled ? source.compiled : std::make_shared<const RE2>(source.expanded, pattern_options())) {
    const auto& names = re->NamedCapturingGroups();
    auto find = [&](const char* n) { auto it = names.find(n); return it == names.end() ? -1 : it->second; };
    s_group = find("S");
    t_group = find("T");
    a_group = find("A");
    v_group = find("V");
    for (const std::string& letters : source.slot_letters) {
      unsigned mask = 0;
      for (char l : letters) mask |= letter_bit(l);
      slot_masks.push_back(mask);
    }
  }
  // A typed slot ({T:organization}) cannot match a sentence without a placeholder of its type.
  bool can_fill_slots(unsigned sentence_letters) const {
    return std::all_of(slot_masks.begin(), slot_masks.end(), [&](unsigned m) { return (m & sentence_letters) != 0; });
  }
  static unsigned letter_bit(char l) { return l == 'c' ? 1u : l == 'o' ? 2u : l == 'p' ? 4u : 8u; }
};

namespace {

// How far (bytes of normalized text, about six words) before a match a cue may stand: "if Russia
// invades", "it is not true that China sold". Farther cues belong to another statement.
constexpr std::size_t kCueLookBack = 40;

// A slot naming more different actors than this is a list, not a claim about each pair of them
// ("Russia, China, Iran, ... and 20 others voted"): such a match reports nothing. News lists of
// parties to one event stay well below it (BRICS has ten members).
constexpr std::size_t kMaxActorsPerSlot = 12;

std::unique_ptr<RE2> cue_re(const RulePack& pack, const char* list) {
  auto it = pack.lexicon.find(list);
  if (it == pack.lexicon.end() || (it->second.forms.empty() && it->second.patterns.empty())) return nullptr;
  return std::make_unique<RE2>(alternation(it->second.forms, it->second.patterns), pattern_options());
}

}  // namespace

RelationMatcher::RelationMatcher(const RulePack& pack) : pack_(pack) {
  const RE2::Options opts = pattern_options();
  prefilter_ = std::make_unique<re2::RE2Set>(opts, RE2::UNANCHORED);
  std::map<std::string, std::size_t> trigger_index;
  for (std::size_t i = 0; i < pack.rules.size(); ++i) {
    const auto& rule = pack.rules[i];
    rules_.push_back(std::make_unique<Compiled>(i, *pack.find_relation(rule.relation), rule));
    if (rule.trigger.empty()) {
      always_.push_back(i);
      continue;
    }
    auto [it, fresh] = trigger_index.emplace(rule.trigger, by_trigger_.size());
    if (fresh) {
      std::string error;
      prefilter_->Add(rule.trigger, &error);
      by_trigger_.emplace_back();
    }
    by_trigger_[it->second].push_back(i);
  }
  prefilter_ok_ = !by_trigger_.empty() && prefilter_->Compile();
  negation_ = cue_re(pack, "negation");
  hedge_ = cue_re(pack, "hedge");
  cue_exceptions_ = cue_re(pack, "cue_exceptions");
}

RelationMatcher::~RelationMatcher() = default;

// A clause ends at ; or : or a quotation mark, and before a conjunction that opens a new clause
// ("but", "while", "as", "because", ", and", ", which"): a cue in another clause does not count.
std::size_t RelationMatcher::clause_start(const std::string& text, std::size_t before, std::size_t floor) const {
  static constexpr std::string_view breaks[] = {"; ", ": ", "\" ", " but ", " while ", " although ", " whereas ",
                                                " though ", " as ", " because ", ", and ", ", which ", ", who ",
                                                ", when ", " after ", " before ", " since ", " so that ", ", where ",
                                                ", its ", ", their "};
  // A break may start a little before `floor` and end after it: the window reaches back by the
  // longest break's length.
  const std::size_t start = floor > 10 ? floor - 10 : 0;
  std::size_t best = floor;
  if (before <= start) return best;
  // The clause starts after the break that ends last in the window. One pass over the window: a
  // break can only start at one of the few characters breaks start with, and is compared there.
  const std::string_view window(text.data() + start, before - start);
  for (std::size_t p = 0; p < window.size(); ++p) {
    const char c = window[p];
    if (c != ' ' && c != ',' && c != ';' && c != ':' && c != '"') continue;
    const std::string_view rest = window.substr(p);
    for (std::string_view b : breaks)
      if (b.front() == c && rest.starts_with(b)) best = std::max(best, start + p + b.size());
  }
  return best;
}

bool RelationMatcher::has_cue(const RE2* cues, const std::string& text, std::size_t from, std::size_t to) const {
  if (!cues || from >= to) return false;
  re2::StringPiece input(text);
  re2::StringPiece hit;
  std::size_t pos = from;
  while (pos < to && cues->Match(input, pos, to, RE2::UNANCHORED, &hit, 1)) {
    const std::size_t at = static_cast<std::size_t>(hit.data() - text.data());
    // "not only", "no doubt": an exception starting where the cue starts cancels it.
    re2::StringPiece ex;
    if (!(cue_exceptions_ && cue_exceptions_->Match(input, at, text.size(), RE2::ANCHOR_START, &ex, 1))) return true;
    pos = at + std::max<std::size_t>(hit.size(), 1);
  }
  return false;
}

void RelationMatcher::candidates(std::string_view sentence, std::vector<std::size_t>& out) const {
  out = always_;
  std::vector<int> triggers;
  RE2::Set::ErrorInfo error;
  const re2::StringPiece text(sentence.data(), sentence.size());
  if (prefilter_ok_ && (prefilter_->Match(text, &triggers, &error) || error.kind == RE2::Set::kNoError)) {
    for (int t : triggers) {
      const auto& rules = by_trigger_[static_cast<std::size_t>(t)];
      out.insert(out.end(), rules.begin(), rules.end());
    }
  } else {
    // No prefilter (or its DFA ran out of memory): every rule runs; slower, same result.
    out.clear();
    for (std::size_t i = 0; i < rules_.size(); ++i) out.push_back(i);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

RelationMatcher::SentenceFacts::SentenceFacts(const NormalizedSentence& s)
    : question(s.text.find('?') != std::string::npos) {
  for (const Placeholder& p : s.placeholders) letters |= Compiled::letter_bit(p.letter);
}

void RelationMatcher::match(const std::vector<Job>& jobs) const {
  std::vector<SentenceFacts> facts;
  facts.reserve(jobs.size());
  // The jobs of each rule, in job order: a counting sort (rules are few, runs many).
  std::vector<std::size_t> first(rules_.size() + 1, 0);  // rule r's jobs: job_of[first[r], first[r + 1])
  for (const Job& job : jobs) {
    facts.emplace_back(*job.sentence);
    for (std::size_t rule : *job.rules) ++first[rule + 1];
  }
  std::partial_sum(first.begin(), first.end(), first.begin());
  std::vector<std::size_t> job_of(first.back());
  std::vector<std::size_t> next(first.begin(), first.end() - 1);
  for (std::size_t j = 0; j < jobs.size(); ++j)
    for (std::size_t rule : *jobs[j].rules) job_of[next[rule]++] = j;
  std::vector<re2::StringPiece> groups;
  for (std::size_t rule = 0; rule < rules_.size(); ++rule)
    for (std::size_t k = first[rule]; k < first[rule + 1]; ++k) {
      const Job& job = jobs[job_of[k]];
      run_rule(*rules_[rule], *job.sentence, facts[job_of[k]], groups, *job.out, job.firings);
    }
}

void RelationMatcher::run_rule(const Compiled& c, const NormalizedSentence& s, SentenceFacts facts,
                               std::vector<re2::StringPiece>& groups, std::vector<RelationMention>& out,
                               std::vector<RuleFiring>* firings) const {
  if (!c.can_fill_slots(facts.letters)) return;
  const bool question = facts.question;
  re2::StringPiece input(s.text);
  groups.assign(static_cast<std::size_t>(c.re->NumberOfCapturingGroups()) + 1, {});
  std::size_t pos = 0;
  while (pos < s.text.size() &&
         c.re->Match(input, pos, s.text.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()))) {
    const std::size_t mbegin = static_cast<std::size_t>(groups[0].data() - s.text.data());
    const std::size_t mend = mbegin + groups[0].size();
    pos = mend > mbegin ? mend : mbegin + 1;
    // The placeholders of a slot, one per actor (its first mention): "Russia and Russia's ally"
    // pairs Russia once, and a slot repeating one name a thousand times costs one entry.
    auto slot = [&](int g) {
      std::vector<std::size_t> found;
      if (g < 0) return found;
      const re2::StringPiece& captured = groups[static_cast<std::size_t>(g)];
      for (std::size_t p : placeholders_in(std::string_view(captured.data(), captured.size()))) {
        if (p >= s.placeholders.size()) continue;
        const bool seen = std::any_of(found.begin(), found.end(),
                                      [&](std::size_t q) { return s.placeholders[q].actor == s.placeholders[p].actor; });
        if (!seen) found.push_back(p);
      }
      return found;
    };
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    const auto sources = slot(c.s_group), targets = slot(c.t_group), group = slot(c.a_group);
    if (std::max({sources.size(), targets.size(), group.size()}) > kMaxActorsPerSlot) continue;
    for (std::size_t a : sources)
      for (std::size_t b : targets) pairs.emplace_back(a, b);
    for (std::size_t i = 0; i < group.size(); ++i)
      for (std::size_t j = i + 1; j < group.size(); ++j) pairs.emplace_back(group[i], group[j]);
    if (firings) firings->push_back(RuleFiring{c.rule, std::string(groups[0].data(), groups[0].size()), sources.empty() ? group : sources, targets});

    std::size_t vbegin = mbegin, vend = mend;
    if (c.v_group >= 0 && groups[static_cast<std::size_t>(c.v_group)].data()) {
      vbegin = static_cast<std::size_t>(groups[static_cast<std::size_t>(c.v_group)].data() - s.text.data());
      vend = vbegin + groups[static_cast<std::size_t>(c.v_group)].size();
    }
    // Cues count in the match's clause, from a few words before the match to the trigger's end.
    // (The clause is the trigger's: "Moscow wants closer ties with Beijing, its main trading
    // partner" — the hedge "wants" belongs to another clause than the trigger "trading partner".)
    const std::size_t from = clause_start(s.text, vbegin, mbegin > kCueLookBack ? mbegin - kCueLookBack : 0);
    const bool negated = has_cue(negation_.get(), s.text, from, vend);
    const bool hedged = question || has_cue(hedge_.get(), s.text, from, vend);
    for (auto [a, b] : pairs) {
      const Placeholder& src = s.placeholders[a];
      const Placeholder& dst = s.placeholders[b];
      if (src.actor == dst.actor) continue;
      RelationMention m;
      m.source = src.actor;
      m.target = dst.actor;
      m.relation = c.relation;
      m.rule = pack_.rules[c.rule].id;
      m.trigger = {s.offsets[vbegin], vend > vbegin ? s.offsets[vend - 1] + 1 : s.offsets[vbegin]};
      m.source_span = src.span;
      m.target_span = dst.span;
      m.negated = negated;
      m.hedged = hedged;
      out.push_back(std::move(m));
    }
  }
}

}  // namespace ag
