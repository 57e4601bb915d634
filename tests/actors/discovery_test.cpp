// People whom no rule names are found by titles and appositions, and their surnames follow them.
#include <doctest/doctest.h>

#include "actors/actor_matcher.hpp"
#include "actors/discovery.hpp"
#include "rules/rule_pack.hpp"

using namespace ag;

namespace {

struct Found {
  std::vector<Actor> actors;
  std::vector<std::string> surfaces;
};

Found discover(const std::string& text) {
  static const RulePack pack = [] {
    RulePack p = load_rules({std::string(ACTORGRAPH_TEST_DATA) + "/rules/fixtures/mini_actors.json"});
    p.lexicon["person_role"].forms = {"director", "senior fellow", "professor"};
    p.lexicon["person_title"].forms = {"foreign minister", "president", "gen."};
    return p;
  }();
  static const ActorMatcher matcher(pack);
  static const PersonDiscovery discovery(pack);
  std::vector<ActorMention> known, found;
  matcher.match(text, known);
  Found out;
  discovery.discover(text, known, static_cast<ActorIndex>(pack.actors.size()), out.actors, found);
  for (const auto& m : found) out.surfaces.push_back(text.substr(m.span.begin, m.span.size()));
  return out;
}

}  // namespace

TEST_CASE("a name followed by a comma and a role is a discovered person") {
  const auto f = discover("Jane Doe, director of the Example Institute, spoke. Later Doe said more.");
  REQUIRE(f.actors.size() == 1);
  CHECK(f.actors[0].label == "Jane Doe");
  CHECK(f.actors[0].id == "discovered.person.jane_doe");
  CHECK(f.actors[0].type == "person");
  CHECK(f.actors[0].discovered);
  CHECK(f.surfaces == std::vector<std::string>{"Jane Doe", "Doe"});
}

TEST_CASE("a title before a name introduces a person") {
  const auto f = discover("Russian Foreign Minister Ivan Petrov arrived; Gen. Mark O'Neill stayed.");
  REQUIRE(f.actors.size() == 2);
  CHECK(f.actors[0].label == "Ivan Petrov");
  CHECK(f.actors[1].label == "Mark O'Neill");
}

TEST_CASE("known actors, sentence-initial words and months are not people") {
  CHECK(discover("President Xi Jinping spoke.").actors.empty());
  CHECK(discover("The Director, of course, left.").actors.empty());
  CHECK(discover("In March, director of nothing.").actors.empty());
}
