// tests/read/read_test_support.hpp: running the reader into vectors, and scratch directories.
#pragma once

#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "read/reader.hpp"

// Lists of strings print one per line when a check fails.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += "\n  \"" + s + "\"";
    return (out + "\n}").c_str();
  }
};
}  // namespace doctest

namespace ag::test {

// Everything one read_documents call produced.
struct ReadResult {
  std::vector<Document> docs;
  std::vector<Warning> warnings;

  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const auto& d : docs) out.push_back(d.id);
    return out;
  }
  // "file:line: message" of every warning, with `strip` removed from the front of file names.
  std::vector<std::string> warning_lines(const std::string& strip = {}) const {
    std::vector<std::string> out;
    for (const auto& w : warnings) {
      std::string where = w.where.str();
      if (!strip.empty() && where.starts_with(strip)) where.erase(0, strip.size());
      out.push_back(where + ": " + w.message);
    }
    return out;
  }
};

inline ReadResult read_all(const std::vector<std::string>& inputs, const ReadOptions& options = {}) {
  ReadResult r;
  read_documents(
      inputs, options, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const Warning& w) { r.warnings.push_back(w); });
  return r;
}

// The message of the InputError that reading `inputs` throws ("" if none is thrown).
inline std::string read_error(const std::vector<std::string>& inputs, const ReadOptions& options = {}) {
  try {
    read_all(inputs, options);
  } catch (const InputError& e) {
    return e.message();
  }
  return {};
}

inline std::string fixture(const std::string& name) {
  return std::string(ACTORGRAPH_TEST_DATA) + "/read/fixtures/" + name;
}

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it at the end of scope.
class ScratchDir {
 public:
  ScratchDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/actorgraph-read-XXXXXX";
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path_ = tmpl;
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    std::error_code ec;
    // Restore permissions a test may have taken away, so that removal works.
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_symlink()) ::chmod(it->path().c_str(), 0700);
    }
    std::filesystem::remove_all(path_, ec);
  }

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

  // Writes `bytes` to `name` (creating parent folders) and returns its path.
  std::string write(const std::string& name, const std::string& bytes) const {
    const std::string p = *this / name;
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

 private:
  std::string path_;
};

}  // namespace ag::test
