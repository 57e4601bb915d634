// cli/command_explain.cpp: `actorgraph explain TEXT|FILE`: sentence by sentence, the actors found,
// the text the patterns ran on, the rules that fired and the relations they gave.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "relations/example_check.hpp"
#include "relations/extractor.hpp"

namespace ag::cli {

namespace {
struct ExplainSettings {
  std::string input;
  std::vector<std::string> rules;
};

void explain_document(const Document& doc, const Extractor& x) {
  Extraction ex;
  std::vector<SentenceTrace> traces;
  x.extract(doc, ex, &traces);
  std::cout << fmt::format("document {}: {} sentences, {} actor mentions, {} relation mentions\n", doc.id,
                           ex.sentences.size(), ex.actors.size(), ex.relations.size());
  std::size_t t = 0;
  for (const Sentence& s : ex.sentences) {
    std::cout << fmt::format("\n[{}] bytes {}-{}: {}\n", s.index, s.span.begin, s.span.end, slice(doc.text, s.span));
    for (const auto& m : ex.actors) {
      if (m.sentence != s.index) continue;
      const Actor& a = x.actor(ex, m.actor);
      std::cout << fmt::format("  actor    \"{}\" -> {} ({}, {}, {}) at {}-{}\n", slice(doc.text, m.span), a.label, a.type,
                               to_string(m.kind), a.id, m.span.begin, m.span.end);
    }
    while (t < traces.size() && traces[t].sentence < s.index) ++t;
    if (t < traces.size() && traces[t].sentence == s.index) {
      std::cout << "  patterns ran on: " << traces[t].normalized << "\n";
      if (traces[t].firings.empty()) std::cout << "  no rule matched\n";
      for (const auto& f : traces[t].firings) std::cout << fmt::format("  rule     {} matched \"{}\"\n", f.rule, f.matched);
    } else {
      std::cout << "  (fewer than two actors: no relation rule runs)\n";
    }
    for (const auto& r : ex.relations) {
      if (r.sentence_index != s.index) continue;
      std::cout << fmt::format("  relation {}  [rule {}, trigger \"{}\"]\n", describe(x, ex, r), r.rule, slice(doc.text, r.trigger));
      for (const auto& a : r.attributes.amounts) std::cout << fmt::format("           amount {} {} (\"{}\")\n", a.value, a.currency, a.text);
      for (const auto& p : r.attributes.percentages) std::cout << fmt::format("           percentage {}\n", p);
      for (const auto& d : r.attributes.dates) std::cout << fmt::format("           date {}\n", d);
    }
  }
}
}  // namespace

void add_explain_command(CLI::App& app) {
  auto s = std::make_shared<ExplainSettings>();
  auto* cmd = app.add_subcommand("explain", "Show sentence by sentence which actors and rules a text yields, and why");
  cmd->add_option("TEXT_OR_FILE", s->input, "A sentence or passage, or a file (or directory / JSONL) to explain")->required();
  add_rules_option(*cmd, s->rules);
  cmd->callback([s] {
    const RulePack pack = load_pack(s->rules);
    const Extractor extractor(pack);
    std::error_code ec;
    if (s->input != "-" && !std::filesystem::exists(s->input, ec)) {
      explain_document(Document{"text", s->input, {}, {}, {}, {}}, extractor);
      return;
    }
    read_documents({s->input}, ReadOptions{}, [&](Document&& doc) { explain_document(doc, extractor); }, print_warning);
  });
}

}  // namespace ag::cli
