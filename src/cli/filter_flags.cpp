// cli/filter_flags.cpp: one spelling of the filter flags for every command that takes them.
#include "cli/filter_flags.hpp"

namespace ag::cli {

void add_filter_flags(CLI::App& cmd, GraphFilter& filter, FilterFlagSet extra) {
  if (extra.focus != nullptr) {
    cmd.add_option("--focus", *extra.focus, "Only this actor (id, label or alias) and its neighbourhood")->type_name("ACTOR");
    cmd.add_option("--depth", filter.depth, "With --focus: how many hops")->capture_default_str();
  }
  cmd.add_option("--relation", filter.relations, "Only this relation type (repeatable, or a comma list)")
      ->type_name("RELATION")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd.add_option("--type", filter.types, "Only actors of this type (repeatable, or a comma list)")
      ->type_name("TYPE")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd.add_option("--min-weight", filter.min_weight, "Drop relations with fewer mentions")->capture_default_str();
  cmd.add_option("--since", filter.since, "Only relations with a mention on or after this date (YYYY[-MM[-DD]])")
      ->type_name("DATE");
  cmd.add_option("--until", filter.until, "Only relations with a mention on or before this date (YYYY[-MM[-DD]])")
      ->type_name("DATE");
  if (extra.top)
    cmd.add_option("--top", filter.top, "Only the N most connected actors (0 = all)")->capture_default_str();
  cmd.add_flag("--include-negated", filter.include_negated, "Count negated mentions and keep relations only they support");
  cmd.add_flag("--include-hedged", filter.include_hedged, "Count hedged mentions and keep relations only they support");
  if (extra.keep_isolated)
    cmd.add_flag("--keep-isolated", filter.keep_isolated,
                 "Keep actors left without relations (the default when no other filter flag is given)");
}

bool selects_part(const GraphFilter& f, const std::string& focus) {
  const GraphFilter none;
  return !focus.empty() || !f.relations.empty() || !f.types.empty() || !f.since.empty() || !f.until.empty() ||
         f.min_weight != none.min_weight || f.include_negated || f.include_hedged || f.top != none.top;
}

}  // namespace ag::cli
