// The graph stage: assembling extractions into edges, the graph file, merging.
#include <doctest/doctest.h>

#include <sstream>

#include <boost/range/iterator_range.hpp>
#include <fmt/format.h>

#include "graph/assembler.hpp"
#include "graph/graph_json.hpp"
#include "graph/merge.hpp"
#include "graph/stats.hpp"
#include "../mini_pack.hpp"

using namespace ag;

namespace {

const Extractor& extractor() { return testing::mini_extractor(); }

struct Doc {
  std::string id, text, date;
};

ActorGraph build(const std::vector<Doc>& docs) {
  GraphAssembler assembler(extractor());
  for (const auto& d : docs) {
    Document doc{d.id, d.text, "", d.date, "", ""};
    Extraction ex;
    extractor().extract(doc, ex);
    assembler.add(doc, ex);
  }
  return std::move(assembler).finish();
}

std::string json(const ActorGraph& g) {
  std::ostringstream out;
  write_graph_json(out, g);
  return out.str();
}

ActorGraph parse(const std::string& text, const GraphReading& how = {}) {
  std::istringstream in(text);
  return read_graph_json(in, "g.json", how);
}

const RelationEdge* find_edge(const ActorGraph& g, const std::string& s, const std::string& t, const std::string& rel) {
  auto sv = g.find(s), tv = g.find(t);
  if (!sv || !tv) return nullptr;
  for (auto e : boost::make_iterator_range(boost::out_edges(*sv, g.g))) {
    if (boost::target(e, g.g) == *tv && g.g[e].relation == rel) return &g.g[e];
  }
  return nullptr;
}

std::string error_of(const std::string& text, const GraphReading& how = {}) {
  try {
    parse(text, how);
  } catch (const Error& e) {
    return e.message();
  }
  return "no error";
}

const std::vector<Doc> kCorpus = {
    {"a.txt", "The US imposed new sanctions on Russia in 2022. Russia and China held joint drills.", "2022-03-01"},
    {"b.txt", "US sanctions against Russia widened in 2023. The US has not imposed sanctions on China.", ""},
    {"c.txt", "China and Russia held joint drills. Russia, China and Ukraine held joint drills.", "2021-07-10"},
};

}  // namespace

TEST_CASE("mentions of one relation between one pair become one edge with counts and evidence") {
  const ActorGraph g = build(kCorpus);
  const RelationEdge* sanction = find_edge(g, "USA", "RUS", "sanction");
  REQUIRE(sanction != nullptr);
  CHECK(sanction->directed);
  CHECK(sanction->weight == 2);
  CHECK(sanction->documents == 2);
  CHECK(sanction->first_date == "2022");
  CHECK(sanction->last_date == "2023");
  REQUIRE(sanction->evidence.size() == 2);
  CHECK(sanction->evidence[0].doc == "a.txt");
  CHECK(sanction->evidence[0].text == "The US imposed new sanctions on Russia in 2022.");
  CHECK(sanction->evidence[0].rule == "sanction.impose");

  // Symmetric: one edge for "Russia and China" and "China and Russia", stored CHN -> RUS.
  const RelationEdge* drills = find_edge(g, "CHN", "RUS", "exercise");
  REQUIRE(drills != nullptr);
  CHECK_FALSE(drills->directed);
  CHECK(drills->weight == 3);
  CHECK(drills->documents == 2);
  CHECK(find_edge(g, "RUS", "CHN", "exercise") == nullptr);
  CHECK(find_edge(g, "CHN", "UKR", "exercise") != nullptr);
}

TEST_CASE("a negated mention stays as evidence but is no fact") {
  const ActorGraph g = build(kCorpus);
  const RelationEdge* e = find_edge(g, "USA", "CHN", "sanction");
  REQUIRE(e != nullptr);
  CHECK(e->weight == 0);
  CHECK(e->negated == 1);
  CHECK(e->documents == 0);
  CHECK_FALSE(e->is_fact());
  REQUIRE(e->evidence.size() == 1);
  CHECK(e->evidence[0].negated);
}

TEST_CASE("actors carry their mention count and the names they were seen under") {
  const ActorGraph g = build(kCorpus);
  auto us = g.find("USA");
  REQUIRE(us);
  CHECK(g.g[*us].mentions == 3);
  CHECK(g.g[*us].aliases_seen == std::vector<std::string>{"US"});
  CHECK(g.g[*us].label == "United States");
  CHECK(g.documents.size() == 3);
  CHECK(g.documents[1].id == "b.txt");
  CHECK(g.documents[0].hash.size() == 16);
}

