// export/csv.hpp: RFC 4180 fields and rows, for the spreadsheet and Neo4j exports.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/output_buffer.hpp"

namespace ag {

// The field as RFC 4180 writes it: clean_text() first, then quoted (with inner quotes doubled)
// when it holds a comma, a quote, CR or LF, or starts or ends with a space; otherwise as is.
std::string csv_field(std::string_view text);

// Writes the fields separated by commas and ends the record with CRLF, as RFC 4180 says.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// The same record appended to `out`, for exports of many rows: fields that need neither cleaning
// nor quoting (most) are copied as they are.
void write_csv_row(detail::OutputBuffer& out, const std::vector<std::string_view>& fields);

}  // namespace ag
