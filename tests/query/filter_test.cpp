// apply_filter on the fixture graph: each filter alone, then focus, top and isolated actors, and
// the shape of the result (id order, same documents and fingerprint).
#include <doctest/doctest.h>

#include <sstream>
#include <utility>

#include "core/error.hpp"
#include "graph/graph_json.hpp"
#include "fixture_graph.hpp"
#include "query/filter.hpp"

using namespace ag;
using test::dump;
using test::fixture_graph;
using test::ids;

namespace {

ActorGraph filtered(const GraphFilter& f) { return apply_filter(fixture_graph(), f); }

const char* const kFacts =
    "Alexander Gabuev -[affiliation]-> Carnegie Russia Eurasia Center (2)\n"
    "Alexander Gabuev -[criticism]-> Russia (1)\n"
    "China -[agreement]- Russia (1)\n"
    "China -[exercise]- Russia (2)\n"
    "China -[membership]-> Shanghai Cooperation Organisation (1)\n"
    "China -[trade]- Russia (3)\n"
    "Germany -[arms_transfer]-> Ukraine (1)\n"
    "Germany -[membership]-> NATO (1)\n"
    "India -[membership]-> Shanghai Cooperation Organisation (1)\n"
    "India -[trade]- Russia (1)\n"
    "Russia -[attack]-> Ukraine (2)\n"
    "Russia -[membership]-> Shanghai Cooperation Organisation (1)\n"
    "United States -[sanction]-> China (1)\n"
    "United States -[sanction]-> Russia (4)\n"
    "United States -[support]-> Ukraine (2)\n"
    "Vladimir Putin -[meeting]- Xi Jinping (2)\n"
    "Xi Jinping -[visit]-> Russia (1)\n";

}  // namespace

TEST_CASE("the default filter keeps the facts and drops actors without them") {
  const ActorGraph g = filtered({});
  CHECK(dump(g) == kFacts);
  CHECK(ids(g) == std::vector<std::string>{"CHN", "DEU", "IND", "RUS", "UKR", "USA", "org.carnegie", "org.nato",
                                           "org.sco", "person.gabuev", "person.putin", "person.xi"});
  CHECK(g.documents.size() == 6);
  CHECK(g.rules_fingerprint == "fixture-rules");
  CHECK(g.by_id.size() == 12);
}

TEST_CASE("edges come out in (source id, target id, relation) order") {
  const ActorGraph g = filtered({});
  std::vector<std::string> order;
  for (Edge e : boost::make_iterator_range(boost::edges(g.g)))
    order.push_back(g.g[boost::source(e, g.g)].id + ">" + g.g[boost::target(e, g.g)].id + ":" + g.g[e].relation);
  CHECK(order.front() == "CHN>RUS:agreement");
  CHECK(order[1] == "CHN>RUS:exercise");
  CHECK(order[2] == "CHN>RUS:trade");
  CHECK(std::is_sorted(order.begin(), order.end()));
}

TEST_CASE("keep_isolated keeps the actor without relations") {
  GraphFilter f;
  f.keep_isolated = true;
  CHECK(boost::num_vertices(filtered(f).g) == 13);
}

TEST_CASE("relations") {
  GraphFilter f;
  f.relations = {"sanction"};
  CHECK(dump(filtered(f)) == "United States -[sanction]-> China (1)\nUnited States -[sanction]-> Russia (4)\n");
  CHECK(ids(filtered(f)) == std::vector<std::string>{"CHN", "RUS", "USA"});
  f.relations = {"visit", "meeting"};
  CHECK(dump(filtered(f)) == "Vladimir Putin -[meeting]- Xi Jinping (2)\nXi Jinping -[visit]-> Russia (1)\n");
}

TEST_CASE("types keep edges between actors of those types") {
  GraphFilter f;
  f.types = {"person"};
  CHECK(dump(filtered(f)) == "Vladimir Putin -[meeting]- Xi Jinping (2)\n");
  f.types = {"person", "organization"};
  CHECK(dump(filtered(f)) == "Alexander Gabuev -[affiliation]-> Carnegie Russia Eurasia Center (2)\n"
                             "Vladimir Putin -[meeting]- Xi Jinping (2)\n");
}

TEST_CASE("min_weight counts supporting mentions") {
  GraphFilter f;
  f.min_weight = 3;
  CHECK(dump(filtered(f)) == "China -[trade]- Russia (3)\nUnited States -[sanction]-> Russia (4)\n");
}

