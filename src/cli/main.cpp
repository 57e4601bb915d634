// cli/main.cpp: wires the subcommands, and is the one place that prints errors and picks the exit
// code (documented in README.md, "Exit codes").
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"

namespace {

extern "C" void on_signal(int sig) {
  ag::remove_pending_temp_files();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

namespace ag::cli {
int& exit_status() {
  static int status = 0;
  return status;
}
}  // namespace ag::cli

int main(int argc, char** argv) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::ios::sync_with_stdio(false);

  CLI::App app{"actorgraph: turn news text into a knowledge graph of political actors and their relations.\n"
               "Run 'actorgraph COMMAND --help' for the options of one command."};
  app.set_version_flag("--version", "actorgraph " ACTORGRAPH_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);
  ag::cli::add_actors_command(app);
  ag::cli::add_check_command(app);
  ag::cli::add_extract_command(app);
  ag::cli::add_explain_command(app);
  ag::cli::add_build_command(app);
  ag::cli::add_merge_command(app);
  ag::cli::add_query_command(app);
  ag::cli::add_stats_command(app);
  ag::cli::add_render_command(app);
  ag::cli::add_export_command(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cout.flush();
    std::cerr << "actorgraph: " << e.what() << "\n";
    std::cerr << "Run 'actorgraph --help' for usage.\n";
    return static_cast<int>(ag::ExitCode::usage);
  } catch (const ag::Error& e) {
    std::cout.flush();
    std::cerr << "actorgraph: error: " << e.message() << "\n";
    return static_cast<int>(e.code());
  } catch (const std::bad_alloc&) {
    std::cout.flush();
    std::cerr << "actorgraph: error: out of memory\n";
    return static_cast<int>(ag::ExitCode::input);
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "actorgraph: error: writing to standard output failed\n";
    return static_cast<int>(ag::ExitCode::output);
  }
  return ag::cli::exit_status();
}
