// tests/render/render_test.cpp: diagrams of fixture graphs in every format, checked by the tools
// that read them (dot -Tcanon for DOT, xmllint for SVG) and by their magic bytes (PNG, PDF); the
// cut of a generated 5,000-actor graph; engine and format choice.
//
// Outputs are written to RENDER_ACTUAL_DIR (in the build tree) so that a failure can be looked at.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "render/dot_builder.hpp"
#include "render/render.hpp"
#include "fixture_graph.hpp"
#include "render_checks.hpp"

namespace ag::test {
namespace {

TEST_CASE("the format follows the output file's extension") {
  CHECK(format_for_path("out/g.svg") == OutputFormat::svg);
  CHECK(format_for_path("G.PNG") == OutputFormat::png);
  CHECK(format_for_path("a.b/g.pdf") == OutputFormat::pdf);
  CHECK(format_for_path("g.dot") == OutputFormat::dot);
  CHECK(format_for_path("g.gv") == OutputFormat::dot);
  CHECK_THROWS_AS(format_for_path("g.jpeg"), UsageError);
  CHECK_THROWS_AS(format_for_path("dir.svg/graph"), UsageError);
  CHECK_THROWS_AS(format_for_path("-"), UsageError);
}

TEST_CASE("the default engine: dot for small or tree-like graphs, sfdp for large ones") {
  CHECK(default_engine(12, 20) == "dot");
  CHECK(default_engine(50, 120) == "dot");
  CHECK(default_engine(200, 199) == "dot");  // a tree
  CHECK(default_engine(150, 600) == "sfdp");
  CHECK(default_engine(60, 130) == "sfdp");
}

TEST_CASE("the linked-in plugins provide the layout engines without a plugin config file") {
  // GraphViz would look for its plugin configuration (written by `dot -c`) there; it never does.
  // (The `dot` commands other tests run do need it: the variable is removed again.)
  setenv("GVBINDIR", "/nonexistent", 1);
  const auto engines = layout_engines();
  unsetenv("GVBINDIR");
  for (const char* e : {"circo", "dot", "fdp", "neato", "sfdp", "twopi"})
    CHECK_MESSAGE(std::find(engines.begin(), engines.end(), e) != engines.end(), e);
}

TEST_CASE("DOT output passes dot -Tcanon and is the same bytes twice") {
  const ActorGraph g = small_graph();
  const std::string dot = render_string(g, {}, OutputFormat::dot);
  CHECK(dot.rfind("digraph actorgraph {", 0) == 0);
  const auto path = write_actual("small.dot", dot);
  CHECK_MESSAGE(run(fmt::format("dot -Tcanon '{}' > /dev/null", path)) == 0, path);
  CHECK(render_string(g, {}, OutputFormat::dot) == dot);
}

TEST_CASE("SVG output is well-formed XML and holds every drawn actor's label") {
  const ActorGraph g = small_graph();
  for (const std::string engine : {"dot", "sfdp", "neato"}) {
    CAPTURE(engine);
    RenderOptions o;
    o.layout = engine;
    o.corpus = "fixture";
    const std::string svg = render_string(g, o, OutputFormat::svg);
    const auto path = write_actual(fmt::format("small-{}.svg", engine), svg);
    CHECK_MESSAGE(run(fmt::format("xmllint --noout '{}'", path)) == 0, path);
    for (const auto& label : svg_texts_expected(g)) CHECK_MESSAGE(contains_text(svg, label), label);
    CHECK(contains_text(svg, "fixture"));  // the title, with the date range below it
    CHECK(svg_text(svg).find("2 documents, 2023-03-20 \u2013 2024-05-16</text>") != std::string::npos);
    CHECK(contains_text(svg, "Relations"));  // the legend
  }
}

TEST_CASE("SVG output is deterministic for each engine") {
  const ActorGraph g = small_graph();
  for (const std::string engine : {"dot", "sfdp", "neato"}) {
    CAPTURE(engine);
    RenderOptions o;
    o.layout = engine;
    const std::string first = render_string(g, o, OutputFormat::svg);
    const std::string second = render_string(g, o, OutputFormat::svg);
    write_actual("twice-1-" + engine + ".svg", first);
    write_actual("twice-2-" + engine + ".svg", second);
    CHECK(first == second);
  }
}

TEST_CASE("PNG and PDF start with their magic bytes") {
  const ActorGraph g = small_graph();
  RenderOptions o;
  o.corpus = "fixture";
  const std::string png = render_string(g, o, OutputFormat::png);
  write_actual("small.png", png);
  CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
  const std::string pdf = render_string(g, o, OutputFormat::pdf);
  write_actual("small.pdf", pdf);
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);
}

TEST_CASE("render_file writes the format its extension names, atomically") {
  const ActorGraph g = small_graph();
  const std::string path = actual_dir() + "/small-file.svg";
  std::filesystem::remove(path);
  render_file(g, {}, path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str().find("<svg") != std::string::npos);
  CHECK_THROWS_AS(render_file(g, {}, actual_dir() + "/small.jpeg"), UsageError);
  CHECK_THROWS_AS(render_file(g, {}, actual_dir() + "/no-such-dir/small.svg"), OutputError);
}

TEST_CASE("an unknown layout engine is a usage error naming the available ones") {
  RenderOptions o;
  o.layout = "spring";
  std::ostringstream out;
  try {
    render_graph(small_graph(), o, OutputFormat::svg, out);
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()).find("'spring'") != std::string::npos);
    CHECK(std::string(e.what()).find("sfdp") != std::string::npos);
  }
}

