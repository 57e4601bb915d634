// segment/segmenter.hpp: the second stage: splitting a document's text into sentences.
//
// Rule-based and tuned for news text: abbreviations (U.S., Dr., Gen., Jan., e.g.), initials,
// decimals and amounts ("$1.5 billion"), quotations, ellipses, and headlines or list lines that end
// without a period (a blank line always ends a sentence; a single line break ends one before a list
// item, or after a line that reads like a headline). See segment/segmenter.cpp for the rules.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace ag {

// A longer run of text without a sentence end (a table, a list run together) is cut into pieces
// of at most this many bytes, at white space where there is some, so that no later stage ever
// works on an unbounded sentence.
inline constexpr std::size_t kMaxSentenceBytes = 4096;

// Appends the sentences of `text` to `out` (cleared first), in order, as byte spans with leading
// and trailing white space (and list markers: "•", "-", "1.") trimmed. Empty sentences are not
// produced. Linear time, no allocation besides `out`. Never fails, whatever the bytes.
void segment(std::string_view text, std::vector<Sentence>& out);

inline std::vector<Sentence> segment(std::string_view text) {
  std::vector<Sentence> out;
  segment(text, out);
  return out;
}

}  // namespace ag
