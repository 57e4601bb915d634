// tests/fuzz/jsonl_reader_fuzz.cpp: bytes as a *.jsonl input -> read_documents().
//
// The first byte picks the options (bit 0: --strict; bit 1: a 64-byte line limit, so that the
// too-long-line path is reached with small inputs); the rest is written to a scratch .jsonl file
// and read through the public entry point. Warnings and InputErrors are fine; every document that
// comes out must have a non-empty UTF-8 id and a non-blank text, and every warning a file and line.
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "read/reader.hpp"
#include "read/utf8.hpp"
#include "fuzz_check.hpp"

namespace {

// A scratch file of this process, in memory where the system allows (/dev/shm).
const std::string& scratch_path() {
  static const std::string path = [] {
    const char* dir = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : (std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    return std::string(dir) + "/actorgraph-fuzz-" + std::to_string(::getpid()) + ".jsonl";
  }();
  return path;
}

void remove_scratch() { ::unlink(scratch_path().c_str()); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool registered = (std::atexit(remove_scratch), true);
  (void)registered;
  if (size == 0) return 0;
  ag::ReadOptions options;
  options.strict = (data[0] & 1) != 0;
  if ((data[0] & 2) != 0) options.max_line_bytes = 64;
  {
    std::ofstream out(scratch_path(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  auto on_document = [](ag::Document&& doc) {
    FUZZ_CHECK(!doc.id.empty());
    FUZZ_CHECK(ag::is_valid_utf8(doc.id));
    FUZZ_CHECK(!doc.text.empty());
  };
  auto on_warning = [](const ag::Warning& w) {
    FUZZ_CHECK(w.where.file == scratch_path());
    FUZZ_CHECK(w.where.line > 0);
  };
  try {
    ag::read_documents({scratch_path()}, options, on_document, on_warning);
  } catch (const ag::Error& e) {
    FUZZ_CHECK(e.code() == ag::ExitCode::input);
    FUZZ_CHECK(options.strict);  // without --strict a readable file never fails
    FUZZ_CHECK(e.where().file == scratch_path());
  }
  return 0;
}
