// resolve_actor: a table of names and the actor each must name, then ambiguous and unknown names.
#include <doctest/doctest.h>

#include "core/error.hpp"
#include "fixture_graph.hpp"
#include "query/filter.hpp"

using namespace ag;

namespace {

std::string id_of(const ActorGraph& g, const std::string& name) { return g.g[resolve_actor(g, name)].id; }

std::string error_of(const ActorGraph& g, const std::string& name) {
  try {
    resolve_actor(g, name);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(resolved)";
}

}  // namespace

TEST_CASE("names that resolve") {
  const ActorGraph g = test::fixture_graph();
  const struct {
    const char* name;
    const char* id;
  } cases[] = {
      {"RUS", "RUS"},                        // id
      {"rus", "RUS"},                        // id, any case
      {"org.sco", "org.sco"},                //
      {"ORG.SCO", "org.sco"},                //
      {"Russia", "RUS"},                     // label
      {"united states", "USA"},              // label, any case
      {"  United   States ", "USA"},         // spaces
      {"Shanghai Cooperation Organisation", "org.sco"},
      {"PRC", "CHN"},                        // alias
      {"prc", "CHN"},                        //
      {"kremlin", "RUS"},                    // alias "the Kremlin"
      {"The Kremlin", "RUS"},                //
      {"Washington", "USA"},                 //
      {"SCO", "org.sco"},                    //
      {"President Xi", "person.xi"},         //
      {"Gabuev", "person.gabuev"},           // surname: last word of exactly one person's label
      {"gabuev", "person.gabuev"},           //
      {"Jinping", "person.xi"},              //
      {"Putin", "person.putin"},             // alias and surname agree
      {"Kazakhstan", "KAZ"},                 // an actor without relations is still an actor
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(id_of(g, c.name) == c.id);
  }
}

TEST_CASE("a typographic apostrophe matches a straight one") {
  test::FixtureBuilder b;
  b.actor("person.o", "Conan O'Brien", "person", {"O'Brien"}, 1);
  CHECK(b.graph.g[resolve_actor(b.graph, "conan o\xE2\x80\x99" "brien")].id == "person.o");
}

TEST_CASE("an id beats a label, a label beats an alias, an alias beats a surname") {
  test::FixtureBuilder b;
  b.actor("GEO", "Georgia", "country", {"Georgia", "Tbilisi"}, 1);
  b.actor("US-GA", "State of Georgia", "region", {"Georgia"}, 1);
  b.actor("person.tbilisi", "Anna Tbilisi", "person", {}, 1);
  CHECK(b.graph.g[resolve_actor(b.graph, "us-ga")].id == "US-GA");
  CHECK(b.graph.g[resolve_actor(b.graph, "Georgia")].id == "GEO");         // label before the other's alias
  CHECK(b.graph.g[resolve_actor(b.graph, "Tbilisi")].id == "GEO");         // alias before surname
  CHECK(b.graph.g[resolve_actor(b.graph, "State of Georgia")].id == "US-GA");
}

TEST_CASE("ambiguous names list the candidates") {
  test::FixtureBuilder b;
  b.actor("person.li_qiang", "Li Qiang", "person", {}, 1);
  b.actor("person.wang_qiang", "Wang Qiang", "person", {}, 1);
  b.actor("org.a", "Alpha", "organization", {"AB"}, 1);
  b.actor("org.b", "Beta", "organization", {"AB"}, 1);
  CHECK(error_of(b.graph, "Qiang") == "ambiguous actor 'Qiang': Li Qiang, Wang Qiang; name it by id");
  CHECK(error_of(b.graph, "ab") == "ambiguous actor 'ab': Alpha, Beta; name it by id");
  CHECK(b.graph.g[resolve_actor(b.graph, "Li Qiang")].id == "person.li_qiang");
}

TEST_CASE("unknown names get the closest known ones") {
  const ActorGraph g = test::fixture_graph();
  CHECK(error_of(g, "Rusia") == "unknown actor 'Rusia'; closest: Russia, United States, India");  // "usa" is 2 edits away
  CHECK(error_of(g, "Gabuyev") == "unknown actor 'Gabuyev'; closest: Alexander Gabuev, Ukraine, Germany");
  CHECK(error_of(g, "Bejing") == "unknown actor 'Bejing'; closest: China, Germany, India");
  CHECK_THROWS_AS(resolve_actor(g, ""), UsageError);
  CHECK(error_of(ActorGraph{}, "Russia") == "unknown actor 'Russia': the graph has no actors");
}

TEST_CASE("the same label twice is told apart by id") {
  test::FixtureBuilder b;
  b.actor("org.x1", "Council", "organization", {}, 1);
  b.actor("org.x2", "Council", "organization", {}, 1);
  CHECK(error_of(b.graph, "council") == "ambiguous actor 'council': Council (org.x1), Council (org.x2); name it by id");
  CHECK(error_of(b.graph, "Counsel") == "unknown actor 'Counsel'; closest: Council (org.x1), Council (org.x2)");
}

TEST_CASE("names the corpus never used, through the rule pack's actor table") {
  const ActorGraph g = test::fixture_graph();
  Actor china;
  china.id = "CHN";
  china.label = "China";
  china.aliases = {"People's Republic of China", "PRC"};
  china.metonyms = {"Beijing", "Zhongnanhai"};
  china.demonyms = {"Chinese"};
  Actor taiwan;  // not in the graph: never an answer
  taiwan.id = "TWN";
  taiwan.label = "Taiwan";
  taiwan.aliases = {"Republic of China"};
  Actor russia;
  russia.id = "RUS";
  russia.label = "Russia";
  russia.demonyms = {"Chinese"};  // made up, to make "Chinese" ambiguous
  const std::vector<Actor> actors{china, taiwan, russia};
  CHECK(actors_named(g, "zhongnanhai").empty());
  CHECK(actor_id_by_rules(g, actors, "zhongnanhai") == "CHN");
  CHECK(actor_id_by_rules(g, actors, "people\xE2\x80\x99s republic of china") == "CHN");
  CHECK(!actor_id_by_rules(g, actors, "Republic of China"));  // Taiwan is not in the graph
  CHECK(!actor_id_by_rules(g, actors, "Chinese"));            // two actors
  CHECK(!actor_id_by_rules(g, actors, "Atlantis"));
}

TEST_CASE("actors_named: every actor of the deciding level") {
  const ActorGraph g = test::fixture_graph();
  CHECK(actors_named(g, "kremlin").size() == 1);
  CHECK(actors_named(g, "Atlantis").empty());
}