TEST_CASE("negated and hedged edges only when asked for") {
  GraphFilter f;
  f.include_negated = true;
  std::string d = dump(filtered(f));
  CHECK(d.find("China -[arms_transfer]-> Russia (0)") != std::string::npos);
  CHECK(d.find("cooperation") == std::string::npos);
  f.include_negated = false;
  f.include_hedged = true;
  d = dump(filtered(f));
  CHECK(d.find("India -[cooperation]- United States (0)") != std::string::npos);
  CHECK(d.find("arms_transfer]-> Russia") == std::string::npos);
  // An edge of weight 0 stays out under min_weight 2 even when its mention is admitted.
  f.min_weight = 2;
  CHECK(dump(filtered(f)).find("cooperation") == std::string::npos);
}

TEST_CASE("since and until: any admitted mention in range; partial dates are intervals; undated never match") {
  GraphFilter f;
  f.since = "2023";
  CHECK(dump(filtered(f)) ==
        "Alexander Gabuev -[affiliation]-> Carnegie Russia Eurasia Center (2)\n"
        "Alexander Gabuev -[criticism]-> Russia (1)\n"
        "China -[exercise]- Russia (2)\n"
        "China -[trade]- Russia (3)\n"
        "Germany -[arms_transfer]-> Ukraine (1)\n"
        "India -[trade]- Russia (1)\n"
        "United States -[sanction]-> China (1)\n"
        "United States -[sanction]-> Russia (4)\n"
        "United States -[support]-> Ukraine (2)\n"
        "Vladimir Putin -[meeting]- Xi Jinping (2)\n"
        "Xi Jinping -[visit]-> Russia (1)\n");
  f.since = "";
  f.until = "2014";
  CHECK(dump(filtered(f)) == "United States -[sanction]-> Russia (4)\n");
  // "2022" (an attack mention) overlaps June 2022 onwards.
  f.since = "2022-06";
  f.until = "2022-12-31";
  f.relations = {"attack"};
  CHECK(dump(filtered(f)) == "Russia -[attack]-> Ukraine (2)\n");
  f.since = "2022-03-02";
  f.until = "2022-03-15";
  f.relations = {};
  CHECK(dump(filtered(f)) == "Russia -[attack]-> Ukraine (2)\n");  // only the "2022" mention spans it
  // The negated mention's date counts only when negated mentions are admitted; "2023" covers the day.
  f = {};
  f.since = "2023-04-01";
  f.until = "2023-04-01";
  const std::string gabuev = "Alexander Gabuev -[affiliation]-> Carnegie Russia Eurasia Center (2)\n";
  CHECK(dump(filtered(f)) == gabuev);
  f.include_negated = true;
  CHECK(dump(filtered(f)) == gabuev + "China -[arms_transfer]-> Russia (0)\n");
}

TEST_CASE("malformed dates and depths are usage errors") {
  GraphFilter f;
  f.since = "March 2022";
  CHECK_THROWS_AS(filtered(f), UsageError);
  f.since = "2022-3-1";
  CHECK_THROWS_WITH_AS(filtered(f), "--since '2022-3-1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", UsageError);
  f = {};
  f.focus = "Russia";
  f.depth = -1;
  CHECK_THROWS_AS(filtered(f), UsageError);
}

TEST_CASE("focus keeps the neighbourhood, walking edges both ways") {
  GraphFilter f;
  f.focus = "Russia";
  CHECK(ids(filtered(f)) == std::vector<std::string>{"CHN", "IND", "RUS", "UKR", "USA", "org.sco", "person.gabuev",
                                                     "person.xi"});
  CHECK(boost::num_edges(filtered(f).g) == 13);
  f.focus = "Gabuev";
  CHECK(dump(filtered(f)) == "Alexander Gabuev -[affiliation]-> Carnegie Russia Eurasia Center (2)\n"
                             "Alexander Gabuev -[criticism]-> Russia (1)\n");
  f.depth = 0;
  CHECK(ids(filtered(f)) == std::vector<std::string>{"person.gabuev"});
  CHECK(boost::num_edges(filtered(f).g) == 0);
  f.focus = "NATO";
  f.depth = 3;
  CHECK(ids(filtered(f)) == std::vector<std::string>{"DEU", "RUS", "UKR", "USA", "org.nato"});
}

TEST_CASE("focus with types: the focus stays whatever its type") {
  GraphFilter f;
  f.focus = "RUS";
  f.types = {"person"};
  CHECK(dump(filtered(f)) == "Alexander Gabuev -[criticism]-> Russia (1)\nXi Jinping -[visit]-> Russia (1)\n");
  f.focus = "Kazakhstan";  // no relation at all: the focus alone
  CHECK(ids(filtered(f)) == std::vector<std::string>{"KAZ"});
}

TEST_CASE("focus names an unknown actor") {
  GraphFilter f;
  f.focus = "Atlantis";
  CHECK_THROWS_AS(filtered(f), UsageError);
}

