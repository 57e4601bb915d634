// core/actor.hpp: actors (countries, organizations, people, ...) and their mentions in text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace ag {

// An actor as the rules define it (or as discovered in text, e.g. "X, director of Y").
struct Actor {
  std::string id;          // stable, e.g. "RUS", "org.sco", "person.xi_jinping"
  std::string label;       // canonical English name: "Russia", "SCO", "Xi Jinping"
  std::string type;        // "country", "organization", "person", or a user-defined type
  std::vector<std::string> aliases;   // names that stand for the actor
  std::vector<std::string> metonyms;  // capitals and seats of government: "Moscow", "the Kremlin"
  std::vector<std::string> demonyms;  // "Russian", "Chinese"
  std::vector<std::string> patterns;  // optional RE2 patterns
  std::map<std::string, std::string> facts;  // "iso2", "iso3", "country" (for people), "role", ...
  std::vector<std::string> members;   // organization members (actor ids)
  bool discovered = false;            // found in text, not named by a rule
};

using ActorIndex = std::uint32_t;  // index into the loaded actor table

// How a mention names its actor; relation rules and the graph use it (a demonym is weaker).
// `surname`: a person's surname alone, after the full name appeared in the same document.
enum class MentionKind : std::uint8_t { name, capital, demonym, pattern, discovered, surname };

const char* to_string(MentionKind kind);

struct ActorMention {
  Span span;                  // the surface text, without a possessive "'s"
  ActorIndex actor = 0;
  std::size_t sentence = 0;   // index of the sentence holding it
  MentionKind kind = MentionKind::name;
  bool possessive = false;    // followed by "'s" / "’s" / "'"
};

}  // namespace ag
