// relations/extractor.cpp: one document through segment -> actors -> relations.
#include "relations/extractor.hpp"

#include <algorithm>

#include "actors/actor_matcher.hpp"
#include "actors/discovery.hpp"
#include "relations/attributes.hpp"
#include "relations/group_reference.hpp"
#include "relations/normalized_sentence.hpp"
#include "relations/relation_matcher.hpp"
#include "relations/title_chunks.hpp"
#include "rules/pattern_compiler.hpp"
#include "segment/segmenter.hpp"

namespace ag {

// A sentence between finding its candidate rules and completing its mentions.
struct Extractor::PendingSentence {
  const Document* doc = nullptr;
  Extraction* out = nullptr;
  std::size_t sentence = 0;  // index into out->sentences
  NormalizedSentence normalized;
  std::vector<std::size_t> rules;
  std::vector<RelationMention> found;
  std::vector<RuleFiring> firings;
};

struct Extractor::Parts {
  PersonDiscovery discovery;
  GroupResolver groups;
  TitleChunker titles;
  std::vector<char> is_country;
  explicit Parts(const RulePack& pack) : discovery(pack), groups(pack), titles(pack) {
    for (const auto& a : pack.actors) is_country.push_back(a.type == "country");
  }
};

Extractor::Extractor(const RulePack& pack)
    : pack_(&pack),
      actors_(std::make_unique<ActorMatcher>(pack)),
      relations_(std::make_unique<RelationMatcher>(pack)),
      parts_(std::make_unique<Parts>(pack)) {}

Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;

const Actor& Extractor::actor(const Extraction& ex, ActorIndex index) const {
  return index < pack_->actors.size() ? pack_->actors[index] : ex.discovered[index - pack_->actors.size()];
}

namespace {

// Sentences per batch of RelationMatcher::match: enough for each rule to run over several
// sentences in a row, few enough that the batch's normalized texts stay small.
constexpr std::size_t kBatchSentences = 256;

void assign_sentences(const std::vector<Sentence>& sentences, std::vector<ActorMention>& mentions) {
  std::size_t s = 0;
  for (auto& m : mentions) {
    while (s + 1 < sentences.size() && sentences[s].span.end <= m.span.begin) ++s;
    m.sentence = s;
  }
}

// Mentions that fall outside every sentence (white space between them) or across two are dropped.
void drop_unsentenced(const std::vector<Sentence>& sentences, std::vector<ActorMention>& mentions) {
  std::erase_if(mentions, [&](const ActorMention& m) {
    if (sentences.empty()) return true;
    const Span s = sentences[m.sentence].span;
    return m.span.begin < s.begin || m.span.end > s.end;
  });
}

}  // namespace

// Sentences wait here for their relation rules, which run one rule at a time over the whole batch
// (RelationMatcher::match); then each sentence's mentions are completed, in input order.
class Extractor::SentenceBatch {
 public:
  SentenceBatch(const Extractor& x, std::vector<SentenceTrace>* trace) : x_(x), trace_(trace) {}

  // A slot for sentence `sentence` of `doc`; it waits for its rules only if keep() follows.
  PendingSentence& next(const Document& doc, Extraction& out, std::size_t sentence) {
    if (waiting_ == pending_.size()) pending_.emplace_back();
    PendingSentence& p = pending_[waiting_];
    p.doc = &doc;
    p.out = &out;
    p.sentence = sentence;
    p.found.clear();
    p.firings.clear();
    return p;
  }
  void keep() {
    if (++waiting_ == kBatchSentences) run();
  }
  void run() {
    jobs_.clear();
    for (std::size_t k = 0; k < waiting_; ++k) {
      PendingSentence& p = pending_[k];
      if (!p.rules.empty()) jobs_.push_back({&p.normalized, &p.rules, &p.found, trace_ ? &p.firings : nullptr});
    }
    x_.relations_->match(jobs_);
    for (std::size_t k = 0; k < waiting_; ++k) x_.complete(pending_[k], trace_);
    waiting_ = 0;
  }

