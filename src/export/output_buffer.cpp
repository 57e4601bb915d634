// export/output_buffer.cpp: block-buffered output for the exporters (see the header).
#include "export/output_buffer.hpp"

#include <charconv>
#include <iterator>

#include <fmt/format.h>

#include "export/xml_escape.hpp"

namespace ag::detail {

OutputBuffer::OutputBuffer(std::ostream& out) : out_(out) {
  bytes_.reserve(kBlock + kBlock / 4);  // a block plus the element that fills it, mostly
}

void OutputBuffer::count(std::uint64_t value) {
  char digits[20];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  bytes_.append(digits, end);
}

void OutputBuffer::number(double value) { fmt::format_to(std::back_inserter(bytes_), "{}", value); }

void OutputBuffer::xml(std::string_view text) { append_xml_escaped(bytes_, text); }

void OutputBuffer::flush() {
  out_.write(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
  bytes_.clear();
}

}  // namespace ag::detail
