// export/csv.cpp: RFC 4180 quoting (see the header).
#include "export/csv.hpp"

#include "export/text_clean.hpp"

namespace ag {

std::string csv_field(std::string_view text) {
  const std::string clean = clean_text(text);
  const bool quote = clean.find_first_of(",\"\r\n") != std::string::npos ||
                     (!clean.empty() && (clean.front() == ' ' || clean.back() == ' '));
  if (!quote) return clean;
  std::string out = "\"";
  for (const char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  detail::OutputBuffer buffer(out);
  write_csv_row(buffer, std::vector<std::string_view>(fields.begin(), fields.end()));
  buffer.flush();
}

void write_csv_row(detail::OutputBuffer& out, const std::vector<std::string_view>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    const std::string_view field = fields[i];
    // A clean line has no CR, LF or control character and no space at either end.
    const bool as_is = is_clean_line(field) && field.find_first_of(",\"") == std::string_view::npos;
    if (as_is) out << field;
    else out << csv_field(field);
  }
  out << "\r\n";
}

}  // namespace ag
