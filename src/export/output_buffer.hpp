// export/output_buffer.hpp: the bytes of an export, gathered in memory and passed to the stream
// in large blocks.
//
// An export of a large graph is millions of small pieces (an attribute, a number, a tag). Each
// `std::ostream <<` costs a sentry and a virtual call, and building a std::string per piece
// costs an allocation; together they were most of the time of a GEXF export. Writers append
// into one OutputBuffer instead: numbers are formatted in place, XML text is escaped in place,
// and the stream sees one write per block. The elements of a long list are rendered on several
// threads in runs and passed on in order (elements()): the same bytes for any number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace ag::detail {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out);
  // Gathers into `text` and never passes anything on: one run of elements().
  explicit OutputBuffer(std::string& text) : out_(nullptr), bytes_(text) {}
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  // As is. Inline: most pieces are short literals, and a call each would cost more than the copy.
  OutputBuffer& operator<<(std::string_view text) {
    bytes_.append(text);
    return *this;
  }
  OutputBuffer& operator<<(char c) {
    bytes_ += c;
    return *this;
  }
  void count(std::uint64_t value);                  // decimal, as std::to_string writes it
  void number(double value);                        // as format_number() writes it
  void xml(std::string_view text);                  // as xml_escape() writes it

  // Passes the gathered bytes on once they fill a block; writers call it after each element.
  void flush_if_full() {
    if (out_ && bytes_.size() >= kBlock) flush();
  }
  // Passes every gathered byte on. Writers call it when they are done: the destructor does not
  // (a stream write may throw, and an export that failed half-way need not write its rest).
  void flush();

  // Elements 0..count-1, element i written by one(buffer, i) (a function of i alone), rendered on
  // `threads` threads (0: every core) and passed on in order; flushes what came before them.
  void elements(std::size_t count, unsigned threads, const std::function<void(OutputBuffer&, std::size_t)>& one);

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 16;
  std::ostream* out_;
  std::string own_;     // (declared before bytes_, which may refer to it)
  std::string& bytes_;
};

}  // namespace ag::detail
