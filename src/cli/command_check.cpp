// cli/command_check.cpp: placeholder until the 'check' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_check_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'check' is not available yet"); });
}

}  // namespace ag::cli
