// relations/group_reference.hpp: "the two countries", "both sides" and the like stand for the
// two states a passage is about.
//
// The phrase is resolved to the two countries mentioned most often in the document from a few
// sentences before it up to it (ties go to the more recent), because in news the pair a passage
// is about is named again and again ("Moscow", "Russian", "Beijing", "Chinese officials"), while
// the last two names before the phrase are often a third party.
//
// A sentence that opens with "They" right after a sentence whose subject was such a pair ("Russia
// and China ...", "The two countries ...") refers to that pair too.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "rules/rule_pack.hpp"

namespace re2 {
class RE2;
}

namespace ag {

struct GroupReference {
  Span span;
  ActorIndex first = 0, second = 0;  // ordered by index
};

class GroupResolver {
 public:
  explicit GroupResolver(const RulePack& pack);
  ~GroupResolver();

  // Finds the group phrases of sentence `sentence_index` (span `sentence`) and resolves each
  // against `mentions` (the document's, sorted, with sentence indexes set).
  void resolve(std::string_view text, Span sentence, std::size_t sentence_index,
               const std::vector<ActorMention>& mentions, const std::vector<char>& is_country,
               std::vector<GroupReference>& out) const;

  // The pair a sentence opens with: a resolved group phrase at its start, or "X and Y" (two
  // countries) at its start, possibly after "Both". `first` is the sentence's first mention.
  static std::optional<GroupReference> opening_pair(std::string_view text, Span sentence,
                                                    const std::vector<GroupReference>& groups,
                                                    const ActorMention* first, const ActorMention* second,
                                                    const std::vector<char>& is_country);
  // "They" opening `sentence`, standing for `previous`.
  static std::optional<GroupReference> they(std::string_view text, Span sentence, const GroupReference& previous);

 private:
  std::unique_ptr<re2::RE2> phrase_;
};

}  // namespace ag
