// query/output.cpp: how query results are printed: aligned text tables for people, CSV (RFC 4180)
// and pretty-printed JSON (RapidJSON) for programs. No locale: numbers are formatted by fmt.
#include <algorithm>
#include <deque>

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

std::string heading(const std::string& name) {
  std::string out = name;
  for (char& c : out) c = c == '_' ? ' ' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

bool breaks_line(char c) { return c == '\n' || c == '\r' || c == '\t'; }

// A cell's width in code points (every UTF-8 lead byte starts one) and whether it holds a line
// break, in one pass.
struct CellScan {
  std::size_t width = 0;
  bool breaks = false;
};

CellScan scan(std::string_view s) {
  // Most cells are printable ASCII: one branchless test over the bytes (a vector loop) settles
  // them, a width of one a byte and no break.
  unsigned other = 0;
  for (char c : s) other |= static_cast<unsigned char>(c - 0x20) >= 0x5F ? 1U : 0U;
  if (other == 0) return {s.size(), false};
  CellScan out;
  for (char c : s) {
    out.width += (c & 0xC0) != 0x80 ? 1 : 0;
    out.breaks = out.breaks || breaks_line(c);
  }
  return out;
}

// Display width in code points; good enough for alignment.
std::size_t width(std::string_view s) { return scan(s).width; }

// A cell as the text view shows it, with its width. Cells are viewed, not copied (a hub's
// `neighbors` table has thousands of rows); a cut cell is the view of its start and "...".
struct ShownCell {
  std::string_view text;
  std::size_t width = 0;  // with the "..."
  bool cut = false;       // shown with "..." after the text
};

// `cell` on one line, cut after `max_width` code points (0 = never) with "...". The text is a
// view of `cell` unless a line break had to become a space; then it is kept in `changed`.
ShownCell shown(std::string_view cell, const Column& column, std::deque<std::string>& changed) {
  if (cell == column.blank) return {};
  const auto [w, breaks] = scan(cell);
  ShownCell out{cell, w, column.max_width > 0 && w > column.max_width};
  if (out.cut) {
    // The first max_width - 3 code points, then "...".
    std::size_t points = 0, end = 0;
    for (; end < cell.size(); ++end)
      if ((cell[end] & 0xC0) != 0x80 && points++ == column.max_width - 3) {
        --points;
        break;
      }
    out.text = cell.substr(0, end);
    out.width = points + 3;
  }
  if (breaks) {
    std::string& text = changed.emplace_back(out.text);
    std::replace_if(text.begin(), text.end(), breaks_line, ' ');
    out.text = text;
  }
  return out;
}

}  // namespace

void Table::add(std::vector<std::string> row) {
  for (std::string& cell : row) cells_.push_back(keep(std::move(cell)));
}

void Table::add_viewed(std::initializer_list<std::string_view> row) { cells_.insert(cells_.end(), row); }

std::string_view Table::keep(std::string cell) { return kept_.emplace_back(std::move(cell)); }

void Table::write_text(std::ostream& out, const std::string& indent) const {
  // The text columns' cells as shown, row by row (a row's cells sit together in memory), with each
  // column's width and whether it has any text; then the columns shown (an optional one only when
  // it has text).
  std::vector<std::size_t> text_columns;
  for (std::size_t c = 0; c < columns_.size(); ++c)
    if (columns_[c].text) text_columns.push_back(c);
  const std::size_t n = text_columns.size();
  const std::size_t row_count = columns_.empty() ? 0 : cells_.size() / columns_.size();
  std::deque<std::string> changed;  // (a deque: the cells' views of its strings stay valid)
  std::vector<ShownCell> cells(row_count * n);
  std::vector<std::size_t> widths(n, 0);
  std::vector<char> has_text(n, 0);
  for (std::size_t r = 0; r < row_count; ++r)
    for (std::size_t i = 0; i < n; ++i) {
      ShownCell& cell = cells[r * n + i];
      cell = shown(cells_[r * columns_.size() + text_columns[i]], columns_[text_columns[i]], changed);
      widths[i] = std::max(widths[i], cell.width);
      has_text[i] = has_text[i] || !cell.text.empty();
    }
  std::vector<std::size_t> shown_columns;  // indexes into text_columns
  std::vector<std::string> headings;
  std::size_t line_width = indent.size() + 1;
  for (std::size_t i = 0; i < n; ++i) {
    const Column& column = columns_[text_columns[i]];
    if (column.optional && !has_text[i]) continue;
    shown_columns.push_back(i);
    headings.push_back(heading(column.name));
    widths[i] = std::max(widths[i], width(headings.back()));
    line_width += widths[i] + 2;
  }
  std::string text;
  text.reserve(line_width * (row_count + 1));  // (more bytes than code points only in non-ASCII text)
  // A line's length is known before it is written, so it is written with plain copies: a hub's
  // table has thousands of lines, and a string append per piece cost more than the query itself.
  auto put_line = [&](auto cell_at) {
    std::size_t length = indent.size();
    for (std::size_t k = 0; k < shown_columns.size(); ++k) {
      const std::size_t i = shown_columns[k];
      const ShownCell cell = cell_at(k, i);
      length += (k > 0 ? 2 : 0) + cell.text.size() + (cell.cut ? 3 : 0) + (widths[i] - cell.width);
    }
    const std::size_t start = text.size();
    text.resize(start + length);
    char* at = text.data() + start;
    at = std::copy(indent.begin(), indent.end(), at);
    for (std::size_t k = 0; k < shown_columns.size(); ++k) {
      const std::size_t i = shown_columns[k];
      const ShownCell cell = cell_at(k, i);
      const std::size_t pad = widths[i] - cell.width;
      const bool right = columns_[text_columns[i]].right;
      if (k > 0) at = std::fill_n(at, 2, ' ');
      if (right) at = std::fill_n(at, pad, ' ');
      at = std::copy(cell.text.begin(), cell.text.end(), at);
      if (cell.cut) at = std::fill_n(at, 3, '.');
      if (!right) at = std::fill_n(at, pad, ' ');
    }
    // No trailing blanks after empty last cells (a line of blanks is left empty).
    std::size_t end = text.size();
    while (end > start && text[end - 1] == ' ') --end;
    text.resize(end);
    text += '\n';
  };
  put_line([&](std::size_t k, std::size_t) { return ShownCell{headings[k], width(headings[k])}; });
  for (std::size_t r = 0; r < row_count; ++r)
    put_line([&](std::size_t, std::size_t i) { return cells[r * n + i]; });
  out << text;
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
  line([&](std::size_t c) { return std::string_view(columns_[c].name); });
  for (std::size_t start = 0; start < cells_.size(); start += columns_.size())
    line([&](std::size_t c) { return cells_[start + c]; });
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
