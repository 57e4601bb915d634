// cli/command_explain.cpp: placeholder until the 'explain' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_explain_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("explain", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'explain' is not available yet"); });
}

}  // namespace ag::cli
