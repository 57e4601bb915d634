// core/relation.hpp: relation mentions, the output of the relation matcher and the input of the
// graph assembler.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/document.hpp"

namespace ag {

enum class Polarity : std::uint8_t { cooperative, conflictual, neutral };
const char* to_string(Polarity p);
// The polarity `to_string` names `name`; nothing for any other text.
std::optional<Polarity> polarity_named(std::string_view name);

// A relation type as declared by the rule pack ("trade", "sanction", ...).
struct RelationType {
  std::string id;          // "sanction"
  std::string label;       // "sanction"
  bool directed = true;
  Polarity polarity = Polarity::neutral;
  std::string cameo;       // CAMEO code(s), e.g. "163"
  std::string plover;      // PLOVER event type, e.g. "SANCTION"
  std::string description;
};

// An amount of money found with a relation: "$190 billion" -> {190e9, "USD", "$190 billion"}.
struct Amount {
  double value = 0;        // in units of the currency
  std::string currency;    // ISO 4217 where known ("USD", "EUR", "RUB", "CNY"), else as written
  std::string text;        // surface text
  Span span;
};

// Attributes found in the sentence of a relation mention.
struct Attributes {
  std::vector<Amount> amounts;
  std::vector<std::string> percentages;  // "40 percent" -> "40%"
  std::vector<std::string> dates;        // ISO-like: "2018", "2014-05", "2023-05-24"; sorted, unique
  // Every date as it occurs, in text order: dates[] says which dates the sentence names, these
  // say where, so that a mention can take the date written nearest its trigger.
  struct DateAt {
    std::string date;
    Span span;
    bool dateline = false;  // "MOSCOW, May 2023 - ...": the report's date, not an event's
  };
  std::vector<DateAt> dates_at;
};

struct RelationMention {
  std::string doc;                 // document id
  ActorIndex source = 0;
  ActorIndex target = 0;
  std::size_t relation = 0;        // index into the rule pack's relation types
  std::string rule;                // id of the rule that fired
  Span sentence;                   // byte span of the sentence
  std::size_t sentence_index = 0;
  Span trigger;                    // byte span of the trigger words
  Span source_span, target_span;   // spans of the actor mentions used
  bool negated = false;
  bool hedged = false;
  Attributes attributes;
};

}  // namespace ag
