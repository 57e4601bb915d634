// export/xml_escape.hpp: text for XML 1.0 files (GEXF, GraphML).
#pragma once

#include <string>
#include <string_view>

namespace ag {

// Returns `text` ready to stand in an XML 1.0 attribute value or element content: first
// clean_text() (valid UTF-8, no characters XML 1.0 forbids), then & < > " ' escaped, and TAB, LF
// and CR written as character references so that attribute-value normalization keeps them.
std::string xml_escape(std::string_view text);

// Appends xml_escape(text) to `out` without building a string per value: for writers that gather
// a whole file in one buffer.
void append_xml_escaped(std::string& out, std::string_view text);

}  // namespace ag
