// cli/command_build.cpp: `actorgraph build INPUT... -o GRAPH.json`: documents -> graph file.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "core/error.hpp"
#include "graph/assembler.hpp"
#include "graph/graph_json.hpp"
#include "pipeline/parallel_extraction.hpp"

namespace ag::cli {

namespace {
struct BuildSettings {
  std::vector<std::string> inputs;
  std::vector<std::string> rules;
  std::string output;
  bool strict = false;
  bool quiet = false;
  unsigned threads = 0;
};
}  // namespace

void add_build_command(CLI::App& app) {
  auto s = std::make_shared<BuildSettings>();
  auto* cmd = app.add_subcommand("build", "Build a graph file from documents (read, extract, assemble)");
  cmd->add_option("INPUT", s->inputs, "Text files, directories, JSON Lines files (*.jsonl), or - for stdin")->required();
  cmd->add_option("-o,--output", s->output, "The graph file to write (atomically), e.g. graphs/NAME.json; - for stdout")
      ->required();
  cmd->add_flag("--strict", s->strict,
                "Treat skipped input (binary files, bad JSONL lines, invalid UTF-8, repeated document ids) as an error");
  cmd->add_flag("-q,--quiet", s->quiet, "No warnings about skipped input and no progress line");
  cmd->add_option("-j,--threads", s->threads, "Worker threads (0 = all cores); the graph is the same for any number")
      ->capture_default_str();
  add_rules_option(*cmd, s->rules);
  cmd->callback([s] {
    const RulePack pack = load_pack(s->rules);
    const Extractor extractor(pack);
    GraphAssembler assembler(extractor);
    ProgressLine progress = terminal_progress(s->inputs, s->quiet);
    const WarningSink warn = [&](const Warning& w) {
      if (s->quiet) return;
      progress.clear();
      print_warning(w);
    };
    extract_documents(
        s->inputs, ReadOptions{s->strict}, extractor, s->threads,
        [&](const Document& doc, const Extraction& ex) { return std::any(assembler.prepare(doc, ex)); },
        [&](const Document& doc, const Extraction&, std::any& part) {
          progress.add_document(doc.text.size());
          if (assembler.add(std::any_cast<DocumentPart&&>(std::move(part)))) return;
          const std::string what = "document id '" + doc.id + "' was already read; this copy is skipped";
          if (s->strict) throw InputError(Location(doc.id), what);
          warn(Warning{Location(doc.id), what});
        },
        warn);
    progress.finish();
    const ActorGraph& graph = keep_until_exit([&] { return std::move(assembler).finish(); });
    save_graph(s->output, graph, effective_threads(s->threads));  // the threads the build had
  });
}

}  // namespace ag::cli