TEST_CASE("an edge keeps at most kMaxEdgeEvidence sentences but counts every mention") {
  std::vector<Doc> docs;
  for (int i = 0; i < 40; ++i) docs.push_back({fmt::format("d{}", 100 + i), "The US imposed sanctions on Russia.", ""});
  const ActorGraph g = build(docs);
  const RelationEdge* e = find_edge(g, "USA", "RUS", "sanction");
  REQUIRE(e != nullptr);
  CHECK(e->weight == 40);
  CHECK(e->documents == 40);
  CHECK(e->evidence.size() == kMaxEdgeEvidence);
  CHECK(e->evidence.front().doc == "d100");
}

TEST_CASE("the evidence an edge keeps does not depend on the order documents arrive in") {
  // Forward order fills an edge with the first 16 and later evidence sorts after them (nothing to
  // merge); reverse and interleaved orders make later documents displace kept evidence.
  std::vector<Doc> forward;
  for (int i = 0; i < 40; ++i) {
    const bool negated = i % 5 == 0;  // kept after every supporting sentence, whatever its document
    forward.push_back({fmt::format("d{}", 100 + i),
                       negated ? "The US has not imposed sanctions on Russia." : "The US imposed sanctions on Russia.", ""});
  }
  std::vector<Doc> backward(forward.rbegin(), forward.rend());
  std::vector<Doc> interleaved;
  for (std::size_t i = 0; i < forward.size(); i += 2) interleaved.push_back(forward[i]);
  for (std::size_t i = 1; i < forward.size(); i += 2) interleaved.push_back(forward[forward.size() - i]);
  const ActorGraph g = build(forward);
  const RelationEdge* e = find_edge(g, "USA", "RUS", "sanction");
  REQUIRE(e != nullptr);
  CHECK(e->weight == 32);
  CHECK(e->negated == 8);
  REQUIRE(e->evidence.size() == kMaxEdgeEvidence);
  CHECK(e->evidence.front().doc == "d101");
  CHECK(e->evidence.back().doc == "d119");  // d101..d119 without d105, d110, d115 (negated)
  CHECK(json(build(backward)) == json(g));
  CHECK(json(build(interleaved)) == json(g));
}

TEST_CASE("a repeated document id is refused by the assembler") {
  GraphAssembler assembler(extractor());
  Document doc{"x", "The US imposed sanctions on Russia.", "", "", "", ""};
  Extraction ex;
  extractor().extract(doc, ex);
  CHECK(assembler.add(doc, ex));
  CHECK_FALSE(assembler.add(doc, ex));
  CHECK(assembler.documents() == 1);
}

TEST_CASE("the graph file reads back into the same graph") {
  const ActorGraph g = build(kCorpus);
  const std::string text = json(g);
  CHECK(text.rfind("{\"format\": \"actorgraph-graph\",\n\"version\": 1,", 0) == 0);
  const ActorGraph back = parse(text);
  CHECK(json(back) == text);
  CHECK(boost::num_vertices(back.g) == boost::num_vertices(g.g));
  CHECK(boost::num_edges(back.g) == boost::num_edges(g.g));
  CHECK(back.rules_fingerprint == extractor().pack().fingerprint);
}

TEST_CASE("the graph file is read whatever the order of its members, skipping unknown ones") {
  const std::string text = json(build(kCorpus));
  // Cut the file into its top-level lists and put them back as edges, nodes, documents, with an
  // unknown member (objects and lists inside) in front: edges then wait for their actors.
  const auto list = [&](const std::string& key) {
    const std::size_t begin = text.find("\"" + key + "\": [");
    const std::size_t end = text.find("\n]", begin) + 2;
    return text.substr(begin, end - begin);
  };
  const std::string head = text.substr(0, text.find(",\n\"documents\""));
  const std::string reordered = head + ",\n\"note\": {\"by\": [1, {\"x\": null}], \"edges\": 2},\n" + list("edges") + ",\n" +
                                list("nodes") + ",\n" + list("documents") + "\n}\n";
  REQUIRE(reordered.size() > text.size());
  CHECK(json(parse(reordered)) == text);
}

