// rules/pattern_compiler.cpp: expansion of {references} in relation patterns (see the header).
#include "rules/pattern_compiler.hpp"

#include <cctype>

#include <fmt/format.h>

namespace ag {
namespace {

// One actor placeholder, optionally preceded by "the".
std::string actor_re(const std::string& letters) { return fmt::format("(?:the )?@[{}]\\d+@", letters); }

// Coordination between actors: "A and B", "A, B, and C", "A & B", "A/B", "A-B" (US-China). A
// comma alone does not coordinate ("Near China, Russia built..."): a comma list must end in "and".
std::string group_re(const std::string& a, bool at_least_two) {
  // Two: "A and B" (", and" joins clauses, not two actors); three or more: "A, B(,) and C".
  return fmt::format("{0}(?:(?:, {0})+,? (?:and|&) {0}| (?:and|&) {0}|(?:/|-| - ){0}){1}", a, at_least_two ? "" : "?");
}

std::string letters_for(const std::string& types, const Location& where) {
  if (types.empty()) return "copx";
  std::string letters;
  std::size_t start = 0;
  while (start <= types.size()) {
    std::size_t bar = types.find('|', start);
    if (bar == std::string::npos) bar = types.size();
    std::string t = types.substr(start, bar - start);
    if (t.empty()) throw RuleError(where, "empty actor type in slot \"" + types + "\"");
    letters += type_letter(t);
    start = bar + 1;
  }
  return letters;
}

// ", the head of X," / ", China's envoy," / ", who ...," after a slot.
constexpr const char* kApposition =
    "(?:, (?:(?:the|a|an|who|which|its|his|her|their|former|then) |@[copx]\\d+@'s )[^,;]{0,80}?,)?";

}  // namespace

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(false);
  o.set_max_mem(64 << 20);
  return o;
}

char type_letter(const std::string& type) {
  if (type == "country") return 'c';
  if (type == "organization") return 'o';
  if (type == "person") return 'p';
  return 'x';
}

CompiledPattern expand_pattern(const std::string& pattern, const std::map<std::string, std::string>& lexicon,
                               const Location& where) {
  CompiledPattern out;
  bool trigger_marked = pattern.find("{!") != std::string::npos;
  bool trigger_done = false;
  std::string& re = out.re2;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] != '{' || (i > 0 && pattern[i - 1] == '\\')) {
      re += pattern[i++];
      continue;
    }
    // A regex repetition such as a{2,3} is left alone: references start with a letter or '!'.
    const std::size_t close = pattern.find('}', i);
    if (close == std::string::npos) throw RuleError(where, fmt::format("unclosed '{{' at character {} of the pattern", i + 1));
    std::string ref = pattern.substr(i + 1, close - i - 1);
    if (ref.empty() || !(std::isalpha(static_cast<unsigned char>(ref[0])) || ref[0] == '!')) {
      re += pattern.substr(i, close - i + 1);
      i = close + 1;
      continue;
    }
    i = close + 1;
    std::string name = ref, arg;
    if (auto colon = ref.find(':'); colon != std::string::npos) {
      name = ref.substr(0, colon);
      arg = ref.substr(colon + 1);
    }
    if (name == "S" || name == "T") {
      bool& seen = name == "S" ? out.has_source : out.has_target;
      if (seen) throw RuleError(where, fmt::format("slot {{{}}} is used twice", name));
      seen = true;
      out.slot_letters.push_back(letters_for(arg, where));
      const std::string a = actor_re(out.slot_letters.back());
      // A possessive after the slot ("Russia's foreign ministry") is optional and not captured.
      // "the US and its allies": the allies are no actor, but the phrase must not hide the US.
      re += fmt::format("(?P<{}>{})(?:'s|')?(?: and (?:its|their|other|western) (?:allies|partners))?", name, group_re(a, false));
      // An apposition after the source belongs to it: "Li Hui, China's envoy, travels to Moscow".
      if (name == "S") re += kApposition;
    } else if (name == "A") {
      if (out.has_group) throw RuleError(where, "slot {A} is used twice");
      out.has_group = true;
      out.slot_letters.push_back(letters_for(arg, where));
      const std::string a = actor_re(out.slot_letters.back());
      re += fmt::format("(?P<A>{})(?:'s|')?", group_re(a, true));
    } else if (name == "gap") {
      int n = 4;
      if (!arg.empty()) {
        try {
          n = std::stoi(arg);
        } catch (...) {
          throw RuleError(where, "{gap:N} needs a number, found \"" + arg + "\"");
        }
        if (n < 1 || n > 20) throw RuleError(where, "{gap:N} takes N from 1 to 20");
      }
      // Up to n words, each followed by its space; a following space in the pattern is absorbed.
      re += fmt::format("(?:[^\\s@;:()]+ ){{0,{}}}", n);
      if (i < pattern.size() && pattern[i] == ' ') ++i;
    } else if (name == "DET") {
      re += "(?:(?:the|a|an|its|their|his|her) )?";
      if (i < pattern.size() && pattern[i] == ' ') ++i;
    } else if (name.size() > 1 && (name.back() == '*' || name.back() == '?')) {
      // {name*}: any number of these words, {name?}: at most one; each absorbs its own space.
      const char repeat = name.back();
      name.pop_back();
      auto it = lexicon.find(name);
      if (it == lexicon.end()) throw RuleError(where, fmt::format("unknown word list {{{}}} (not in any lexicon)", name));
      re += "(?:" + it->second + " )" + repeat;
      if (i < pattern.size() && pattern[i] == ' ') ++i;
    } else {
      const bool trigger = name[0] == '!';
      if (trigger) name = name.substr(1);
      auto it = lexicon.find(name);
      if (it == lexicon.end()) throw RuleError(where, fmt::format("unknown word list {{{}}} (not in any lexicon)", name));
      if ((trigger || !trigger_marked) && !trigger_done) {
        re += "(?P<V>" + it->second + ")";
        out.trigger = it->second;
        trigger_done = true;
      } else {
        re += it->second;
      }
    }
  }
  if (!(out.has_source && out.has_target) && !out.has_group)
    throw RuleError(where, "a pattern needs both {S} and {T}, or a group {A}");
  if (out.has_group && (out.has_source || out.has_target))
    throw RuleError(where, "a pattern with a group {A} cannot also have {S} or {T}");
  return out;
}

}  // namespace ag
