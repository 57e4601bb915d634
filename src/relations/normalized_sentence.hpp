// relations/normalized_sentence.hpp: the text relation patterns run on.
//
// A sentence is rewritten so that patterns stay simple: ASCII letters lower-cased; ’ ‘ folded to
// ', “ ” to ", – (en dash) to -, — (em dash) to ","; runs of white space to one space; and each
// actor mention replaced by a placeholder "@c3@" (type letter, then the placeholder's number).
// `offsets` maps every byte of the normalized text back to the original document, so triggers
// found in it get true byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/document.hpp"

namespace ag {

// What a placeholder stands for. Two placeholders may share one span: "the two countries" is
// written "@c4@ and @c5@".
struct Placeholder {
  Span span;
  char letter = 'x';
  ActorIndex actor = 0;
};

struct NormalizedSentence {
  std::string text;
  std::vector<std::size_t> offsets;  // original offset of each byte of `text`, plus one at the end
  std::vector<Placeholder> placeholders;
};

// Builds the normalized text of `sentence` of `doc`. `placeholders` must be sorted by span and
// lie inside the sentence; placeholders with equal spans are joined with " and ".
void normalize_sentence(std::string_view doc, Span sentence, std::vector<Placeholder> placeholders,
                        NormalizedSentence& out);

// The placeholder numbers named in a captured slot ("@c0@ and @o2@" -> {0, 2}).
std::vector<std::size_t> placeholders_in(std::string_view captured);

}  // namespace ag
