// read/jsonl.cpp: JSON Lines: one document per line, {"id", "text"} plus optional "title", "date",
// "url" and "source" (other members are ignored, so producers may add their own).
//
// The stream is read in blocks and cut into lines here, so memory holds one line at a time, never
// the file. A line that cannot become a document is a warning naming file:line (and the column
// for a JSON syntax error) and is skipped: malformed JSON, a value that is not an object, a
// missing, empty or non-string "id" or "text", an "id" that is not UTF-8, or a line longer than
// ReadOptions::max_line_bytes (its bytes are discarded as they stream by). Blank lines are
// allowed and ignored. RapidJSON parses iteratively, so deeply nested input cannot overflow the
// stack.
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "read/read_detail.hpp"
#include "read/utf8.hpp"

namespace ag::read_detail {
namespace {

constexpr std::size_t kChunk = 1 << 20;

// Cuts a byte stream into lines ("\n" or "\r\n"; the "\r" is left for the JSON parser, to which
// it is white space). A line over the limit is reported as too long and not kept.
class LineReader {
 public:
  LineReader(int fd, std::string head, std::size_t max_line) : fd_(fd), buf_(std::move(head)), max_(max_line) {}

  // The next line into `line`; false at the end of the stream (or on a read error, see error()).
  bool next(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    if (pos_ >= buf_.size() && !fill()) return false;
    ++number_;
    for (;;) {
      const char* start = buf_.data() + pos_;
      const std::size_t avail = buf_.size() - pos_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', avail));
      const std::size_t take = newline ? static_cast<std::size_t>(newline - start) : avail;
      keep(line, too_long, std::string_view(start, take));
      pos_ += take;
      if (newline) {
        ++pos_;
        return true;
      }
      if (!fill()) return true;  // the last line has no newline
    }
  }
  std::size_t number() const { return number_; }
  int error() const { return error_; }

 private:
  void keep(std::string& line, bool& too_long, std::string_view piece) const {
    if (too_long) return;
    if (line.size() + piece.size() > max_) {
      too_long = true;
      std::string().swap(line);  // give the memory back now
      return;
    }
    line.append(piece);
  }

  bool fill() {
    if (done_) return false;
    buf_.resize(kChunk);
    pos_ = 0;
    ssize_t got = 0;
    do {
      got = ::read(fd_, buf_.data(), buf_.size());
    } while (got < 0 && errno == EINTR);
    if (got < 0) error_ = errno;
    buf_.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    done_ = got <= 0;
    return !done_;
  }

  int fd_;
  std::string buf_;
  std::size_t max_;
  std::size_t pos_ = 0;
  std::size_t number_ = 0;
  int error_ = 0;
  bool done_ = false;
};

using Json = rapidjson::Document;

// A string member, or nullptr when absent; `wrong` is set when present but not a string.
const rapidjson::Value* string_member(const Json& json, const char* key, bool& wrong) {
  const auto it = json.FindMember(key);
  wrong = false;
  if (it == json.MemberEnd()) return nullptr;
  if (!it->value.IsString()) {
    wrong = !it->value.IsNull();
    return nullptr;
  }
  return &it->value;
}

std::string as_string(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// The required "id" or "text"; reports and returns false when it is missing or not a string.
bool required(const Json& json, const char* key, std::string& out, const Location& where, const Reporter& report) {
  bool wrong = false;
  const rapidjson::Value* v = string_member(json, key, wrong);
  if (v == nullptr) {
    report.warn(where, std::string(wrong ? "\"" : "missing \"") + key + (wrong ? "\" is not a string" : "\"") + "; line skipped");
    return false;
  }
  out = as_string(*v);
  return true;
}

// An optional metadata member; a non-string value is reported and ignored.
void optional(const Json& json, const char* key, std::string& out, const Location& where, const Reporter& report) {
  bool wrong = false;
  if (const rapidjson::Value* v = string_member(json, key, wrong)) out = as_string(*v);
  if (wrong) report.warn(where, std::string("\"") + key + "\" is not a string; ignored");
}

// Parses one line into `doc`; reports and returns false when the line is not a document.
bool parse_line(std::string& line, const Location& where, Document& doc, const Reporter& report) {
  Json json;
  json.ParseInsitu<rapidjson::kParseIterativeFlag>(line.data());
  if (json.HasParseError()) {
    Location at = where;
    at.column = json.GetErrorOffset() + 1;
    report.warn(at, std::string("malformed JSON: ") + rapidjson::GetParseError_En(json.GetParseError()) + "; line skipped");
    return false;
  }
  if (!json.IsObject()) {
    report.warn(where, "a JSON Lines document must be an object; line skipped");
    return false;
  }
  if (!required(json, "id", doc.id, where, report) || !required(json, "text", doc.text, where, report)) return false;
  optional(json, "title", doc.title, where, report);
  optional(json, "date", doc.date, where, report);
  optional(json, "url", doc.url, where, report);
  optional(json, "source", doc.source, where, report);
  return true;
}

// Checks what the parser cannot: a usable id and a non-empty, UTF-8 text.
bool acceptable(const Document& doc, const Location& where, const Reporter& report) {
  if (doc.id.empty()) {
    report.warn(where, "\"id\" is empty; line skipped");
    return false;
  }
  if (!is_valid_utf8(doc.id)) {
    report.warn(where, "\"id\" is not valid UTF-8; line skipped");
    return false;
  }
  if (is_blank(doc.text)) {
    report.warn(where, "document \"" + doc.id + "\" has an empty text; skipped");
    return false;
  }
  if (const std::size_t bad = find_invalid_utf8(doc.text); bad != kValidUtf8) {
    report.warn(where, "document \"" + doc.id + "\": invalid UTF-8 at byte " + std::to_string(bad) +
                           " of its text; the document is read with its original bytes");
  }
  return true;
}

void read_line(std::string& line, const Location& where, const DocumentSink& sink, const Reporter& report) {
  if (is_blank(line)) return;
  if (where.line == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
  Document doc;
  if (parse_line(line, where, doc, report) && acceptable(doc, where, report)) sink(std::move(doc));
}

}  // namespace

void read_jsonl(int fd, std::string head, const Input& input, const DocumentSink& sink, const Reporter& report) {
  const std::size_t max_line = report.options().max_line_bytes;
  LineReader lines(fd, std::move(head), max_line);
  std::string line;
  bool too_long = false;
  while (lines.next(line, too_long)) {
    const Location where(input.path, lines.number());
    if (too_long) {
      report.warn(where, "line longer than " + std::to_string(max_line) + " bytes; skipped");
    } else {
      read_line(line, where, sink, report);
    }
  }
  if (lines.error() != 0) report.cannot_read(input, lines.error());
}

}  // namespace ag::read_detail
