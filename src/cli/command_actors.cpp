// cli/command_actors.cpp: placeholder until the 'actors' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_actors_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("actors", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'actors' is not available yet"); });
}

}  // namespace ag::cli
