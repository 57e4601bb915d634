// export/csv.hpp: RFC 4180 fields and rows, for the spreadsheet and Neo4j exports.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ag {

// The field as RFC 4180 writes it: clean_text() first, then quoted (with inner quotes doubled)
// when it holds a comma, a quote, CR or LF, or starts or ends with a space; otherwise as is.
std::string csv_field(std::string_view text);

// Writes the fields separated by commas and ends the record with CRLF, as RFC 4180 says.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace ag
