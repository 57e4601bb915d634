// cli/command_extract.cpp: `actorgraph extract INPUT... [-o FILE]`: relation mentions as JSON Lines.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "core/atomic_file.hpp"
#include "output/mention_writers.hpp"
#include "pipeline/parallel_extraction.hpp"
#include "relations/extractor.hpp"

namespace ag::cli {

namespace {
struct ExtractSettings {
  std::vector<std::string> inputs;
  std::vector<std::string> rules;
  std::string output = "-";
  bool with_actors = false;
  bool strict = false;
  bool quiet = false;
  unsigned threads = 0;
};
}  // namespace

void add_extract_command(CLI::App& app) {
  auto s = std::make_shared<ExtractSettings>();
  auto* cmd = app.add_subcommand("extract", "Write one JSON line per relation mention found in the documents");
  cmd->add_option("INPUT", s->inputs, "Text files, directories, JSON Lines files (*.jsonl), or - for stdin")->required();
  cmd->add_option("-o,--output", s->output, "Output file (written atomically); - for stdout")->capture_default_str();
  cmd->add_flag("--actors", s->with_actors, "Also write one line per actor mention (as `actors --format jsonl`)");
  cmd->add_flag("--strict", s->strict, "Treat skipped input (binary files, bad JSONL lines, invalid UTF-8) as an error");
  cmd->add_flag("-q,--quiet", s->quiet, "No warnings about skipped input and no progress line");
  cmd->add_option("-j,--threads", s->threads, "Worker threads (0 = all cores); output is the same for any number")
      ->capture_default_str();
  add_rules_option(*cmd, s->rules);
  cmd->callback([s] {
    const RulePack pack = load_pack(s->rules);
    const Extractor extractor(pack);
    AtomicFile out(s->output);
    // Mentions printed on the terminal would be interleaved with the line: none then.
    ProgressLine progress = terminal_progress(s->inputs, s->quiet || (s->output == "-" && stdout_is_terminal()));
    const WarningSink warn = [&](const Warning& w) {
      if (s->quiet) return;
      progress.clear();
      print_warning(w);
    };
    extract_documents(s->inputs, ReadOptions{s->strict}, extractor, s->threads, [&](const Document& doc, const Extraction& ex) {
      if (s->with_actors) write_actor_jsonl(out.stream(), doc, ex, extractor);
      write_relation_jsonl(out.stream(), doc, ex, extractor);
      progress.add_document(doc.text.size());
    }, warn);
    progress.finish();
    out.commit();
  });
}

}  // namespace ag::cli
