// cli/common.hpp: flags and steps that several subcommands share.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "read/reader.hpp"
#include "rules/rule_pack.hpp"

namespace ag::cli {

// --rules PATH (repeatable): rule files or directories; default: the default rule pack.
void add_rules_option(CLI::App& cmd, std::vector<std::string>& rules);
RulePack load_pack(const std::vector<std::string>& rules);

// Prints a reader warning to stderr as "actorgraph: warning: where: message".
void print_warning(const Warning& w);

}  // namespace ag::cli
