// core/strings.cpp: names of the small enums in core/.
#include "core/actor.hpp"
#include "core/relation.hpp"

namespace ag {

const char* to_string(MentionKind kind) {
  switch (kind) {
    case MentionKind::name: return "name";
    case MentionKind::capital: return "capital";
    case MentionKind::demonym: return "demonym";
    case MentionKind::pattern: return "pattern";
    case MentionKind::discovered: return "discovered";
    case MentionKind::surname: return "surname";
  }
  return "name";
}

const char* to_string(Polarity p) {
  switch (p) {
    case Polarity::cooperative: return "cooperative";
    case Polarity::conflictual: return "conflictual";
    case Polarity::neutral: return "neutral";
  }
  return "neutral";
}

std::optional<Polarity> polarity_named(std::string_view name) {
  for (Polarity p : {Polarity::cooperative, Polarity::conflictual, Polarity::neutral})
    if (name == to_string(p)) return p;
  return std::nullopt;
}

}  // namespace ag
