// tests/render/render_cli_test.cpp: focus and filters draw what they say (through apply_filter and
// render_graph, the way `render` combines them), and the `actorgraph render` command itself: files
// of every format, the notice of a cut on stderr, exit codes of bad requests.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "graph/graph_json.hpp"
#include "query/filter.hpp"
#include "render/render.hpp"
#include "fixture_graph.hpp"
#include "render_checks.hpp"

namespace ag::test {
namespace {

// What the SVG of `g` under the filter `f` shows.
struct Drawn {
  std::set<std::string> labels;     // actor labels, from the SVG
  std::set<std::string> relations;  // relation labels ("trade ×9"), from the SVG
};

Drawn draw(const ActorGraph& g, const GraphFilter& f, const std::string& focus_id = "") {
  RenderOptions o;
  o.focus = focus_id;
  const std::string svg = svg_text(render_string(apply_filter(g, f), o, OutputFormat::svg));
  Drawn d;
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    if (svg.find(">" + g.g[v].label + "</text>") != std::string::npos) d.labels.insert(g.g[v].label);
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
    const std::string label = fmt::format("{} \u00d7{}", g.g[e].relation, g.g[e].weight);
    if (svg.find(">" + label + "</text>") != std::string::npos) d.relations.insert(label);
  }
  return d;
}

TEST_CASE("--focus Russia --depth 1 draws Russia and its neighbours only") {
  GraphFilter f;
  f.focus = "russia";
  const Drawn d = draw(small_graph(), f, "RUS");
  CHECK(d.labels == std::set<std::string>{"Russia", "China", "United States", "Ukraine", "India",
                                          "European Union", "Shanghai Cooperation Organisation",
                                          "Sergei Lavrov", "Alexander Gabuev"});
  CHECK(d.relations.count("trade \u00d79") == 1);
  CHECK(d.relations.count("support \u00d72") == 1);  // USA -> Ukraine: both within one hop
  CHECK(d.relations.count("raid \u00d71") == 0);     // the armed group is two hops away
}

TEST_CASE("--focus with --depth 2 reaches further") {
  GraphFilter f;
  f.focus = "Ukraine";
  f.depth = 2;
  const Drawn d = draw(small_graph(), f, "UKR");
  CHECK(d.labels.count("Вагнер \\ group") == 1);
  CHECK(d.labels.count("China") == 1);      // via Russia
  CHECK(d.labels.count("Wang Yi") == 0);    // three hops
}

TEST_CASE("--relation keeps those relations and the actors they link") {
  GraphFilter f;
  f.relations = {"sanction"};
  const Drawn d = draw(small_graph(), f);
  CHECK(d.labels == std::set<std::string>{"Russia", "United States", "European Union"});
  CHECK(d.relations == std::set<std::string>{"sanction \u00d76", "sanction \u00d73"});
}

TEST_CASE("--type keeps actors of those types") {
  GraphFilter f;
  f.types = {"person"};
  const Drawn d = draw(small_graph(), f);
  CHECK(d.labels == std::set<std::string>{"Sergei Lavrov", "Wang Yi"});
  CHECK(d.relations == std::set<std::string>{"meeting \u00d72"});
}

TEST_CASE("--min-weight drops light relations") {
  GraphFilter f;
  f.min_weight = 4;
  const Drawn d = draw(small_graph(), f);
  CHECK(d.relations == std::set<std::string>{"trade \u00d79", "agreement \u00d74", "sanction \u00d76", "attack \u00d75"});
  CHECK(d.labels == std::set<std::string>{"China", "Russia", "United States", "Ukraine"});
}

TEST_CASE("--since and --until keep relations mentioned in the range") {
  GraphFilter f;
  f.since = "2024";
  const Drawn d = draw(small_graph(), f);
  CHECK(d.relations.count("exercise \u00d73") == 1);
  CHECK(d.relations.count("attack \u00d75") == 0);  // 2023 only
  f.since.clear();
  f.until = "2023-12";
  const Drawn before = draw(small_graph(), f);
  CHECK(before.relations.count("attack \u00d75") == 1);
  CHECK(before.relations.count("exercise \u00d73") == 0);
}

TEST_CASE("--top keeps the most connected actors") {
  GraphFilter f;
  f.top = 3;
  const Drawn d = draw(small_graph(), f);
  CHECK(d.labels == std::set<std::string>{"Russia", "China", "United States"});
}

// ---- the command ----

struct Run {
  int status = 0;
  std::string err;
};

Run actorgraph(const std::string& args) {
  const std::string err_path = actual_dir() + "/cli.stderr";
  Run r;
  r.status = run(fmt::format("'{}' {} 2> '{}'", ACTORGRAPH_EXE, args, err_path));
  std::ifstream in(err_path);
  std::stringstream text;
  text << in.rdbuf();
  r.err = text.str();
  return r;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::string& small_json() {
  static const std::string path = [] {
    const std::string p = actual_dir() + "/small.json";
    save_graph(p, small_graph());
    return p;
  }();
  return path;
}

TEST_CASE("actorgraph render writes SVG, PNG, PDF and DOT files") {
  const std::string dir = actual_dir();
  for (const std::string ext : {"svg", "png", "pdf", "dot"}) {
    CAPTURE(ext);
    const std::string out = dir + "/cli-small." + ext;
    const Run r = actorgraph(fmt::format("render '{}' -o '{}'", small_json(), out));
    CHECK(r.status == 0);
    // The CLI's filter leaves out the edge only a negated mention supports.
    CHECK(r.err.find("wrote " + out + " (12 actors, 19 relations, dot layout)") != std::string::npos);
    const std::string bytes = read_file(out);
    if (ext == "svg") CHECK(run(fmt::format("xmllint --noout '{}'", out)) == 0);
    if (ext == "png") CHECK(bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    if (ext == "pdf") CHECK(bytes.rfind("%PDF-", 0) == 0);
    if (ext == "dot") CHECK(run(fmt::format("dot -Tcanon '{}' > /dev/null", out)) == 0);
  }
}

TEST_CASE("the DOT file lays out, with the dot command, into the same SVG actorgraph draws") {
  const std::string dir = actual_dir();
  for (const std::string engine : {"dot", "sfdp"}) {
    CAPTURE(engine);
    REQUIRE(actorgraph(fmt::format("render '{}' --layout {} -o '{}/same.dot' -q", small_json(), engine, dir)).status == 0);
    REQUIRE(actorgraph(fmt::format("render '{}' --layout {} -o '{}/same.svg' -q", small_json(), engine, dir)).status == 0);
    REQUIRE(run(fmt::format("dot -Tsvg '{0}/same.dot' -o '{0}/same-cli.svg' 2> /dev/null", dir)) == 0);
    CHECK(read_file(dir + "/same.svg") == read_file(dir + "/same-cli.svg"));
  }
}

TEST_CASE("actorgraph render of a 5,000-actor graph cuts it, says so on stderr, and takes seconds") {
  const std::string json = actual_dir() + "/generated-5000.json";
  save_graph(json, generated_graph(5000));
  const Run r = actorgraph(fmt::format("render '{}' -o '{}/cli-generated.png'", json, actual_dir()));
  CHECK(r.status == 0);
  CHECK(r.err.find("actorgraph: notice: the graph has 5000 actors, too many to draw legibly and quickly: "
                   "drawing the 150 with the highest weighted degree") != std::string::npos);
  CHECK(r.err.find("sfdp layout") != std::string::npos);
}

TEST_CASE("actorgraph render: focus, title and filters reach the drawing") {
  const std::string out = actual_dir() + "/cli-focus.svg";
  const Run r = actorgraph(fmt::format("render '{}' --focus russia --relation sanction --title 'Who sanctions Russia' -o '{}'",
                                       small_json(), out));
  REQUIRE(r.status == 0);
  const std::string svg = svg_text(read_file(out));
  CHECK(svg.find(">Who sanctions Russia</text>") != std::string::npos);
  CHECK(svg.find(">around Russia (1 hop), sanction relations: 3 actors, 2 relations, 2 documents, "
                 "2023-03-20 \u2013 2024-05-16</text>") != std::string::npos);
  CHECK(svg.find(">European Union</text>") != std::string::npos);
  CHECK(svg.find(">China</text>") == std::string::npos);
}

TEST_CASE("actorgraph render: bad requests fail with the documented exit codes") {
  const std::string dir = actual_dir();
  const std::string& g = small_json();
  Run r = actorgraph(fmt::format("render '{}' -o '{}/x.jpeg'", g, dir));
  CHECK(r.status == 2);
  CHECK(r.err.find("must end in .svg, .png, .pdf or .dot") != std::string::npos);
  r = actorgraph(fmt::format("render '{}' -o -", g));
  CHECK(r.status == 2);
  CHECK(r.err.find("needs --format") != std::string::npos);
  r = actorgraph(fmt::format("render '{}' --focus Narnia -o '{}/x.svg'", g, dir));
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown actor 'Narnia'") != std::string::npos);
  r = actorgraph(fmt::format("render '{}' --layout spring -o '{}/x.svg'", g, dir));
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown layout engine 'spring'") != std::string::npos);
  r = actorgraph(fmt::format("render '{}' --relation no_such_relation -o '{}/x.svg'", g, dir));
  CHECK(r.status == 1);
  CHECK(r.err.find("nothing to draw") != std::string::npos);
  r = actorgraph(fmt::format("render '{}/no-such-graph.json' -o '{}/x.svg'", dir, dir));
  CHECK(r.status != 0);
  r = actorgraph(fmt::format("render '{}' -o '{}/no-such-dir/x.svg'", g, dir));
  CHECK(r.status == 6);
}

TEST_CASE("actorgraph render -f svg -o - writes to standard output") {
  const std::string out = actual_dir() + "/stdout.svg";
  const Run r = actorgraph(fmt::format("render '{}' -f svg -o - > '{}'", small_json(), out));
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(read_file(out).find("<svg") != std::string::npos);
}

}  // namespace
}  // namespace ag::test
