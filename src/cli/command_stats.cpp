// cli/command_stats.cpp: placeholder until the 'stats' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_stats_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("stats", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'stats' is not available yet"); });
}

}  // namespace ag::cli
