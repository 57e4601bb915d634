// cli/common.cpp: shared flags and steps of the subcommands.
#include "cli/common.hpp"

#include <iostream>

namespace ag::cli {

void add_rules_option(CLI::App& cmd, std::vector<std::string>& rules) {
  cmd.add_option("--rules", rules,
                 "Rule file or directory (repeatable); default: the default rule pack (" + default_rules_dir() + ")")
      ->type_name("PATH")
      ->allow_extra_args(false);  // one path per --rules, so inputs after it stay inputs
}

RulePack load_pack(const std::vector<std::string>& rules) {
  if (rules.empty()) return load_rules({default_rules_dir()});
  return load_rules(rules);
}

void print_warning(const Warning& w) {
  const std::string where = w.where.str();
  std::cerr << "actorgraph: warning: " << (where.empty() ? "" : where + ": ") << w.message << "\n";
}

}  // namespace ag::cli
