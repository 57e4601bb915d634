// The pieces every exporter shares: dates, numbers, ids, format names and the Neo4j command; the
// export view. Tables of {input, expected}, one row per tricky case.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "export/export.hpp"
#include "export/export_view.hpp"
#include "fixture_graph.hpp"

using namespace ag;

TEST_CASE("dates: the first and last day a partial date stands for") {
  struct DateCase {
    std::string date, start, end;
  };
  const std::vector<DateCase> cases{
      {"2024", "2024-01-01", "2024-12-31"},
      {"2024-02", "2024-02-01", "2024-02-29"},  // leap year
      {"2023-02", "2023-02-01", "2023-02-28"},
      {"1900-02", "1900-02-01", "1900-02-28"},  // not a leap year
      {"2000-02", "2000-02-01", "2000-02-29"},
      {"2023-05-24", "2023-05-24", "2023-05-24"},
      {"2023-05-24T10:00Z", "2023-05-24", "2023-05-24"},
      {"", "", ""},
      {"20x4", "", ""},
      {"2024-13", "", ""},
      {"2023-02-29", "", ""},
      {"2024-1-5", "", ""},
      {"May 2024", "", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.date);
    CHECK(detail::period_start(c.date) == c.start);
    CHECK(detail::period_end(c.date) == c.end);
  }
}

TEST_CASE("numbers are written without locale, in the shortest exact form") {
  CHECK(detail::format_number(3) == "3");
  CHECK(detail::format_number(0.1) == "0.1");
  CHECK(detail::format_number(1.5e9) == "1500000000");
  CHECK(detail::format_number(19.33) == "19.33");
}

TEST_CASE("format and version names") {
  for (const auto name : kExportFormatNames) {
    const auto format = parse_export_format(name);
    REQUIRE(format.has_value());
    CHECK(kExportFormatNames[static_cast<std::size_t>(*format)] == name);
  }
  CHECK_FALSE(parse_export_format("GEXF").has_value());
  CHECK_FALSE(parse_export_format("dot").has_value());
  CHECK(parse_gexf_version("1.3") == GexfVersion::v1_3);
  CHECK(parse_gexf_version("1.2draft") == GexfVersion::v1_2draft);
  CHECK_FALSE(parse_gexf_version("1.1draft").has_value());
}

TEST_CASE("the neo4j-admin command quotes paths for the shell") {
  CHECK(neo4j_import_command("out") ==
        "neo4j-admin database import full --overwrite-destination --multiline-fields=true "
        "--nodes=out/nodes.csv --relationships=out/relationships.csv neo4j");
  CHECK(neo4j_import_command("my export/it's", "actors") ==
        "neo4j-admin database import full --overwrite-destination --multiline-fields=true "
        "'--nodes=my export/it'\\''s/nodes.csv' '--relationships=my export/it'\\''s/relationships.csv' actors");
}

TEST_CASE("edge ids are unique among node ids and each other") {
  // An actor whose id is what the first edge's id would be.
  test::FixtureBuilder b;
  b.node({"A", "A", "country", {}, 1, {}, false});
  b.node({"B", "B", "country", {}, 1, {}, false});
  b.node({"A->B:trade", "Odd", "organization", {}, 1, {}, false});
  RelationEdge trade;
  trade.relation = "trade";
  trade.weight = 1;
  b.edge("A", "B", trade);
  b.edge("A", "B", trade);  // a duplicate edge (merged graphs never have one, but ids must hold)
  const detail::ExportView view = detail::make_export_view(b.graph, ExportOptions{});
  REQUIRE(view.edges.size() == 2);
  CHECK(view.edges[0].id == "A->B:trade#2");
  CHECK(view.edges[1].id == "A->B:trade#3");
}

