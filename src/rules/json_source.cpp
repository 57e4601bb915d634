// rules/json_source.cpp: JSON parsing with positions (see json_source.hpp).
#include "rules/json_source.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace ag {
namespace {

[[noreturn]] void fail(ExitCode code, Location where, const std::string& what) {
  throw Error(code, std::move(where), what);
}

// SAX handler that tracks the JSON pointer of the current value and stops at the target, or,
// given an index instead, records where every value is.
class PointerFinder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PointerFinder> {
 public:
  PointerFinder(const std::string& target, const rapidjson::StringStream& stream)
      : target_(&target), stream_(stream) {}
  PointerFinder(std::unordered_map<std::string, std::size_t>& index, const rapidjson::StringStream& stream)
      : index_(&index), stream_(stream) {}

  bool Default() { return value(); }
  bool String(const char*, rapidjson::SizeType, bool) { return value(); }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    frames_.back().key.assign(s, n);
    key_offset_ = stream_.Tell();
    return true;
  }
  bool StartObject() { return open(false); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(true); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  bool found = false;
  std::size_t offset = 0;

 private:
  struct Frame {
    bool array;
    std::size_t index = 0;
    std::string key;
  };

  std::string current() const {
    std::string p;
    for (const auto& f : frames_) p = f.array ? pointer_append(p, f.index) : pointer_append(p, f.key);
    return p;
  }
  // Called when a value starts (scalars: after they end, which is on the same line in practice).
  bool at_value() {
    if (index_) {
      index_->emplace(current(), value_offset());
      return true;
    }
    if (current() == *target_) {
      found = true;
      offset = value_offset();
      return false;  // stop parsing
    }
    return true;
  }
  // For object members the key, which is where a reader looks.
  std::size_t value_offset() const { return (!frames_.empty() && !frames_.back().array) ? key_offset_ : stream_.Tell(); }
  void advance() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
  }
  bool value() {
    if (!at_value()) return false;
    advance();
    return true;
  }
  bool open(bool array) {
    if (!at_value()) return false;
    frames_.push_back(Frame{array, 0, {}});
    return true;
  }
  bool close() {
    frames_.pop_back();
    advance();
    return true;
  }

  const std::string* target_ = nullptr;                       // the value sought, or
  std::unordered_map<std::string, std::size_t>* index_ = nullptr;  // where every value goes
  const rapidjson::StringStream& stream_;
  std::vector<Frame> frames_;
  std::size_t key_offset_ = 0;
};

}  // namespace

std::pair<std::size_t, std::size_t> line_col(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;  // count characters, not UTF-8 continuation bytes
    }
  }
  return {line, col};
}