TEST_CASE("the edges read in pieces on any number of threads make the same graph as one pass") {
  const std::string text = json(build(kCorpus));
  const std::size_t edges = boost::num_edges(build(kCorpus).g);
  REQUIRE(edges >= 4);
  for (unsigned threads : {1u, 2u, 3u, 8u})
    for (std::size_t piece_bytes : {std::size_t{1}, std::size_t{300}, std::size_t{1} << 20}) {
      CAPTURE(threads);
      CAPTURE(piece_bytes);
      std::size_t pieces = 99;
      GraphReading how{threads, piece_bytes, &pieces};
      CHECK(json(parse(text, how)) == text);
      if (piece_bytes == 1) CHECK(pieces == edges);  // a cut after every element
      else CHECK(pieces >= 1);
    }
  std::size_t one_pass = 99;
  CHECK(json(parse(text, GraphReading{.pieces_read = &one_pass, .pieces = false})) == text);
  CHECK(one_pass == 0);
  // Laid out by hand, each evidence on a line of its own: cuts land inside elements, the pieces
  // are refused and the file is read in one pass, to the same graph.
  std::string by_hand = text;
  for (std::size_t at = by_hand.find("},{", by_hand.find("\"edges\"")); at != std::string::npos; at = by_hand.find("},{", at))
    by_hand.replace(at, 3, "},\n{");
  REQUIRE(by_hand.size() > text.size());
  std::size_t pieces = 99;
  CHECK(json(parse(by_hand, GraphReading{2, 1, &pieces})) == text);
  CHECK(pieces == 0);
  // Edges out of order (an edge moved to the end): the pieces check the order and refuse it, and
  // the one-pass reading sorts the graph.
  const std::size_t first = text.find("\n{\"source\"");
  const std::size_t second = text.find("\n{\"source\"", first + 1);
  std::string moved = text;
  moved.erase(first + 1, second - first);
  moved.insert(moved.rfind("\n]"), ",\n" + text.substr(first + 1, second - first - 2));
  REQUIRE(moved.size() == text.size());
  for (std::size_t piece_bytes : {std::size_t{1}, std::size_t{1} << 20}) {
    pieces = 99;
    CHECK(json(parse(moved, GraphReading{2, piece_bytes, &pieces})) == text);
    CHECK(pieces == 0);
  }
  // Nodes out of order (the first moved to the end): the edges are refused too, since the pieces
  // compare end points by their place among the nodes.
  const std::size_t nodes = text.find("\"nodes\": [\n") + 11;
  const std::size_t node_end = text.find("},\n", nodes) + 1;
  const std::size_t nodes_end = text.find("\n],\n\"edges\"");
  std::string nodes_moved = text;
  nodes_moved.insert(nodes_end, ",\n" + text.substr(nodes, node_end - nodes));
  nodes_moved.erase(nodes, node_end - nodes + 2);
  REQUIRE(nodes_moved.size() == text.size());
  REQUIRE(nodes_moved != text);
  pieces = 99;
  CHECK(json(parse(nodes_moved, GraphReading{2, 1, &pieces})) == text);
  CHECK(pieces == 0);
}

TEST_CASE("the fast reader of pieces takes every kind of value the writer writes") {
  ActorGraph g = build(kCorpus);
  REQUIRE(boost::num_edges(g.g) > 0);
  RelationEdge& e = g.g[*boost::edges(g.g).first];
  e.amounts = {Amount{1.5e9, "USD", "$1.5 billion", {}}, Amount{-3, "RUB", "minus three", {}},
               Amount{18446744073709551615.0, "X", "max", {}}};
  Evidence& ev = e.evidence.front();
  ev.amounts = {Amount{0.30000000000000004, "EUR", "\u20ac0.3", {3, 9}}};
  ev.text = "Quote \" back\\slash\nnew line\ttab \x01 control, \xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f \xe4\xb8\xad\xe5\x9b\xbd \xf0\x9f\x98\x80";
  ev.date = "";
  e.first_date = "2022";
  const std::string text = json(g);
  std::size_t pieces = 0;
  CHECK(json(parse(text, GraphReading{2, 1, &pieces})) == text);
  CHECK(pieces == boost::num_edges(g.g));  // every piece read by the fast reader, none refused
  CHECK(json(parse(text, GraphReading{.pieces = false})) == text);
}

