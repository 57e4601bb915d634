// cli/command_query.cpp: `actorgraph query GRAPH <question> ...`: who relates to whom.
//
// One CLI11 subcommand per question (neighbors, between, path, ego, top, actors, relations), each
// with the filter flags, --format and -o. The questions themselves live in src/query/ (query.hpp);
// this file only binds flags, loads the graph, calls the query and prints its result. A query that
// finds nothing exits with 1 (ExitCode::check_failed).
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/filter_flags.hpp"
#include "core/error.hpp"
#include "graph/graph_json.hpp"
#include "query/query.hpp"

namespace ag::cli {

namespace {

struct QuerySettings {
  std::string graph;
  GraphFilter filter;
  std::string format = "table";
  std::string output_graph;
  std::string actor, other;       // ACTOR, or A and B
  PathOptions path;
  int depth = 1;
  std::string by = "degree";
  std::size_t top_limit = 10;
  bool connected = false;
  std::vector<std::string> rules;  // only read for names the graph never saw
};

using Shared = std::shared_ptr<QuerySettings>;

void add_output_flags(CLI::App& cmd, QuerySettings& s) {
  cmd.add_option("--format", s.format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  cmd.add_option("-o,--output-graph", s.output_graph,
                 "Also write the actors and relations of the answer as a graph file (for render and export)")
      ->type_name("FILE");
}

CLI::App* add_question(CLI::App& query, const std::string& name, const std::string& about, QuerySettings& s) {
  auto* cmd = query.add_subcommand(name, about);
  add_filter_flags(*cmd, s.filter);
  add_output_flags(*cmd, s);
  return cmd;
}

// An actor name as the graph knows it: unchanged when the graph has it (or it is ambiguous there),
// else the id the rule pack gives it ("PRC" -> "CHN"), else unchanged, so that the query reports
// it as unknown with the closest names. The rule pack is only loaded in that last case.
std::string known_name(const ActorGraph& g, const std::string& name, const QuerySettings& s) {
  if (!actors_named(g, name).empty()) return name;
  try {
    if (auto id = actor_id_by_rules(g, load_pack(s.rules).actors, name)) return *id;
  } catch (const Error&) {
    if (!s.rules.empty()) throw;  // the user's rule files are broken: say so
  }
  return name;
}

void add_names_option(CLI::App& cmd, QuerySettings& s) {
  cmd.add_option("--rules", s.rules,
                 "Rule file or directory (repeatable) whose aliases name actors the corpus never called so; "
                 "default: the default rule pack")
      ->type_name("PATH")
      ->allow_extra_args(false);
}

// Loads the graph, asks, prints; saves the answer's subgraph with -o; exit 1 when it is empty.
template <typename Ask, typename Empty>
void answer(const QuerySettings& s, Ask ask, Empty empty) {
  if (s.output_graph == "-") throw UsageError("-o - would mix the graph file with the answer; give a file name");
  const auto format = parse_query_format(s.format);  // CLI11 checked the name
  const ActorGraph& graph = keep_until_exit([&] { return load_graph(s.graph); });
  const auto result = ask(graph);
  write_result(std::cout, result, *format);
  if (!s.output_graph.empty()) save_graph(s.output_graph, make_subgraph(graph, result.used));
  if (empty(result)) exit_status() = static_cast<int>(ExitCode::check_failed);
}

void add_neighbors(CLI::App& query, const Shared& s) {
  auto* cmd = add_question(query, "neighbors", "Who relates to an actor: relation, direction, weight, dates, evidence", *s);
  cmd->add_option("ACTOR", s->actor, "Actor id, label, alias or surname (any case)")->required();
  add_names_option(*cmd, *s);
  cmd->callback([s] {
    answer(*s, [&](const ActorGraph& g) { return query_neighbors(g, known_name(g, s->actor, *s), s->filter); },
           [](const NeighborsResult& r) { return r.rows.empty(); });
  });
}

void add_between(CLI::App& query, const Shared& s) {
  auto* cmd = add_question(query, "between", "Every relation between two actors, both directions, with evidence", *s);
  cmd->add_option("A", s->actor, "First actor")->required();
  cmd->add_option("B", s->other, "Second actor")->required();
  add_names_option(*cmd, *s);
  cmd->callback([s] {
    answer(*s, [&](const ActorGraph& g) {
      return query_between(g, known_name(g, s->actor, *s), known_name(g, s->other, *s), s->filter);
    },
           [](const BetweenResult& r) { return r.edges.empty(); });
  });
}

void add_path(CLI::App& query, const Shared& s) {
  auto* cmd = add_question(query, "path", "The shortest chains of relations linking two actors", *s);
  cmd->add_option("A", s->actor, "Where the chain starts")->required();
  cmd->add_option("B", s->other, "Where it ends")->required();
  cmd->add_flag("--weighted", s->path.weighted, "A link costs 1/weight, so strong relations make short paths");
  cmd->add_option("--limit", s->path.limit, "List at most this many shortest paths")->capture_default_str();
  add_names_option(*cmd, *s);
  cmd->callback([s] {
    answer(*s, [&](const ActorGraph& g) {
      return query_path(g, known_name(g, s->actor, *s), known_name(g, s->other, *s), s->filter, s->path);
    },
           [](const PathResult& r) { return r.paths.empty(); });
  });
}

void add_ego(CLI::App& query, const Shared& s) {
  auto* cmd = add_question(query, "ego", "An actor's neighbourhood as a subgraph (-o saves it)", *s);
  cmd->add_option("ACTOR", s->actor, "The actor at the centre")->required();
  cmd->add_option("--depth", s->depth, "How many hops")->capture_default_str()->check(CLI::NonNegativeNumber);
  add_names_option(*cmd, *s);
  cmd->callback([s] {
    answer(*s, [&](const ActorGraph& g) { return query_ego(g, known_name(g, s->actor, *s), s->depth, s->filter); },
           [](const EgoResult& r) { return r.edges.empty(); });
  });
}

void add_top(CLI::App& query, const Shared& s) {
  auto* cmd = add_question(query, "top", "The most central actors", *s);
  cmd->add_option("--by", s->by, "Centrality measure")
      ->check(CLI::IsMember({"degree", "weight", "pagerank", "betweenness"}))
      ->capture_default_str();
  cmd->add_option("--limit", s->top_limit, "How many actors (0 = all)")->capture_default_str();
  cmd->callback([s] {
    const Centrality by = *parse_centrality(s->by);  // CLI11 checked the name
    answer(*s, [&](const ActorGraph& g) { return query_top(g, s->filter, by, s->top_limit); },
           [](const TopResult& r) { return r.actors.empty(); });
  });
}

void add_actors(CLI::App& query, const Shared& s) {
  auto* cmd = add_question(query, "actors", "Every actor with its type, mentions, degree and weight", *s);
  cmd->add_flag("--connected", s->connected, "Only actors with a relation that passes the filter");
  cmd->callback([s] {
    answer(*s, [&](const ActorGraph& g) { return query_actors(g, s->filter, s->connected); },
           [](const ActorsResult& r) { return r.rows.empty(); });
  });
}

void add_relations(CLI::App& query, const Shared& s) {
  auto* cmd = add_question(query, "relations", "Every relation type with its edges, weight and documents", *s);
  cmd->callback([s] {
    answer(*s, [&](const ActorGraph& g) { return query_relations(g, s->filter); },
           [](const RelationsResult& r) { return r.rows.empty(); });
  });
}

}  // namespace

void add_query_command(CLI::App& app) {
  auto s = std::make_shared<QuerySettings>();
  auto* cmd = app.add_subcommand("query", "Ask a graph file who relates to whom");
  cmd->add_option("GRAPH", s->graph, "A graph file (from build or merge); - for stdin")->required();
  cmd->require_subcommand(1);
  cmd->footer(
      "Actors are named by id, label, alias or surname, in any case (\"kremlin\", \"PRC\", \"Gabuev\").\n"
      "Examples:\n"
      "  actorgraph query graphs/seeds.json neighbors China\n"
      "  actorgraph query graphs/seeds.json between \"United States\" Russia --format json\n"
      "  actorgraph query graphs/seeds.json path Gabuev Russia --weighted\n"
      "  actorgraph query graphs/seeds.json ego Russia --depth 2 -o russia.json\n"
      "  actorgraph query graphs/seeds.json top --by pagerank --relation trade,sanction");
  add_neighbors(*cmd, s);
  add_between(*cmd, s);
  add_path(*cmd, s);
  add_ego(*cmd, s);
  add_top(*cmd, s);
  add_actors(*cmd, s);
  add_relations(*cmd, s);
}

}  // namespace ag::cli
