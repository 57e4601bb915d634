// cli/command_query.cpp: placeholder until the 'query' subcommand lands; it refuses to run.
#include "cli/commands.hpp"
#include "core/error.hpp"

namespace ag::cli {

void add_query_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("query", "(not available yet)");
  cmd->allow_extras();
  cmd->callback([] { throw UsageError("'query' is not available yet"); });
}

}  // namespace ag::cli
