// export/text_clean.hpp: making arbitrary bytes safe for the files other tools read.
//
// Names and sentences come from news text: they may hold invalid UTF-8 (the reader keeps the
// original bytes) and control characters. XML 1.0 forbids every C0 control except TAB, LF and
// CR (Gephi's parser stops at the first one), and spreadsheets and JSON consumers choke on them
// too. Every exporter passes its text through clean_text() first, so all formats agree.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ag {

// Returns `text` as valid UTF-8 (RFC 3629: overlong forms, surrogates, code points above
// U+10FFFF and truncated sequences each become one U+FFFD) with the characters XML 1.0 forbids
// or discourages removed: C0 controls except TAB, LF and CR; DEL; C1 controls (U+0080..U+009F);
// and the non-characters U+FFFE and U+FFFF.
std::string clean_text(std::string_view text);

// Appends clean_text(text) to `out`: for writers that gather a whole file in one buffer.
void append_clean_text(std::string& out, std::string_view text);

// clean_text(), then every run of whitespace (space, TAB, LF, CR) becomes one space and the ends
// are trimmed: for labels and one-line fields.
std::string clean_line(std::string_view text);

// True when clean_line(text) == text: printable ASCII, single spaces, none at either end. Most
// ids, names and sentences are; a caller can then use the text as it is, without a copy.
bool is_clean_line(std::string_view text);

// clean_line(), cut to at most `max_bytes` bytes on a character boundary (and, when possible, a
// word boundary), with "…" appended when something was cut.
std::string clean_excerpt(std::string_view text, std::size_t max_bytes);

}  // namespace ag