std::string pointer_append(const std::string& base, std::string_view token) {
  std::string out = base + "/";
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string pointer_append(const std::string& base, std::size_t index) {
  return base + "/" + std::to_string(index);
}

Location JsonSource::locate(const std::string& pointer) const {
  Location loc(file);
  loc.json_path = pointer.empty() ? "/" : pointer;
  if (pointer.empty()) return loc;
  if (offsets_) {
    if (auto it = offsets_->find(pointer); it != offsets_->end()) std::tie(loc.line, loc.column) = line_col(text, it->second);
    return loc;
  }
  rapidjson::StringStream stream(text.c_str());
  PointerFinder finder(pointer, stream);
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(stream, finder);
  if (finder.found) {
    auto [line, col] = line_col(text, finder.offset);
    loc.line = line;
    loc.column = col;
  }
  return loc;
}

void JsonSource::index_pointers() {
  auto index = std::make_shared<std::unordered_map<std::string, std::size_t>>();
  rapidjson::StringStream stream(text.c_str());
  PointerFinder indexer(*index, stream);
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(stream, indexer);
  offsets_ = std::move(index);
}

namespace {

// RapidJSON 1.1.0's full-precision number parser reads out of bounds (and overflows) on numbers
// far from any real value: a zero with an exponent or many digits ("0e0176", "0.000...0"),
// hundreds of digits or an exponent past the range of a double ("0.<440 zeros>5"), and more
// significant digits than a 64-bit integer holds (its rounding wraps "18446744073709551615.9" to
// zero). Such numbers never come from the files this tool reads (it writes at most 17
// significant digits; hand-written files hold small numbers), so they are refused before
// RapidJSON sees them. Returns the offset of the first one, with what is wrong.
struct BadNumber {
  std::size_t offset;
  const char* what;
};
std::optional<BadNumber> find_unsupported_number(std::string_view text) {
  constexpr std::size_t kMaxDigits = 40;
  constexpr std::size_t kMaxSignificant = 19;
  constexpr int kMaxExponent = 300;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (c != '-' && (c < '0' || c > '9')) continue;
    const std::size_t start = i;
    if (c == '-') ++i;
    std::size_t digits = 0, first_nonzero = 0, last_nonzero = 0;  // digit positions, from 1
    bool nonzero = false;
    auto read_digits = [&] {
      for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        ++digits;
        if (text[i] == '0') continue;
        if (!nonzero) first_nonzero = digits;
        last_nonzero = digits;
        nonzero = true;
      }
    };
    read_digits();
    if (i < text.size() && text[i] == '.') {
      ++i;
      read_digits();
    }
    bool has_exponent = false;
    int exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
      has_exponent = true;
      ++i;
      if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
      for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        exponent = std::min(exponent * 10 + (text[i] - '0'), 100000);
    }
    if (digits > kMaxDigits) return BadNumber{start, "a number of more than 40 digits"};
    if (nonzero && last_nonzero - first_nonzero + 1 > kMaxSignificant)
      return BadNumber{start, "a number of more than 19 significant digits"};
    if (exponent > kMaxExponent) return BadNumber{start, "a number with an exponent beyond 300"};
    if (!nonzero && (has_exponent || digits > 20)) return BadNumber{start, "a zero written with an exponent or over 20 digits (write 0)"};
    --i;  // the loop's ++i looks at the byte after the number
  }
  return std::nullopt;
}

}  // namespace

void fail_invalid_json(const JsonSource& src, ExitCode code, rapidjson::ParseErrorCode error, std::size_t offset) {
  auto [line, col] = line_col(src.text, offset);
  const bool at_end = error != rapidjson::kParseErrorDocumentEmpty && offset >= src.text.size();
  fail(code, Location(src.file, line, col),
       fmt::format("invalid JSON: {}{}", rapidjson::GetParseError_En(error), at_end ? " (the file ends early: truncated?)" : ""));
}

JsonSource parse_json_text(std::string name, std::string text, ExitCode code) {
  JsonSource src;
  src.file = std::move(name);
  src.text = std::move(text);
  // Full precision: numbers read back exactly as written, so a graph file survives load and save.
  // Iterative: the recursive parser would overflow the stack on deeply nested input ("[[[[...").
  auto invalid = [&](rapidjson::ParseErrorCode error, std::size_t off) { fail_invalid_json(src, code, error, off); };
  if (const auto bad = find_unsupported_number(src.text)) {
    // The first error of the file is the one reported: a syntax error before the number wins.
    // (This parse is in normal precision, which has none of the full-precision bugs.)
    rapidjson::BaseReaderHandler<> ignore;
    rapidjson::Reader reader;
    const std::string before = src.text.substr(0, bad->offset);
    rapidjson::StringStream stream(before.c_str());
    reader.Parse<rapidjson::kParseIterativeFlag>(stream, ignore);
    if (reader.HasParseError() && reader.GetErrorOffset() < bad->offset) invalid(reader.GetParseErrorCode(), reader.GetErrorOffset());
    auto [line, col] = line_col(src.text, bad->offset);
    fail(code, Location(src.file, line, col), fmt::format("unsupported number: {}", bad->what));
  }
  src.doc.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseIterativeFlag>(src.text.c_str(), src.text.size());
  if (src.doc.HasParseError()) invalid(src.doc.GetParseError(), src.doc.GetErrorOffset());
  return src;
}

JsonSource parse_json_file(const std::string& path, ExitCode code) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(code, Location(path), "cannot open file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) fail(code, Location(path), "cannot read file");
  return parse_json_text(path, buf.str(), code);
}

}  // namespace ag
