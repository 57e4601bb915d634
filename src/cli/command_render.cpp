// cli/command_render.cpp: placeholder until the 'render' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_render_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("render", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'render' is not available yet"); });
}

}  // namespace ag::cli
