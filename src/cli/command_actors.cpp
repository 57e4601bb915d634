// cli/command_actors.cpp: `actorgraph actors INPUT...`: every actor mention in the documents.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "output/mention_writers.hpp"
#include "relations/extractor.hpp"

namespace ag::cli {

namespace {
struct ActorsSettings {
  std::vector<std::string> inputs;
  std::vector<std::string> rules;
  std::string format = "table";
  bool strict = false;
};
}  // namespace

void add_actors_command(CLI::App& app) {
  auto s = std::make_shared<ActorsSettings>();
  auto* cmd = app.add_subcommand("actors", "Print every actor mention found in the documents");
  cmd->add_option("INPUT", s->inputs, "Text files, directories, JSON Lines files (*.jsonl), or - for stdin")->required();
  cmd->add_option("--format", s->format, "Output format")->check(CLI::IsMember({"table", "jsonl"}))->capture_default_str();
  cmd->add_flag("--strict", s->strict, "Treat skipped input (binary files, bad JSONL lines, invalid UTF-8) as an error");
  add_rules_option(*cmd, s->rules);
  cmd->callback([s] {
    const RulePack pack = load_pack(s->rules);
    const Extractor extractor(pack);
    const bool table = s->format == "table";
    if (table) write_actor_table_header(std::cout);
    Extraction ex;
    read_documents(s->inputs, ReadOptions{s->strict}, [&](Document&& doc) {
      extractor.extract(doc, ex);
      if (table) write_actor_table(std::cout, doc, ex, extractor);
      else write_actor_jsonl(std::cout, doc, ex, extractor);
    }, print_warning);
  });
}

}  // namespace ag::cli
