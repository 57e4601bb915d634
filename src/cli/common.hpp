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

// Builds what `make` returns on the heap, for the rest of the process, and returns it. For what a
// command builds or loads and the process exits right after: freeing a graph of 400,000 edges
// piece by piece takes most of a second, which the system does at once when the process ends. The
// object is built in place (a Boost graph cannot be moved, only copied) and stays reachable from
// a static, so leak checkers do not report it.
template <typename Make>
auto& keep_until_exit(Make make) {
  using T = decltype(make());
  static auto* kept = new std::vector<const void*>;  // never destroyed, not even at exit
  T* held = new T(make());
  kept->push_back(held);
  return *held;
}

}  // namespace ag::cli
