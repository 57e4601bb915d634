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

}  // namespace ag
