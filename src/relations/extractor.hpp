// relations/extractor.hpp: stages two to four for one document: segment, match actors, match
// relations. The graph assembler and the `actors`, `extract`, `explain` commands consume this.
#pragma once

#include <memory>
#include <vector>

#include "core/actor.hpp"
#include "core/document.hpp"
#include "core/relation.hpp"
#include "rules/rule_pack.hpp"

namespace ag {

// What one document yields. Actor indexes below pack.actors.size() point into the rule pack;
// index pack.actors.size() + i points to discovered[i] (people found in text, e.g. "Jane Doe,
// director of the X Institute", whom no rule names). A discovered actor's id is derived from its
// name ("discovered.person.jane_doe"), so the same person found in two documents is one actor.
struct Extraction {
  std::vector<Sentence> sentences;
  std::vector<ActorMention> actors;        // sorted by span
  std::vector<RelationMention> relations;  // sorted by (sentence, trigger, source, target, rule)
  std::vector<Actor> discovered;
};

class ActorMatcher;
class RelationMatcher;

// What the relation stage saw in one sentence, for `explain`.
struct SentenceTrace {
  std::size_t sentence = 0;
  std::string normalized;  // the text patterns ran on
  struct Firing {
    std::string rule;
    std::string matched;
  };
  std::vector<Firing> firings;
};

// Compiles the pack's matchers once; extract() is const and safe to call from many threads.
class Extractor {
 public:
  explicit Extractor(const RulePack& pack);
  ~Extractor();
  Extractor(Extractor&&) noexcept;

  // `trace`, when given, receives what the relation stage saw in each sentence it ran on.
  void extract(const Document& doc, Extraction& out, std::vector<SentenceTrace>* trace = nullptr) const;
  // extract() for several documents (outs[i] gets docs[i]'s extraction), the same result but
  // faster: each stage runs over all the documents before the next, and the relation rules run
  // over all their sentences one rule at a time, so that a stage's tables or a rule's program
  // and DFA stay in the CPU's caches. `trace` is for a batch of one document (a trace names
  // sentences, not documents).
  void extract_batch(const std::vector<const Document*>& docs, const std::vector<Extraction*>& outs,
                     std::vector<SentenceTrace>* trace = nullptr) const;
  const RulePack& pack() const { return *pack_; }
  // The actor an index of `ex` refers to (the pack's or ex.discovered's).
  const Actor& actor(const Extraction& ex, ActorIndex index) const;

 private:
  struct Parts;
  struct PendingSentence;
  class SentenceBatch;
  void find_names(const Document& doc, Extraction& out) const;
  void find_people(const Document& doc, Extraction& out) const;
  void queue_sentences(const Document& doc, Extraction& out, SentenceBatch& batch) const;
  void complete(PendingSentence& p, std::vector<SentenceTrace>* trace) const;
  void dedupe(std::vector<RelationMention>& relations, std::size_t from) const;

  const RulePack* pack_;
  std::unique_ptr<ActorMatcher> actors_;
  std::unique_ptr<RelationMatcher> relations_;
  std::unique_ptr<Parts> parts_;
};

}  // namespace ag
