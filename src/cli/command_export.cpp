// cli/command_export.cpp: placeholder until the 'export' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_export_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'export' is not available yet"); });
}

}  // namespace ag::cli
