// rules/examples.cpp: the notation of expected relations in rule examples:
//   "Russia -[sanction]-> China"    directed
//   "China -[exercise]- Russia"     symmetric (either order)
//   "... (negated)" / "... (hedged)" the mention must carry that flag
#include <re2/re2.h>

#include "rules/loader_detail.hpp"

namespace ag::detail {

ExpectedRelation parse_expected_relation(const std::string& text, const Location& where) {
  static const RE2 form(R"(^\s*(.+?)\s+-\[([A-Za-z0-9_]+)\]->?\s+(.+?)\s*(?:\((negated|hedged)\))?\s*$)");
  ExpectedRelation out;
  std::string flag;
  if (!RE2::FullMatch(text, form, &out.source, &out.relation, &out.target, &flag))
    throw RuleError(where, "expected relation \"" + text + "\" is not of the form \"A -[relation]-> B\"");
  out.negated = flag == "negated";
  out.hedged = flag == "hedged";
  return out;
}

}  // namespace ag::detail
