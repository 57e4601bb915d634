// actors/discovery.hpp: people whom no rule names, found by how news introduces them.
//
//   "Jane Doe, director of the Example Institute"   a name, a comma, a role ("person_role" list)
//   "Foreign Minister Jane Doe", "Gen. John Roe"     a title ("person_title" list), then a name
//
// A name is two or three capitalised words (an initial may stand between them) that overlaps no
// known mention. The word lists come from the rule pack's lexicon, so users can extend them.
//
// Once a person's full name appears in a document (a rule's person or a discovered one), the
// surname alone ("Doe said", "Goldstein said") refers to them in the rest of that document — the
// first word for East Asian names ("Li Hui" -> "Li"), from the "surname_first" list — unless two
// people of the document share it.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "rules/rule_pack.hpp"

namespace re2 {
class RE2;
}

namespace ag {

class PersonDiscovery {
 public:
  explicit PersonDiscovery(const RulePack& pack);
  ~PersonDiscovery();

  // Finds people in `text` not covered by `known` (sorted mentions of the pack's actors). New
  // actors are appended to `discovered`; their mentions, indexed from `first_index` (=
  // pack.actors.size()) + position in `discovered`, are appended to `found`.
  void discover(std::string_view text, const std::vector<ActorMention>& known, ActorIndex first_index,
                std::vector<Actor>& discovered, std::vector<ActorMention>& found) const;

  // The id a discovered person gets: "discovered.person.jane_doe".
  static std::string id_for(std::string_view name);

 private:
  std::unique_ptr<re2::RE2> appositive_;
  std::unique_ptr<re2::RE2> titled_;
  void add_surnames(std::string_view text, const std::vector<ActorMention>& known, const std::vector<Actor>& discovered,
                    ActorIndex first_index, std::vector<ActorMention>& mentions) const;

  std::vector<std::string> known_labels_;  // lower-cased labels and aliases of the pack's actors, sorted
  std::vector<std::string> person_labels_; // label of each pack actor that is a person, else empty
  std::vector<std::string> surname_first_; // "Li", "Wang", "Kim": surname written first
};

}  // namespace ag
