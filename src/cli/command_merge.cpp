// cli/command_merge.cpp: placeholder until the 'merge' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_merge_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("merge", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'merge' is not available yet"); });
}

}  // namespace ag::cli
