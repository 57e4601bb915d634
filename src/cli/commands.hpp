// cli/commands.hpp: every subcommand of `actorgraph`, one file each (command_<name>.cpp).
//
// A command file adds its subcommand to the app, binds its flags to a small settings struct and
// sets a callback that calls the library and writes the result. Errors are thrown as ag::Error and
// reach main(), the one place that prints them and picks the exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace ag::cli {

void add_actors_command(CLI::App& app);   // actor mentions in documents
void add_check_command(CLI::App& app);    // validate rule files and run their examples
void add_extract_command(CLI::App& app);  // relation mentions as JSON Lines
void add_explain_command(CLI::App& app);  // why a sentence did or did not yield relations
void add_build_command(CLI::App& app);    // documents -> graph file
void add_merge_command(CLI::App& app);    // graph files -> one graph file
void add_query_command(CLI::App& app);    // who relates to whom
void add_stats_command(CLI::App& app);    // counts of a graph file
void add_render_command(CLI::App& app);   // GraphViz diagrams
void add_export_command(CLI::App& app);   // GEXF, GraphML, CSV, Cytoscape.js, Neo4j

// The command's own exit code when it ran but has something to report (e.g. failing examples).
// Commands set it; main returns it.
int& exit_status();

}  // namespace ag::cli
