// query/output.cpp: how query results are printed: aligned text tables for people, CSV (RFC 4180)
// and pretty-printed JSON (RapidJSON) for programs. No locale: numbers are formatted by fmt.
#include <algorithm>

#include <fmt/format.h>

#include "query/detail.hpp"

namespace ag {

std::optional<QueryFormat> parse_query_format(std::string_view name) {
  if (name == "table") return QueryFormat::table;
  if (name == "json") return QueryFormat::json;
  if (name == "csv") return QueryFormat::csv;
  return std::nullopt;
}

}  // namespace ag

namespace ag::detail {

namespace {

// Display width in code points (every UTF-8 lead byte starts one); good enough for alignment.
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The first `n` code points of `s`, followed by "..." when cut.
std::string cut(const std::string& s, std::size_t n) {
  if (n == 0 || width(s) <= n) return s;
  std::size_t points = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80 && points++ == n - 3) break;
  }
  return s.substr(0, i) + "...";
}

std::string heading(const std::string& name) {
  std::string out = name;
  for (char& c : out) c = c == '_' ? ' ' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

}  // namespace

std::string Table::text_cell(std::size_t row, std::size_t c) const {
  const std::string& cell = rows_[row][c];
  return cell == columns_[c].blank ? std::string() : cut(one_line(cell), columns_[c].max_width);
}

void Table::write_text(std::ostream& out, const std::string& indent) const {
  std::vector<std::size_t> shown;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    bool all_empty = true;
    for (std::size_t r = 0; r < rows_.size() && all_empty; ++r) all_empty = text_cell(r, c).empty();
    if (columns_[c].text && (!columns_[c].optional || !all_empty)) shown.push_back(c);
  }
  std::vector<std::vector<std::string>> cells;
  cells.emplace_back();
  for (std::size_t c : shown) cells.back().push_back(heading(columns_[c].name));
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    cells.emplace_back();
    for (std::size_t c : shown) cells.back().push_back(text_cell(r, c));
  }
  std::vector<std::size_t> widths(shown.size(), 0);
  for (const auto& row : cells)
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], width(row[i]));
  for (const auto& row : cells) {
    std::string line = indent;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string pad(widths[i] - width(row[i]), ' ');
      if (i > 0) line += "  ";
      line += columns_[shown[i]].right ? pad + row[i] : row[i] + pad;
    }
    line.erase(line.find_last_not_of(' ') + 1);  // no trailing blanks after empty last cells
    out << line << '\n';
  }
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

void Table::write_csv(std::ostream& out) const {
  auto line = [&](auto cell_of) {
    for (std::size_t c = 0; c < columns_.size(); ++c) out << (c ? "," : "") << csv_field(cell_of(c));
    out << "\r\n";  // RFC 4180 line breaks
  };
  line([&](std::size_t c) { return columns_[c].name; });
  for (const auto& row : rows_) line([&](std::size_t c) { return row[c]; });
}

std::string number(double value, int decimals) { return fmt::format("{:.{}f}", value, decimals); }

Json::Json() : writer_(buffer_) {
  writer_.SetIndent(' ', 2);
  writer_.SetMaxDecimalPlaces(6);
}

void Json::flush_to(std::ostream& out) {
  out.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
  out << '\n';
}

void put(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void put(JsonWriter& w, const char* key, std::uint64_t value) {
  w.Key(key);
  w.Uint64(value);
}

void put_real(JsonWriter& w, const char* key, double value) {
  w.Key(key);
  w.Double(value);
}

void put_bool(JsonWriter& w, const char* key, bool value) {
  w.Key(key);
  w.Bool(value);
}

void write_actor(JsonWriter& w, const ActorRef& a) {
  w.StartObject();
  put(w, "id", a.id);
  put(w, "label", a.label);
  put(w, "type", a.type);
  w.EndObject();
}

void put_actor(JsonWriter& w, const char* key, const ActorRef& a) {
  w.Key(key);
  write_actor(w, a);
}

void write_evidence(JsonWriter& w, const Evidence& ev) {
  w.StartObject();
  put(w, "doc", ev.doc);
  put(w, "date", ev.date);
  put(w, "rule", ev.rule);
  put_bool(w, "negated", ev.negated);
  put_bool(w, "hedged", ev.hedged);
  put(w, "start", static_cast<std::uint64_t>(ev.sentence.begin));
  put(w, "end", static_cast<std::uint64_t>(ev.sentence.end));
  put(w, "text", ev.text);
  w.Key("amounts");
  w.StartArray();
  for (const Amount& a : ev.amounts) {
    w.StartObject();
    put_real(w, "value", a.value);
    put(w, "currency", a.currency);
    put(w, "text", a.text);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void write_edge(JsonWriter& w, const EdgeView& e) {
  w.StartObject();
  put_actor(w, "source", e.source);
  put_actor(w, "target", e.target);
  put(w, "relation", e.relation);
  put_bool(w, "directed", e.directed);
  put(w, "polarity", to_string(e.polarity));
  put(w, "weight", e.weight);
  put(w, "documents", e.documents);
  put(w, "first_date", e.first_date);
  put(w, "last_date", e.last_date);
  put(w, "status", e.status.empty() ? std::string_view("fact") : std::string_view(e.status));
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& ev : e.evidence) write_evidence(w, ev);
  w.EndArray();
  w.EndObject();
}

}  // namespace ag::detail
