// output/mention_writers.hpp: printing what extraction found, one document at a time: actor
// mentions (table or JSON Lines) and relation mentions (JSON Lines, the format
// ../shared/eval/score.py reads). Writers take a std::ostream so tests print into strings.
#pragma once

#include <ostream>

#include "core/document.hpp"
#include "relations/extractor.hpp"

namespace ag {

// Header line of the actor table (printed once before the first document).
void write_actor_table_header(std::ostream& out);
void write_actor_table(std::ostream& out, const Document& doc, const Extraction& ex, const Extractor& extractor);

// One line per actor mention: {"doc","sentence","start","end","text","actor","id","type","kind"}.
void write_actor_jsonl(std::ostream& out, const Document& doc, const Extraction& ex, const Extractor& extractor);

// One line per relation mention: {"doc","source","target","relation","directed","negated",
// "hedged","rule","sentence":{start,end,text},"trigger":{start,end,text},"attributes":{...}}.
void write_relation_jsonl(std::ostream& out, const Document& doc, const Extraction& ex, const Extractor& extractor);

}  // namespace ag