TEST_CASE("an error in an edge read in pieces is reported as one pass reports it") {
  const std::string good = json(build(kCorpus));
  std::vector<std::string> bad;
  // The third edge's weight, a later edge's actor, an edge repeated, a syntax error in the middle
  // of the list, the file cut inside the last edge, a trailing comma, a byte order mark before an
  // edge.
  const std::size_t first = good.find("\n{\"source\"");
  const std::size_t second = good.find("\n{\"source\"", first + 1);
  const std::size_t third = good.find("\n{\"source\"", second + 1);
  bad.push_back(good);
  bad.back().replace(good.find("\"weight\":", third), 9, "\"weight\":\"x\",\"w\":");
  bad.push_back(good);
  bad.back().replace(good.rfind("\"target\":\""), 10, "\"target\":\"ZZZ");
  const std::string first_edge = good.substr(first, good.find('\n', first + 1) - first);
  bad.push_back(good);
  bad.back().insert(second, first_edge);
  bad.push_back(good);
  bad.back().replace(third + 2, 1, "!");
  bad.push_back(good.substr(0, good.rfind("\"text\"")));
  bad.push_back(good);
  bad.back().insert(good.rfind("\n]"), ",");
  bad.push_back(good);
  bad.back().insert(third + 1, "\xEF\xBB\xBF");
  for (std::size_t i = 0; i < bad.size(); ++i) {
    CAPTURE(i);
    const std::string one_pass = error_of(bad[i], GraphReading{.pieces = false});
    CHECK(one_pass != "no error");
    CHECK(error_of(bad[i], GraphReading{2, 1}) == one_pass);
    CHECK(error_of(bad[i], GraphReading{3, 200}) == one_pass);
  }
  CHECK(error_of(bad[0], GraphReading{2, 1}).find("(at /edges/2/weight): expected a non-negative integer") != std::string::npos);
}

TEST_CASE("numbers in the graph file read back exactly") {
  std::string text = json(build(kCorpus));
  const std::size_t at = text.find("\"amounts\":[]");
  REQUIRE(at != std::string::npos);
  // A double needing all 17 digits, one that is a whole number, and a subnormal.
  text.replace(at, 12,
               "\"amounts\":[{\"value\":0.30000000000000004,\"currency\":\"USD\",\"text\":\"a\"},"
               "{\"value\":190000000000.0,\"currency\":\"USD\",\"text\":\"b\"},"
               "{\"value\":5e-324,\"currency\":\"USD\",\"text\":\"c\"}]");
  const ActorGraph back = parse(text);
  std::vector<double> values;
  for (auto e : boost::make_iterator_range(boost::edges(back.g)))
    for (const Amount& a : back.g[e].amounts) values.push_back(a.value);
  CHECK(values == std::vector<double>{0.30000000000000004, 190000000000.0, 5e-324});
  CHECK(json(parse(json(back))) == json(back));
  std::string huge = text;
  huge.replace(huge.find("5e-324"), 6, "1.8e308");
  CHECK(error_of(huge).find("too big") != std::string::npos);
  CHECK(error_of(huge).rfind("g.json:", 0) == 0);
}

TEST_CASE("merging is associative and commutative, and equals one build of the whole corpus") {
  const std::string whole = json(build(kCorpus));
  const ActorGraph a = build({kCorpus[0]}), b = build({kCorpus[1]}), c = build({kCorpus[2]});
  const MergeOptions opts;
  CHECK(json(merge_graphs({{"a", a}, {"b", b}, {"c", c}}, opts)) == whole);
  CHECK(json(merge_graphs({{"c", c}, {"a", a}, {"b", b}}, opts)) == whole);
  const ActorGraph ab = merge_graphs({{"a", a}, {"b", b}}, opts);
  const ActorGraph bc = merge_graphs({{"b", b}, {"c", c}}, opts);
  CHECK(json(merge_graphs({{"ab", ab}, {"c", c}}, opts)) == whole);
  CHECK(json(merge_graphs({{"a", a}, {"bc", bc}}, opts)) == whole);
  // Through the file format too.
  CHECK(json(merge_graphs({{"ab", parse(json(ab))}, {"c", parse(json(c))}}, opts)) == whole);
}

