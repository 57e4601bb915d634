// relations/attributes.hpp: amounts, percentages and dates found in a sentence, attached to the
// relation mentions of that sentence.
//
//   "$190 billion", "US$15 billion", "€2.5bn", "400 billion dollars"  -> amounts (value, currency)
//   "40 percent", "76%"                                               -> percentages
//   "in 2018", "May 2014", "March 3, 2021", "last year"               -> dates ("2018", "2014-05",
//   "2021-03-03"; "last year" needs the document date and becomes its year minus one)
#pragma once

#include <string>
#include <string_view>

#include "core/relation.hpp"

namespace ag {

// Finds the attributes in `text[span]`; `doc_date` (ISO, may be empty) resolves relative dates.
// Spans in the result are offsets into `text`.
Attributes find_attributes(std::string_view text, Span span, const std::string& doc_date);

// The date of one relation mention in `text` (the document): of the dates in the clause of
// `anchor` (the trigger, or the actors when there is none), the one written nearest it, the
// earlier on a tie. A date in another clause (after ", and", ", but", "; ", ", which", ...) dates
// another event. Two more kinds of date are not the event's and are passed over:
//   - the date of another event the mention is measured from: after the anchor with "since" in
//     between ("the first visit since the invasion of February 2022"); "closer since 2014" keeps
//     its date, from which the relation holds;
//   - a dateline ("BEIJING, May 2023 - ..."), which is taken only when the sentence has no other.
// Empty when no date is left.
std::string nearest_date(std::string_view text, const Attributes& attributes, Span anchor);

}  // namespace ag