TEST_CASE("the diagram's DOT: styles by type and relation, labels, arrowheads, legend") {
  const ActorGraph g = small_graph();
  RenderOptions o;
  o.focus = "RUS";
  o.title = "A & B";
  const std::string dot = render_string(g, o, OutputFormat::dot);
  // Conflictual relations are red and dashed, symmetric ones have no arrowhead.
  CHECK(dot.find("USA -> RUS\t[color=\"#d62728\"") != std::string::npos);
  CHECK(edge_line(dot, "USA -> RUS").find("style=dashed") != std::string::npos);
  CHECK(edge_line(dot, "CHN -> RUS").find("dir=none") != std::string::npos);
  CHECK(edge_line(dot, "USA -> RUS").find("dir=none") == std::string::npos);
  CHECK(edge_line(dot, "USA -> RUS").find("label=\"sanction \u00d76\"") != std::string::npos);
  // The negated-only edge says so and is dotted.
  CHECK(edge_line(dot, "CHN -> IND").find("not asserted") != std::string::npos);
  CHECK(edge_line(dot, "CHN -> IND").find("style=dotted") != std::string::npos);
  // Shapes by type; the focus has a thick border; escapes survive.
  CHECK(node_line(dot, "\"person.lavrov\"").find("shape=hexagon") != std::string::npos);
  CHECK(node_line(dot, "\"org.eu\"").find("shape=box") != std::string::npos);
  CHECK(node_line(dot, "RUS").find("penwidth=3.5") != std::string::npos);
  CHECK(node_line(dot, "\"group.wagner\"").find("label=\"Вагнер \\\\ group\"") != std::string::npos);
  CHECK(node_line(dot, "\"person.gabuev\"").find("dashed") != std::string::npos);
  CHECK(dot.find("A &amp; B") != std::string::npos);  // title inside the HTML-like heading
  CHECK(dot.find(">raid <") != std::string::npos);     // a relation outside the palette, in the legend
}

TEST_CASE("a 5,000-actor graph is cut to its top actors, with a notice, in seconds") {
  const ActorGraph g = generated_graph(5000);
  REQUIRE(boost::num_vertices(g.g) == 5000);
  const auto start = std::chrono::steady_clock::now();
  RenderOptions o;
  o.corpus = "generated";
  std::ostringstream out;
  const RenderResult r = render_graph(g, o, OutputFormat::svg, out);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  MESSAGE(fmt::format("5,000 actors: {} drawn with {} in {:.2f} s", r.nodes, r.engine, seconds));
  write_actual("generated-5000.svg", out.str());
  CHECK(r.nodes <= kDefaultMaxNodes);
  CHECK(r.engine == "sfdp");
  REQUIRE(!r.notices.empty());
  CHECK(r.notices.front().find("the graph has 5000 actors") != std::string::npos);
  CHECK(seconds < 20);  // a generous bound for a loaded CI machine; it takes ~2 s here
  CHECK(run(fmt::format("xmllint --noout '{}'", actual_dir() + "/generated-5000.svg")) == 0);
}

TEST_CASE("a small graph is not cut and gets no notice") {
  std::ostringstream out;
  const RenderResult r = render_graph(small_graph(), {}, OutputFormat::dot, out);
  CHECK(r.nodes == 12);
  CHECK(r.edges == 20);
  CHECK(r.engine == "dot");
  CHECK(r.notices.empty());
}

}  // namespace
}  // namespace ag::test
