// segment/layout.hpp: how a document uses its line breaks.
//
// News text comes in two layouts. In most, a line is a paragraph (or a headline, or a list item),
// so a line break ends a sentence. In hard-wrapped text (wire services, e-mail, old corpora), a
// line break is just a space inside a paragraph. A quick pre-pass over the lines tells them apart:
// hard-wrapped text has many lines that stop without punctuation and go on in lower case on the
// next line. Then only short lines count as headlines.
#pragma once

#include <cstddef>
#include <string_view>

namespace ag::segment_detail {

struct Layout {
  bool wrapped = false;         // single line breaks are spaces inside paragraphs
  std::size_t short_line = 0;   // when wrapped: lines shorter than this (bytes) may be headlines
};

// One pass over the line breaks of `text` (memchr), allocation-free.
Layout detect_layout(std::string_view text);

}  // namespace ag::segment_detail