 private:
  const Extractor& x_;
  std::vector<SentenceTrace>* trace_;
  std::vector<PendingSentence> pending_;  // the first waiting_ wait; the rest are buffers to reuse
  std::size_t waiting_ = 0;
  std::vector<RelationMatcher::Job> jobs_;
};

void Extractor::extract(const Document& doc, Extraction& out, std::vector<SentenceTrace>* trace) const {
  extract_batch({&doc}, {&out}, trace);
}

void Extractor::extract_batch(const std::vector<const Document*>& docs, const std::vector<Extraction*>& outs,
                              std::vector<SentenceTrace>* trace) const {
  // Stage by stage over all the documents, for the reason rules run one at a time: each stage's
  // tables (the name trie, person discovery's automata) stay in the CPU's caches.
  for (std::size_t i = 0; i < docs.size(); ++i) find_names(*docs[i], *outs[i]);
  for (std::size_t i = 0; i < docs.size(); ++i) find_people(*docs[i], *outs[i]);
  SentenceBatch batch(*this, trace);
  for (std::size_t i = 0; i < docs.size(); ++i) queue_sentences(*docs[i], *outs[i], batch);
  batch.run();
}

// Sentences and the names of the rule pack's actors.
void Extractor::find_names(const Document& doc, Extraction& out) const {
  out.sentences.clear();
  out.actors.clear();
  out.relations.clear();
  out.discovered.clear();
  segment(doc.text, out.sentences);
  actors_->match(doc.text, out.actors);
}

// People no rule names, found by their titles and roles; then every mention in its sentence.
void Extractor::find_people(const Document& doc, Extraction& out) const {
  const auto first_discovered = static_cast<ActorIndex>(pack_->actors.size());
  parts_->discovery.discover(doc.text, out.actors, first_discovered, out.discovered, out.actors);
  std::sort(out.actors.begin(), out.actors.end(), [](const ActorMention& a, const ActorMention& b) { return a.span < b.span; });
  assign_sentences(out.sentences, out.actors);
  drop_unsentenced(out.sentences, out.actors);
}

// For each sentence with two actors: its title mentions, candidate rules and normalized text,
// queued in `batch` for the relation rules.
void Extractor::queue_sentences(const Document& doc, Extraction& out, SentenceBatch& batch) const {
  const std::string_view text = doc.text;
  std::vector<char> is_country = parts_->is_country;
  is_country.resize(pack_->actors.size() + out.discovered.size(), 0);
  std::vector<Placeholder> placeholders;
  std::vector<GroupReference> groups;
  std::optional<GroupReference> previous_pair;  // the pair the previous sentence opened with
  std::size_t previous_pair_sentence = 0;
  std::size_t m = 0;
  for (std::size_t index = 0; index < out.sentences.size(); ++index) {
    const Sentence& sentence = out.sentences[index];
    const std::size_t first = m;
    while (m < out.actors.size() && out.actors[m].sentence == sentence.index) ++m;
    groups.clear();
    parts_->groups.resolve(text, sentence.span, sentence.index, out.actors, is_country, groups);
    if (previous_pair && previous_pair_sentence + 1 == sentence.index)
      if (auto g = GroupResolver::they(text, sentence.span, *previous_pair)) groups.insert(groups.begin(), *g);
    previous_pair = GroupResolver::opening_pair(text, sentence.span, groups, m > first ? &out.actors[first] : nullptr,
                                                m > first + 1 ? &out.actors[first + 1] : nullptr, is_country);
    previous_pair_sentence = sentence.index;
    if (m - first + 2 * groups.size() < 2) continue;
    placeholders.clear();
    for (std::size_t k = first; k < m; ++k) {
      const auto& mention = out.actors[k];
      if (std::any_of(groups.begin(), groups.end(), [&](const GroupReference& g) { return g.span.begin < mention.span.end && mention.span.begin < g.span.end; }))
        continue;
      placeholders.push_back(Placeholder{mention.span, type_letter(actor(out, mention.actor).type), mention.actor});
    }
    for (const auto& g : groups) {
      placeholders.push_back(Placeholder{g.span, 'c', g.first});
      placeholders.push_back(Placeholder{g.span, 'c', g.second});
    }
    std::stable_sort(placeholders.begin(), placeholders.end(), [](const Placeholder& a, const Placeholder& b) { return a.span.begin < b.span.begin; });
    PendingSentence& p = batch.next(doc, out, index);
    parts_->titles.apply(text, placeholders, p.found);
    // Only sentences holding a rule's trigger are normalized and matched.
    relations_->candidates(slice(text, sentence.span), p.rules);
    if (!p.rules.empty()) normalize_sentence(text, sentence.span, placeholders, p.normalized);
    if (!p.rules.empty() || !p.found.empty()) batch.keep();
  }
}

// A sentence's mentions (title mentions, then those of its rules) get their document, sentence
// and attributes, and join the document's.
void Extractor::complete(PendingSentence& p, std::vector<SentenceTrace>* trace) const {
  const Document& doc = *p.doc;
  Extraction& out = *p.out;
  const Sentence& sentence = out.sentences[p.sentence];
  if (trace && !p.rules.empty()) {
    SentenceTrace t{sentence.index, p.normalized.text, {}};
    for (const auto& f : p.firings) t.firings.push_back({pack_->rules[f.rule].id, f.matched});
    trace->push_back(std::move(t));
  }
  if (p.found.empty()) return;
  const std::size_t before = out.relations.size();
  const Attributes attributes = find_attributes(doc.text, sentence.span, doc.date);
  for (RelationMention& rel : p.found) {
    rel.doc = doc.id;
    rel.sentence = sentence.span;
    rel.sentence_index = sentence.index;
    rel.attributes = attributes;
    out.relations.push_back(std::move(rel));
  }
  dedupe(out.relations, before);
}

// One mention per (sentence, relation, source, target): the first rule (by trigger position, then
// pack order) is kept; negated/hedged flags of duplicates are combined, so that a cue seen by any
// rule marks the mention (precision first). Run on each sentence's mentions (those from `from` on)
// as they are found: a document of a million sentences sorts a few mentions at a time.
void Extractor::dedupe(std::vector<RelationMention>& relations, std::size_t from) const {
  const auto first = relations.begin() + static_cast<std::ptrdiff_t>(from);
  auto key = [](const RelationMention& r) { return std::tie(r.sentence_index, r.relation, r.source, r.target); };
  std::stable_sort(first, relations.end(), [&](const RelationMention& a, const RelationMention& b) {
    if (key(a) != key(b)) return key(a) < key(b);
    return a.trigger.begin < b.trigger.begin;
  });
  std::size_t kept = from;
  for (std::size_t i = from; i < relations.size(); ++i) {
    RelationMention& r = relations[i];
    if (kept > from && key(relations[kept - 1]) == key(r)) {
      relations[kept - 1].negated = relations[kept - 1].negated || r.negated;
      relations[kept - 1].hedged = relations[kept - 1].hedged || r.hedged;
      continue;
    }
    if (kept != i) relations[kept] = std::move(r);
    ++kept;
  }
  relations.erase(relations.begin() + static_cast<std::ptrdiff_t>(kept), relations.end());
  std::stable_sort(first, relations.end(), [](const RelationMention& a, const RelationMention& b) {
    return std::tie(a.sentence_index, a.trigger.begin, a.source_span.begin, a.target_span.begin, a.relation) <
           std::tie(b.sentence_index, b.trigger.begin, b.source_span.begin, b.target_span.begin, b.relation);
  });
}

}  // namespace ag
