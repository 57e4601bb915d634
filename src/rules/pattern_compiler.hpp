// rules/pattern_compiler.hpp: relation patterns -> RE2 source.
//
// A relation pattern is a regular expression over a *normalized sentence*: lower-case, single
// spaces, typographic quotes and dashes folded to ASCII, and every actor mention replaced by a
// placeholder "@c3@" (c = country, o = organization, p = person, x = any other type; 3 = the
// mention's number in the sentence). Rule authors rarely write raw regex; they write references:
//
//   {S} {T}          the source and target slots: one actor or a coordinated group
//                    ("@c0@, @c1@ and @c2@"); typed with {S:person} or {T:country|organization};
//                    an optional "the" before and possessive "'s" after belong to the slot
//   {A}              a group of two or more actors related pairwise ("Russia, China and Iran")
//   {name}           a word list of the lexicon, with its inflections, as whole words
//   {!name}          the same, marked as the trigger (default: the first word list; a
//                    pattern without word lists has its whole match as trigger)
//   {name*} {name?}  any number of / at most one of these words, each with its following space
//                    ("{S} {aux*} {!impose}" matches "the EU has already imposed")
//   {gap} {gap:N}    up to N (default 4) words without an actor or a clause break
//   {DET}            an optional determiner: the, a, an, its, their, his, her
#pragma once

#include <map>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "core/error.hpp"

namespace ag {

struct CompiledPattern {
  std::string re2;      // the expanded RE2 source with named groups S, T, A, V (trigger)
  std::string trigger;  // the trigger word list's RE2 source; empty when the pattern has none
  bool has_source = false, has_target = false, has_group = false;
  std::vector<std::string> slot_letters;  // per slot, the placeholder letters it takes ("copx" untyped)
};

// Expands `pattern`; throws RuleError at `where` for an unknown reference, a slot used twice, or
// a pattern that has neither {S} and {T} nor {A}. (RE2 compilation is checked by the caller.)
CompiledPattern expand_pattern(const std::string& pattern, const std::map<std::string, std::string>& lexicon,
                               const Location& where);

// The RE2 options every relation pattern and cue list is compiled with: case-insensitive, errors
// returned (not logged), and 64 MB so that the DFA of a long alternation keeps its states.
RE2::Options pattern_options();

// The placeholder letter of an actor type: c, o, p or x.
char type_letter(const std::string& type);

}  // namespace ag
