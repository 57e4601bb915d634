// tests/fuzz/extractor_fuzz.cpp: bytes as a document -> segmenter, then the whole extractor with
// the default rule pack (loaded once).
//
// Checks what later stages rely on: sentences are ordered, disjoint, non-empty spans of the text
// of at most kMaxSentenceBytes; every actor mention lies in its sentence and names a known actor;
// every relation mention names known actors and a known relation type, and its spans lie in its
// sentence.
#include <vector>

#include "relations/extractor.hpp"
#include "rules/rule_pack.hpp"
#include "segment/segmenter.hpp"
#include "fuzz_check.hpp"

namespace {

using ag::fuzz::within;

const ag::Extractor& extractor() {
  static const ag::RulePack pack = ag::load_rules({ag::default_rules_dir()});
  static const ag::Extractor instance(pack);
  return instance;
}

void check_sentences(const std::vector<ag::Sentence>& sentences, std::size_t text_size) {
  std::size_t end = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const ag::Span s = sentences[i].span;
    FUZZ_CHECK(sentences[i].index == i);
    FUZZ_CHECK(end <= s.begin && s.begin < s.end && s.end <= text_size);
    FUZZ_CHECK(s.size() <= ag::kMaxSentenceBytes);
    end = s.end;
  }
}

void check_extraction(const ag::Extraction& ex, const ag::RulePack& pack) {
  const std::size_t actors = pack.actors.size() + ex.discovered.size();
  for (const auto& m : ex.actors) {
    FUZZ_CHECK(m.actor < actors);
    FUZZ_CHECK(m.sentence < ex.sentences.size());
    FUZZ_CHECK(within(m.span, ex.sentences[m.sentence].span));
  }
  for (const auto& r : ex.relations) {
    FUZZ_CHECK(r.source < actors && r.target < actors);
    FUZZ_CHECK(r.relation < pack.relations.size());
    FUZZ_CHECK(r.sentence_index < ex.sentences.size());
    FUZZ_CHECK(r.sentence == ex.sentences[r.sentence_index].span);
    FUZZ_CHECK(within(r.trigger, r.sentence));
    FUZZ_CHECK(within(r.source_span, r.sentence) && within(r.target_span, r.sentence));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ag::Document doc{"fuzz", ag::fuzz::bytes(data, size), {}, "2023-05-24", {}, {}};
  check_sentences(ag::segment(doc.text), doc.text.size());
  ag::Extraction ex;
  extractor().extract(doc, ex);
  check_sentences(ex.sentences, doc.text.size());
  check_extraction(ex, extractor().pack());
  return 0;
}