TEST_CASE("the export view: facts renamed, weights never 0, spells, dynamic mode") {
  const ActorGraph graph = test::fixture_graph();
  ExportOptions options;
  const detail::ExportView facts_only = detail::make_export_view(graph, options);
  CHECK(facts_only.nodes.size() == 5);
  CHECK(facts_only.edges.size() == 6);  // the negated-only arms_transfer edge is left out
  CHECK(facts_only.dated);
  std::vector<std::string> names;
  for (const auto& f : facts_only.facts) names.push_back(f.name);
  CHECK(names == std::vector<std::string>{"based_in", "capital", "country", "iso2", "iso3", "kind", "fact_type"});

  options.keep_unsupported = true;
  const detail::ExportView all = detail::make_export_view(graph, options);
  REQUIRE(all.edges.size() == 7);
  for (const auto& e : all.edges) {
    CAPTURE(e.id);
    CHECK(e.weight > 0);
    if (e.edge->relation == "arms_transfer") {
      CHECK(e.weight == kUnsupportedWeight);
      CHECK(e.status == "negated");
    }
  }
  for (const auto& n : all.nodes) {
    CAPTURE(n.actor->id);
    // RUS and the institute have an undated edge (criticism): no spell, they live always.
    const bool timeless = n.actor->id == "RUS" || n.actor->id == "org.quotes";
    CHECK(n.timeless == timeless);
  }
}

TEST_CASE("a text store that absorbs another keeps both's text in place") {
  detail::TextStore a(16), b(16);  // small blocks: every few values open a new one
  std::vector<std::string_view> kept;
  for (int i = 0; i < 20; ++i) kept.push_back(a.keep({"a", std::to_string(i)}));
  for (int i = 0; i < 20; ++i) kept.push_back(b.keep({"b-", std::to_string(i), std::string(i, 'x')}));
  a.absorb(std::move(b));
  for (int i = 0; i < 5; ++i) kept.push_back(a.keep({"after", std::to_string(i)}));
  detail::TextStore moved = std::move(a);
  for (int i = 0; i < 20; ++i) {
    CHECK(kept[static_cast<std::size_t>(i)] == "a" + std::to_string(i));
    CHECK(kept[20 + static_cast<std::size_t>(i)] == "b-" + std::to_string(i) + std::string(i, 'x'));
  }
  for (int i = 0; i < 5; ++i) CHECK(kept[40 + static_cast<std::size_t>(i)] == "after" + std::to_string(i));
  detail::TextStore empty;
  moved.absorb(std::move(empty));  // nothing to take: the store goes on as it was
  CHECK(moved.keep({"end"}) == "end");
}

TEST_CASE("the export view of a graph of many runs is the same on any number of threads") {
  // More edges than one run of the view holds, each with evidence that cleaning changes (kept in
  // the runs' own text) and a date.
  test::FixtureBuilder b;
  for (int i = 0; i < 300; ++i) b.node({"n" + std::to_string(1000 + i), "Actor", "country", {}, 1, {}, false});
  for (int i = 0; i < 40000; ++i) {
    auto e = test::relation(i % 2 ? "trade" : "meeting", i % 3 == 0, Polarity::cooperative, "040", "CONSULT");
    e.weight = 1;
    e.first_date = e.last_date = "2023-0" + std::to_string(1 + i % 9);
    e.evidence = {test::evidence("doc" + std::to_string(i), "Line one\nline " + std::to_string(i) + "\tend.", "2023-03-20")};
    const std::string source = "n" + std::to_string(1000 + i % 300);
    const std::string target = "n" + std::to_string(1000 + (i / 300 + 1 + i % 300) % 300);
    b.edge(source, target, e);
    if (i % 5000 == 0) b.edge(source, target, e);  // a duplicate now and then: its id takes "#2"
  }
  auto summary = [&](unsigned threads) {
    ExportOptions o;
    o.threads = threads;
    const detail::ExportView view = detail::make_export_view(b.graph, o);
    std::string s;
    for (const auto& e : view.edges)
      s += std::string(e.id) + "|" + std::string(e.evidence) + "|" + std::string(e.evidence_doc) + "|" + e.spell_start + "\n";
    return s;
  };
  const std::string one = summary(1);
  CHECK(one.find("Line one line 39999 end.") != std::string::npos);  // cleaned text, from a late run
  CHECK(one.find("#2|") != std::string::npos);  // repeated (source, target, relation): ids made unique
  CHECK(summary(2) == one);
  CHECK(summary(3) == one);
}
