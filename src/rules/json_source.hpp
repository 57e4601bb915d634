// rules/json_source.hpp: parsing a user's JSON file without losing where things are.
//
// RapidJSON's DOM keeps no positions, so errors found after parsing (schema violations, bad
// patterns, duplicate ids) are located by walking the text once more with the SAX reader until it
// reaches the JSON pointer of the offending value. Parse errors become "file:line:col: message".
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <rapidjson/document.h>

#include "core/error.hpp"

namespace ag {

// A parsed JSON file with its text kept for locating values.
struct JsonSource {
  std::string file;
  std::string text;
  rapidjson::Document doc;

  // A Location for the value at `pointer` ("/actors/3/id"): file, line, column and the pointer.
  // Walks the text again, unless index_pointers() was called.
  Location locate(const std::string& pointer) const;
  // Records where every value of the file is, in one pass, so that locate() becomes a lookup: for
  // files whose every item is located (the rule loader notes where each rule and example is).
  void index_pointers();

 private:
  std::shared_ptr<const std::unordered_map<std::string, std::size_t>> offsets_;  // pointer -> byte
};

// Line and column (1-based) of byte `offset` in `text`.
std::pair<std::size_t, std::size_t> line_col(std::string_view text, std::size_t offset);

// Reads and parses `path`. Throws `Err` (RuleError or GraphError) with file:line:col on failure.
JsonSource parse_json_file(const std::string& path, ExitCode code);
JsonSource parse_json_text(std::string name, std::string text, ExitCode code);

// Throws the error for a JSON syntax error at byte `offset` of `src.text`: "invalid JSON: ..." at
// file:line:col, noting a file that ends early.
[[noreturn]] void fail_invalid_json(const JsonSource& src, ExitCode code, rapidjson::ParseErrorCode error,
                                    std::size_t offset);

// Appends a JSON-pointer token, escaping "~" and "/".
std::string pointer_append(const std::string& base, std::string_view token);
std::string pointer_append(const std::string& base, std::size_t index);

}  // namespace ag
