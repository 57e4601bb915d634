// graph/spill_file.cpp: writing and reading a run of the graph being assembled.
#include "graph/spill_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "core/error.hpp"

namespace ag {
namespace {

constexpr std::size_t kBufferBytes = std::size_t{1} << 18;  // write and read in 256 KiB steps

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw OutputError(Location(where), what + ": " + std::strerror(errno));
}

}  // namespace

SpillFile::SpillFile(const std::string& directory) : where_(directory.empty() ? "." : directory) {
  std::string pattern = where_ + "/.actorgraph-spill.XXXXXX";
  fd_ = ::mkstemp(pattern.data());
  if (fd_ < 0) fail(where_, "cannot create a scratch file for the graph being assembled");
  ::unlink(pattern.c_str());  // gone from the folder now; the descriptor keeps it until closed
  buffer_.reserve(kBufferBytes);
}

SpillFile::SpillFile(SpillFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      documents_done_(other.documents_done_),
      where_(std::move(other.where_)),
      buffer_(std::move(other.buffer_)) {}

SpillFile& SpillFile::operator=(SpillFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    documents_done_ = other.documents_done_;
    where_ = std::move(other.where_);
    buffer_ = std::move(other.buffer_);
  }
  return *this;
}

SpillFile::~SpillFile() {
  if (fd_ >= 0) ::close(fd_);
}

void SpillFile::flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(where_, "cannot write a scratch file for the graph being assembled");
    done += static_cast<std::size_t>(n);
  }
  buffer_.clear();
}

void SpillFile::number(std::uint64_t v) {
  while (v >= 0x80) {
    buffer_ += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  buffer_ += static_cast<char>(v);
}

void SpillFile::text(const std::string& s) {
  number(s.size());
  buffer_ += s;
  if (buffer_.size() >= kBufferBytes) flush();
}

void SpillFile::span(Span s) {
  number(s.begin);
  number(s.end);
}

void SpillFile::amounts(const std::vector<Amount>& list) {
  number(list.size());
  for (const Amount& a : list) {
    number(std::bit_cast<std::uint64_t>(a.value));
    text(a.currency);
    text(a.text);
    span(a.span);
  }
}

void SpillFile::write_document(const DocumentInfo& d) {
  number(1);
  text(d.id);
  text(d.title);
  text(d.date);
  text(d.hash);
}

void SpillFile::write_documents(const std::vector<DocumentInfo>& documents) {
  for (const DocumentInfo& d : documents) write_document(d);
}

void SpillFile::end_documents() {
  if (documents_done_) return;
  number(0);
  documents_done_ = true;
}

void SpillFile::write_edge(const SpilledEdge& s) {
  const RelationEdge& e = s.edge;
  end_documents();
  number(1);
  number(s.source);
  number(s.target);
  number(s.relation);
  number(e.weight);
  number(e.documents);
  number(e.negated);
  number(e.hedged);
  text(e.first_date);
  text(e.last_date);
  amounts(e.amounts);
  number(e.evidence.size());
  for (const Evidence& ev : e.evidence) {
    text(ev.doc);
    span(ev.sentence);
    text(ev.text);
    text(ev.rule);
    span(ev.trigger);
    span(ev.source_span);
    span(ev.target_span);
    number((ev.negated ? 1u : 0u) | (ev.hedged ? 2u : 0u));
    text(ev.date);
    amounts(ev.amounts);
  }
  if (buffer_.size() >= kBufferBytes) flush();
}

void SpillFile::finish() {
  end_documents();
  number(0);
  flush();
}

SpillFile::Reader::Reader(const SpillFile& file) : fd_(file.fd_), where_(file.where_), buffer_(kBufferBytes) {}

void SpillFile::Reader::fill() {
  for (;;) {
    const ssize_t n = ::pread(fd_, buffer_.data(), buffer_.size(), static_cast<off_t>(offset_));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(where_, "cannot read back a scratch file of the graph being assembled");
    // Only this process wrote the file, from a run it checked: a short file is a bug, not input.
    if (n == 0) throw OutputError(Location(where_), "a scratch file of the graph being assembled ends early");
    offset_ += static_cast<std::uint64_t>(n);
    at_ = 0;
    end_ = static_cast<std::size_t>(n);
    return;
  }
}

std::uint8_t SpillFile::Reader::byte() {
  if (at_ == end_) fill();
  return static_cast<std::uint8_t>(buffer_[at_++]);
}

std::uint64_t SpillFile::Reader::number() {
  std::uint64_t v = 0;
  for (unsigned shift = 0;; shift += 7) {
    const std::uint8_t b = byte();
    v |= std::uint64_t{b & 0x7Fu} << shift;
    if (!(b & 0x80)) return v;
  }
}

void SpillFile::Reader::text(std::string& s) {
  const std::size_t n = static_cast<std::size_t>(number());
  s.clear();
  s.reserve(n);
  while (s.size() < n) {
    if (at_ == end_) fill();
    const std::size_t take = std::min(n - s.size(), end_ - at_);
    s.append(buffer_.data() + at_, take);
    at_ += take;
  }
}

Span SpillFile::Reader::span() {
  Span s;
  s.begin = static_cast<std::size_t>(number());
  s.end = static_cast<std::size_t>(number());
  return s;
}

void SpillFile::Reader::amounts(std::vector<Amount>& out) {
  out.resize(static_cast<std::size_t>(number()));
  for (Amount& a : out) {
    a.value = std::bit_cast<double>(number());
    text(a.currency);
    text(a.text);
    a.span = span();
  }
}

bool SpillFile::Reader::next_document(DocumentInfo& d) {
  if (in_edges_) return false;
  if (number() == 0) {
    in_edges_ = true;
    return false;
  }
  text(d.id);
  text(d.title);
  text(d.date);
  text(d.hash);
  return true;
}

bool SpillFile::Reader::next_edge(SpilledEdge& s) {
  for (DocumentInfo skipped; next_document(skipped);) {
  }
  if (edges_done_) return false;
  if (number() == 0) {
    edges_done_ = true;
    return false;
  }
  RelationEdge& e = s.edge;
  s.source = static_cast<std::uint32_t>(number());
  s.target = static_cast<std::uint32_t>(number());
  s.relation = static_cast<std::uint32_t>(number());
  e.weight = number();
  e.documents = number();
  e.negated = number();
  e.hedged = number();
  text(e.first_date);
  text(e.last_date);
  amounts(e.amounts);
  e.evidence.resize(static_cast<std::size_t>(number()));
  for (Evidence& ev : e.evidence) {
    text(ev.doc);
    ev.sentence = span();
    text(ev.text);
    text(ev.rule);
    ev.trigger = span();
    ev.source_span = span();
    ev.target_span = span();
    const std::uint64_t flags = number();
    ev.negated = flags & 1u;
    ev.hedged = flags & 2u;
    text(ev.date);
    amounts(ev.amounts);
  }
  return true;
}

}  // namespace ag
