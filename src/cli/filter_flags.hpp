// cli/filter_flags.hpp: the flags that choose part of a graph, spelled alike by query, render and
// export (src/query/filter.hpp does the choosing).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "query/filter.hpp"

namespace ag::cli {

// Which flags a command offers beyond the common ones (--relation, --type, --since, --until,
// --min-weight, --include-negated, --include-hedged).
struct FilterFlagSet {
  std::string* focus = nullptr;  // --focus ACTOR --depth N: the name goes here (the command resolves it)
  bool top = false;              // --top N
  bool keep_isolated = false;    // --keep-isolated
};

void add_filter_flags(CLI::App& cmd, GraphFilter& filter, FilterFlagSet extra = {});

// Whether any of the flags above selects part of the graph (they were all left at their defaults
// otherwise).
bool selects_part(const GraphFilter& filter, const std::string& focus);

}  // namespace ag::cli