TEST_CASE("merge refuses a repeated document and other rules unless told") {
  const ActorGraph a = build({kCorpus[0]});
  CHECK_THROWS_WITH_AS(merge_graphs({{"a1.json", a}, {"a2.json", a}}, {}),
                       "document 'a.txt' is already in the graph; merging it again would count its relations twice",
                       GraphError);
  ActorGraph other = build({kCorpus[1]});
  other.rules_fingerprint = "0123456789abcdef";
  try {
    merge_graphs({{"a.json", a}, {"other.json", other}}, {});
    FAIL("expected an error");
  } catch (const GraphError& e) {
    CHECK(e.where().file == "other.json");
    CHECK(std::string(e.what()).find("--allow-different-rules") != std::string::npos);
  }
  const ActorGraph m = merge_graphs({{"a.json", a}, {"other.json", other}}, {true});
  const std::string fp = a.rules_fingerprint < other.rules_fingerprint ? a.rules_fingerprint + "+" + other.rules_fingerprint
                                                                        : other.rules_fingerprint + "+" + a.rules_fingerprint;
  CHECK(m.rules_fingerprint == fp);
}

TEST_CASE("bad graph files get an error naming the place and never a crash") {
  const std::string good = json(build(kCorpus));
  CHECK(error_of("") == "g.json: empty file; expected an actorgraph graph file");
  // Truncated anywhere: a parse error with line and column.
  for (std::size_t cut : {std::size_t{1}, good.size() / 3, good.size() / 2, good.size() - 3}) {
    const std::string msg = error_of(good.substr(0, cut));
    CHECK_MESSAGE(msg.rfind("g.json:", 0) == 0, msg);
    CHECK_MESSAGE(msg.find("invalid JSON") != std::string::npos, msg);
  }
  CHECK(error_of(good.substr(0, good.size() - 3)).find("truncated") != std::string::npos);
  CHECK(error_of("[1, 2]") == "g.json (at /): expected an object");
  CHECK(error_of(R"({"format": "gexf", "version": 1})").find("not an actorgraph graph file") != std::string::npos);

  std::string newer = good;
  newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 7");
  CHECK(error_of(newer).find("graph format version 7 is not supported") != std::string::npos);

  std::string bad_weight = good;
  bad_weight.replace(bad_weight.find("\"weight\":"), 9, "\"weight\":-");
  CHECK(error_of(bad_weight).find("(at /edges/0/weight): expected a non-negative integer") != std::string::npos);

  std::string unknown_actor = good;
  unknown_actor.replace(unknown_actor.find("\"source\":\"CHN\""), 14, "\"source\":\"XYZ\"");
  CHECK(error_of(unknown_actor).find("unknown actor 'XYZ'") != std::string::npos);

  std::string bad_span = good;
  bad_span.replace(bad_span.find("\"sentence\":["), 12, "\"sentence\":[9999999,");
  CHECK(error_of(bad_span).find("expected a byte span") != std::string::npos);

  // Not an object, but broken JSON further on: the syntax error is what is reported.
  CHECK(error_of("[1, 2, {\"a\": ]").find("invalid JSON") != std::string::npos);
  std::string twice = good;
  twice.replace(twice.find("\"documents\":"), 12, "\"rules\": \"x\", \"documents\":");
  CHECK(error_of(twice).find("(at /rules): \"rules\" appears twice") != std::string::npos);
  CHECK(error_of(R"({"format": "actorgraph-graph", "version": 1, "rules": "x", "documents": [], "nodes": []})") ==
        "g.json (at /): missing \"edges\"");
  CHECK(error_of(R"({"format": "actorgraph-graph", "version": 1, "rules": "x", "documents": {}, "nodes": []})")
            .find("(at /documents): expected a list") != std::string::npos);
}

TEST_CASE("stats count actors by type and edges by relation") {
  const GraphStats s = graph_stats(build(kCorpus));
  CHECK(s.documents == 3);
  CHECK(s.actors_by_type.at("country") == 4);
  CHECK(s.relations.at("sanction").edges == 1);
  CHECK(s.relations.at("sanction").unsupported == 1);
  CHECK(s.relations.at("sanction").negated == 1);
  CHECK(s.relations.at("exercise").mentions == 5);
  CHECK(s.first_date == "2021-07-10");
  CHECK(s.last_date == "2023");
}
