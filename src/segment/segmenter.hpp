// segment/segmenter.hpp: the second stage: splitting a document's text into sentences.
//
// Rule-based and tuned for news text: abbreviations (U.S., Dr., Gen., Jan., e.g.), initials,
// decimals and amounts ("$1.5 billion"), quotations, ellipses, and headlines or list lines that end
// without a period (a line break followed by a blank line, or a short line, ends a sentence).
#pragma once

#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace ag {

// Appends the sentences of `text` to `out` (cleared first), in order, as byte spans with leading
// and trailing white space trimmed. Empty sentences are not produced. Never fails.
void segment(std::string_view text, std::vector<Sentence>& out);

inline std::vector<Sentence> segment(std::string_view text) {
  std::vector<Sentence> out;
  segment(text, out);
  return out;
}

}  // namespace ag
