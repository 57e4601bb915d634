// relations/relation_matcher.hpp: the fourth stage: relation patterns over normalized sentences.
//
// Every rule's pattern was expanded to RE2 at load time; here they are compiled once. The rules'
// trigger word lists go into one RE2::Set, so each sentence is scanned once for the triggers it
// holds, and only the rules whose trigger is there run (most sentences have none); they run over
// a batch of sentences one rule at a time. A match yields one relation mention per (source,
// target) pair of its slots ({S} x {T}, or every pair of a group {A}). A mention is negated when
// a "negation" cue stands in its clause before the end of its trigger ("China has not sold arms to
// Russia"), and hedged when a "hedge" cue does ("could", "might", "if") or the sentence is a
// question.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/stringpiece.h>

#include "core/relation.hpp"
#include "relations/normalized_sentence.hpp"
#include "rules/rule_pack.hpp"

namespace re2 {
class RE2;
class RE2Set;
}  // namespace re2

namespace ag {

// One rule firing, for `explain`.
struct RuleFiring {
  std::size_t rule = 0;  // index into pack.rules
  std::string matched;   // the normalized text the pattern matched
  std::vector<std::size_t> sources, targets;  // placeholder numbers
};

class RelationMatcher {
 public:
  explicit RelationMatcher(const RulePack& pack);
  ~RelationMatcher();

  // The rules that can match a sentence: those whose trigger occurs in it. Works on the raw
  // sentence text too (triggers are matched case-insensitively), so that sentences without a
  // trigger are never normalized. Sorted; empty when no rule can match.
  void candidates(std::string_view sentence, std::vector<std::size_t>& out) const;

  // One sentence to match: its normalized text, the rules to run (from candidates()), and where
  // its relation mentions go (source, target, relation, rule, spans, flags; the caller fills in
  // doc, sentence and attributes), in rule order, then match order. `firings`, when given,
  // records each match.
  struct Job {
    const NormalizedSentence* sentence;
    const std::vector<std::size_t>* rules;
    std::vector<RelationMention>* out;
    std::vector<RuleFiring>* firings = nullptr;
  };
  // Matches a batch of sentences one rule at a time: each rule runs over all the sentences that
  // need it in a row. A rule with long word lists has a program and a DFA of hundreds of KB; run
  // sentence by sentence, a rule found them evicted from the CPU's caches by the rules and stages
  // run since its last sentence (builds took 10-20% more CPU time).
  void match(const std::vector<Job>& jobs) const;

 private:
  struct Compiled;
  // What every rule asks of a sentence: the placeholder types it holds, and whether it asks.
  struct SentenceFacts {
    unsigned letters = 0;
    bool question = false;
    explicit SentenceFacts(const NormalizedSentence& s);
  };
  void run_rule(const Compiled& c, const NormalizedSentence& s, SentenceFacts facts,
                std::vector<re2::StringPiece>& groups, std::vector<RelationMention>& out,
                std::vector<RuleFiring>* firings) const;
  bool has_cue(const re2::RE2* cues, const std::string& text, std::size_t from, std::size_t to) const;
  // Where the clause holding `before` starts, looking no further back than `floor` (returns at
  // least `floor`): bounded so that a long sentence with many matches stays linear.
  std::size_t clause_start(const std::string& text, std::size_t before, std::size_t floor) const;

  const RulePack& pack_;
  std::vector<std::unique_ptr<Compiled>> rules_;
  std::unique_ptr<re2::RE2Set> prefilter_;            // one entry per distinct trigger list
  std::vector<std::vector<std::size_t>> by_trigger_;  // trigger entry -> rules (indexes into rules_)
  std::vector<std::size_t> always_;                    // rules without a trigger: always run
  bool prefilter_ok_ = false;
  std::unique_ptr<re2::RE2> negation_, hedge_, cue_exceptions_;
};

}  // namespace ag