TEST_CASE("top keeps the actors of largest weighted degree") {
  GraphFilter f;
  f.top = 3;  // Russia 16, China 8, United States 7
  CHECK(ids(filtered(f)) == std::vector<std::string>{"CHN", "RUS", "USA"});
  CHECK(dump(filtered(f)) == "China -[agreement]- Russia (1)\nChina -[exercise]- Russia (2)\nChina -[trade]- Russia (3)\n"
                             "United States -[sanction]-> China (1)\nUnited States -[sanction]-> Russia (4)\n");
  f.top = 5;  // then Ukraine 5, then a three-way tie at 3 broken by id: org.sco
  CHECK(ids(filtered(f)) == std::vector<std::string>{"CHN", "RUS", "UKR", "USA", "org.sco"});
  f.top = 2;
  f.focus = "Gabuev";
  f.depth = 2;  // within two hops of Gabuev: Russia and China lead; Gabuev stays as the focus
  CHECK(ids(filtered(f)) == std::vector<std::string>{"CHN", "RUS", "person.gabuev"});
}

TEST_CASE("a filter of an empty graph is empty") {
  const ActorGraph g = apply_filter(ActorGraph{}, GraphFilter{});
  CHECK(boost::num_vertices(g.g) == 0);
}

TEST_CASE("FilterPredicate on single edges") {
  const ActorGraph g = fixture_graph();
  GraphFilter f;
  f.include_negated = true;
  const FilterPredicate pred(f);
  const Vertex chn = *g.find("CHN"), rus = *g.find("RUS");
  int seen = 0;
  for (Edge e : boost::make_iterator_range(boost::out_edges(chn, g.g)))
    if (boost::target(e, g.g) == rus && g.g[e].relation == "arms_transfer") {
      ++seen;
      CHECK(pred.keeps(g.g, e));
      CHECK(pred.admitted_mentions(g.g[e]) == 1);
      CHECK(!FilterPredicate(GraphFilter{}).keeps_edge(g.g[e]));
    }
  CHECK(seen == 1);
  CHECK(is_filter_date("2024"));
  CHECK(is_filter_date("2024-02"));
  CHECK(is_filter_date("2024-02-29"));
  CHECK(!is_filter_date("24-02-29"));
  CHECK(!is_filter_date("2024-2"));
  CHECK(!is_filter_date("2024-13"));
  CHECK(!is_filter_date("2024-00"));
  CHECK(!is_filter_date("2024-02-32"));
  CHECK(!is_filter_date("2024-02-00"));
  CHECK(!is_filter_date(""));
}

namespace {

std::string graph_file(const ActorGraph& g) {
  std::ostringstream out;
  write_graph_json(out, g);
  return out.str();
}

GraphFilter keep_everything() {
  GraphFilter f;
  f.min_weight = 0;
  f.include_negated = f.include_hedged = f.keep_isolated = true;
  return f;
}

}  // namespace

TEST_CASE("a graph given up filters to the same graph, evidence and all, as a graph kept") {
  std::vector<GraphFilter> filters(6);
  filters[1] = keep_everything();
  filters[2].relations = {"trade", "sanction"};
  filters[3].focus = "Russia";
  filters[4].top = 3;
  filters[5].since = "2023";
  for (std::size_t i = 0; i < filters.size(); ++i) {
    CAPTURE(i);
    const ActorGraph kept = fixture_graph();
    const std::string expected = graph_file(apply_filter(kept, filters[i]));
    ActorGraph given = fixture_graph(), storage;
    CHECK(graph_file(apply_filter_taking(given, filters[i], storage)) == expected);
    CHECK(graph_file(kept) == graph_file(fixture_graph()));  // the kept graph is unchanged
  }
}

TEST_CASE("a graph in written order that the filter keeps whole is used as it is, not copied") {
  ActorGraph in_order = apply_filter(fixture_graph(), keep_everything()), storage;
  const std::string before = graph_file(in_order);
  CHECK(&apply_filter_taking(in_order, keep_everything(), storage) == &in_order);
  CHECK(graph_file(in_order) == before);
  CHECK(boost::num_vertices(storage.g) == 0);
  // Not whole: built into the storage.
  GraphFilter trade;
  trade.relations = {"trade"};
  const std::string trade_only = graph_file(apply_filter(in_order, trade));
  CHECK(&apply_filter_taking(in_order, trade, storage) == &storage);
  CHECK(graph_file(storage) == trade_only);
  // The fixture graph is not in written order (actors added out of id order): rebuilt.
  ActorGraph unordered = fixture_graph(), rebuilt;
  CHECK(graph_file(apply_filter_taking(unordered, keep_everything(), rebuilt)) == before);
  CHECK(boost::num_vertices(rebuilt.g) > 0);
}
