// cli/progress.cpp: the progress line of `build` and `extract` (see the header).
#include "cli/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

namespace ag::cli {

namespace {

constexpr double kMB = 1024.0 * 1024.0;

std::string clock_text(double seconds) {
  const auto s = static_cast<std::uint64_t>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::uint64_t tree_bytes(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::uint64_t sum = 0;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().starts_with('.')) {  // the reader skips hidden entries
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) sum += it->file_size(ec);
  }
  return sum;
}

}  // namespace

ProgressLine::ProgressLine(std::ostream& out, Clock clock, bool enabled, std::optional<std::uint64_t> total_bytes)
    : out_(out), clock_(std::move(clock)), enabled_(enabled), total_(total_bytes) {
  if (enabled_) start_ = last_draw_ = clock_();
}

ProgressLine::~ProgressLine() {
  if (drawn_ && !finished_) out_ << '\n' << std::flush;
}

void ProgressLine::add_document(std::uint64_t bytes) {
  ++docs_;
  bytes_ += bytes;
  if (!enabled_ || finished_) return;
  const double now = clock_();
  if (now - start_ < kDelay || (drawn_ && now - last_draw_ < kInterval)) return;
  draw(now);
}

void ProgressLine::clear() {
  if (shown_ == 0) return;
  out_ << '\r' << std::string(shown_, ' ') << '\r' << std::flush;
  shown_ = 0;
}

void ProgressLine::finish() {
  if (!drawn_ || finished_) return;
  draw(clock_());
  out_ << '\n' << std::flush;
  finished_ = true;
}

void ProgressLine::draw(double now) {
  const std::string line = format(docs_, bytes_, now - start_, total_);
  // Pad over the rest of a longer previous line instead of relying on terminal escape codes.
  out_ << '\r' << line << std::string(shown_ > line.size() ? shown_ - line.size() : 0, ' ') << std::flush;
  shown_ = std::max(shown_, line.size());
  last_draw_ = now;
  drawn_ = true;
}

std::string ProgressLine::format(std::uint64_t docs, std::uint64_t bytes, double seconds,
                                 std::optional<std::uint64_t> total_bytes) {
  const double mb = static_cast<double>(bytes) / kMB;
  const double rate = seconds > 0 ? mb / seconds : 0;
  std::string line = fmt::format("{} docs  {:.1f} MB", docs, mb);
  if (total_bytes && *total_bytes > 0) {
    // Document text is a little smaller than its JSON Lines file: never show more than 100%.
    const double total_mb = static_cast<double>(*total_bytes) / kMB;
    const double share = std::min(mb / total_mb, 1.0);
    line += fmt::format(" / {:.1f} MB ({:.0f}%)", total_mb, share * 100);
  }
  line += fmt::format("  {:.1f} MB/s", rate);
  if (total_bytes && rate > 0) {
    const double left = std::max(static_cast<double>(*total_bytes) / kMB - mb, 0.0);
    line += "  ETA " + clock_text(left / rate);
  }
  return line;
}

double steady_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::optional<std::uint64_t> input_bytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::uint64_t sum = 0;
  for (const auto& input : inputs) {
    if (input == "-") return std::nullopt;
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec) continue;
    if (fs::is_directory(st)) {
      sum += tree_bytes(input);
    } else if (fs::is_regular_file(st)) {
      const auto size = fs::file_size(input, ec);
      if (!ec) sum += size;
    }
  }
  return sum;
}

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

ProgressLine terminal_progress(const std::vector<std::string>& inputs, bool quiet) {
  const bool enabled = !quiet && isatty(STDERR_FILENO) == 1;
  return ProgressLine(std::cerr, steady_seconds, enabled, enabled ? input_bytes(inputs) : std::nullopt);
}

}  // namespace ag::cli
