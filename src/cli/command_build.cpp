// cli/command_build.cpp: placeholder until the 'build' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_build_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("build", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'build' is not available yet"); });
}

}  // namespace ag::cli
