// cli/command_build.cpp: `actorgraph build INPUT... -o GRAPH.json`: documents -> graph file.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "graph/assembler.hpp"
#include "graph/graph_json.hpp"
#include "pipeline/parallel_extraction.hpp"

namespace ag::cli {

namespace {
// Enough for the graph of a few hundred megabytes of news without a run to disk; memory stays
// near this however large the corpus.
constexpr std::uint64_t kDefaultMemory = std::uint64_t{128} << 20;

struct BuildSettings {
  std::vector<std::string> inputs;
  std::vector<std::string> rules;
  std::string output;
  bool strict = false;
  bool quiet = false;
  unsigned threads = 0;
  std::uint64_t memory = kDefaultMemory;
  std::string scratch;
};

// Where runs go when the graph outgrows its memory budget: --scratch, else beside the output
// (the disk that is to hold the graph), else (output to stdout, a device or a pipe) $TMPDIR or /tmp.
std::string scratch_directory(const BuildSettings& s) {
  if (!s.scratch.empty()) return s.scratch;
  std::error_code error;
  const auto status = std::filesystem::status(s.output, error);
  const bool to_file = s.output != "-" && (!std::filesystem::exists(status) || std::filesystem::is_regular_file(status));
  if (to_file) {
    const std::filesystem::path parent = std::filesystem::path(s.output).parent_path();
    return parent.empty() ? "." : parent.string();
  }
  const char* tmp = std::getenv("TMPDIR");
  return tmp && *tmp ? tmp : "/tmp";
}
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
  cmd->add_option("--memory", s->memory,
                  "Documents and edges to hold while assembling, e.g. 512M or 2G (0 = no limit); beyond it they are "
                  "written to scratch files and merged at the end, so memory stays flat however large the corpus. "
                  "The graph is the same")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("128M");
  cmd->add_option("--scratch", s->scratch, "Folder for those scratch files (default: the output's folder)");
  add_rules_option(*cmd, s->rules);
  cmd->callback([s] {
    const RulePack pack = load_pack(s->rules);
    const Extractor extractor(pack);
    GraphAssembler assembler(extractor, AssemblyMemory{static_cast<std::size_t>(s->memory), scratch_directory(*s)});
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
    const unsigned threads = effective_threads(s->threads);  // the threads the build had
    if (assembler.runs_spilled() > 0) {
      GraphInOrder graph = std::move(assembler).finish_in_order();
      AtomicFile out(s->output);
      write_graph_json(out.stream(), graph, threads);
      out.commit();
      return;
    }
    const ActorGraph& graph = keep_until_exit([&] { return std::move(assembler).finish(); });
    save_graph(s->output, graph, threads);
  });
}

}  // namespace ag::cli
