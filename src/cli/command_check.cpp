// cli/command_check.cpp: `actorgraph check [RULES...]`: validate rule files and run their examples.
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "actors/actor_matcher.hpp"
#include "cli/common.hpp"
#include "relations/example_check.hpp"

namespace ag::cli {

namespace {
struct CheckSettings {
  std::vector<std::string> rules;
  bool quiet = false;
  bool list_names = false;
};

// Every string the actor matcher searches for (labels, aliases, metonyms, demonyms, each in the
// case variants it matches as), sorted, one per line: the alias list of the benchmark's grep.
void print_names(const RulePack& pack) {
  std::set<std::string> names;
  for (const Actor& a : pack.actors) {
    for (const auto* list : {&a.aliases, &a.metonyms, &a.demonyms})
      for (const auto& n : *list)
        for (auto& v : name_variants(n)) names.insert(std::move(v));
    for (auto& v : name_variants(a.label)) names.insert(std::move(v));
  }
  for (const auto& n : names) std::cout << n << '\n';
}
}  // namespace

void add_check_command(CLI::App& app) {
  auto s = std::make_shared<CheckSettings>();
  auto* cmd = app.add_subcommand("check", "Validate rule files and run the example sentences kept in them");
  cmd->add_option("RULES", s->rules, "Rule files or directories (default: the default rule pack)");
  cmd->add_flag("-q,--quiet", s->quiet, "Print only failures");
  cmd->add_flag("--list-names", s->list_names,
                "Print every actor name the matcher searches for (all case variants), sorted, one per line, "
                "and do not run the examples (used by bench/bench.sh)");
  cmd->callback([s] {
    const RulePack pack = load_pack(s->rules);
    if (s->list_names) return print_names(pack);
    const Extractor extractor(pack);
    const ExampleReport report = check_examples(extractor);
    for (const auto& f : report.failures)
      std::cout << fmt::format("{}: example failed: {}\n    {}\n", f.where.str(), f.problem, f.text);
    if (!s->quiet || !report.failures.empty())
      std::cout << fmt::format("{} files: {} actors, {} relation types, {} rules; {} examples: {} passed, {} failed\n",
                               pack.files.size(), pack.actors.size(), pack.relations.size(), pack.rules.size(),
                               report.actor_examples + report.relation_examples,
                               report.actor_examples + report.relation_examples - report.failed_examples,
                               report.failed_examples);
    if (!report.failures.empty()) exit_status() = static_cast<int>(ExitCode::check_failed);
  });
}

}  // namespace ag::cli
