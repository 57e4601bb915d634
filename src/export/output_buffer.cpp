// export/output_buffer.cpp: block-buffered output for the exporters (see the header).
#include "export/output_buffer.hpp"

#include <charconv>
#include <iterator>

#include <fmt/format.h>

#include "core/ordered_render.hpp"
#include "export/xml_escape.hpp"

namespace ag::detail {

OutputBuffer::OutputBuffer(std::ostream& out) : out_(&out), bytes_(own_) {
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
  if (!out_) return;
  out_->write(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
  bytes_.clear();
}

void OutputBuffer::elements(std::size_t count, unsigned threads,
                            const std::function<void(OutputBuffer&, std::size_t)>& one) {
  if (!out_ || effective_threads(threads) == 1) {  // (a run of an outer elements() call renders its own elements)
    for (std::size_t i = 0; i < count; ++i) {
      one(*this, i);
      flush_if_full();
    }
    return;
  }
  flush();
  constexpr std::size_t kRun = 256;  // elements per run: a few hundred KB of XML or CSV
  render_in_order(
      count, threads, kRun,
      [&](std::size_t begin, std::size_t end, std::string& text) {
        OutputBuffer run(text);
        for (std::size_t i = begin; i < end; ++i) one(run, i);
      },
      [&](const std::string& text) { out_->write(text.data(), static_cast<std::streamsize>(text.size())); });
}

}  // namespace ag::detail
