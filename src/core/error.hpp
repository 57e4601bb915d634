// core/error.hpp: the typed errors of actorgraph.
//
// The library never prints. A stage that meets bad input throws one of these, carrying the
// location (file, line, column, or a JSON path / byte offset) and what is wrong; `main` is the one
// catch site that prints "where: message" and maps the kind to a documented exit code.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace ag {

// Exit codes, documented in README.md ("Exit codes"). Keep the two in step.
enum class ExitCode : int {
  ok = 0,
  check_failed = 1,   // `check` found failing examples; a query found nothing to show
  usage = 2,          // bad command line
  input = 3,          // a document could not be read (missing, unreadable, bad JSONL under --strict)
  rules = 4,          // a rule file is invalid
  graph = 5,          // a graph file is truncated, corrupt, of another version or other rules
  output = 6,         // an output file could not be written
  interrupted = 130,  // SIGINT
};

// Where a problem is: a file and, when known, a line and column, or a JSON path, or a byte offset.
struct Location {
  Location() = default;
  explicit Location(std::string f, std::size_t l = 0, std::size_t c = 0)
      : file(std::move(f)), line(l), column(c) {}
  static Location at_path(std::string f, std::string path) {
    Location loc(std::move(f));
    loc.json_path = std::move(path);
    return loc;
  }
  static Location at_offset(std::string f, std::size_t off) {
    Location loc(std::move(f));
    loc.offset = off;
    return loc;
  }

  std::string file;
  std::size_t line = 0;    // 1-based; 0 = unknown
  std::size_t column = 0;  // 1-based; 0 = unknown
  std::string json_path;   // e.g. "/actors/12/aliases/3"; empty = unknown
  std::size_t offset = static_cast<std::size_t>(-1);  // byte offset; -1 = unknown

  // "file:line:col", "file:line", "file (at /json/path)", "file (byte 123)", or "file".
  std::string str() const;
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, Location where, const std::string& what)
      : std::runtime_error(what), code_(code), where_(std::move(where)) {}
  ExitCode code() const noexcept { return code_; }
  const Location& where() const noexcept { return where_; }
  // "where: what", the line `main` prints after "actorgraph: ".
  std::string message() const;

 private:
  ExitCode code_;
  Location where_;
};

struct UsageError : Error {
  explicit UsageError(const std::string& what) : Error(ExitCode::usage, {}, what) {}
};
struct InputError : Error {
  InputError(Location where, const std::string& what) : Error(ExitCode::input, std::move(where), what) {}
};
struct RuleError : Error {
  RuleError(Location where, const std::string& what) : Error(ExitCode::rules, std::move(where), what) {}
};
struct GraphError : Error {
  GraphError(Location where, const std::string& what) : Error(ExitCode::graph, std::move(where), what) {}
};
struct OutputError : Error {
  OutputError(Location where, const std::string& what) : Error(ExitCode::output, std::move(where), what) {}
};

}  // namespace ag
