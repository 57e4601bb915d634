// cli/command_extract.cpp: placeholder until the 'extract' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_extract_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("extract", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'extract' is not available yet"); });
}

}  // namespace ag::cli
