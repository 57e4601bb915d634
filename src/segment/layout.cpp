// segment/layout.cpp: telling hard-wrapped text from one-paragraph-per-line text (see the header).
#include "segment/layout.hpp"

#include <algorithm>
#include <cstring>

#include "segment/chars.hpp"

namespace ag::segment_detail {
namespace {

// A line without the white space around it.
struct Line {
  std::size_t begin = 0, end = 0;
  bool blank() const { return begin == end; }
  std::size_t size() const { return end - begin; }
};

Line trimmed_line(std::string_view t, std::size_t begin, std::size_t end) {
  while (begin < end && ascii_space(byte_at(t, begin))) ++begin;
  while (end > begin && ascii_space(byte_at(t, end - 1))) --end;
  return {begin, end};
}

bool ends_in_punctuation(std::string_view t, const Line& line) {
  const char c = t[line.end - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

Layout detect_layout(std::string_view t) {
  std::size_t pairs = 0, soft = 0, wrap_width = 0;
  Line previous;
  std::size_t begin = 0;
  while (begin < t.size()) {
    const void* newline = std::memchr(t.data() + begin, '\n', t.size() - begin);
    const std::size_t end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - t.data()) : t.size();
    const Line line = trimmed_line(t, begin, end);
    if (!line.blank() && !previous.blank()) {
      ++pairs;
      // A line that stops mid-sentence and goes on in lower case: the text is wrapped.
      if (ascii_lower(byte_at(t, line.begin)) && !ends_in_punctuation(t, previous)) {
        ++soft;
        wrap_width = std::max(wrap_width, previous.size());
      }
    }
    previous = line;
    begin = end + 1;
  }
  Layout layout;
  layout.wrapped = soft >= 2 && soft * 4 >= pairs;
  layout.short_line = wrap_width * 3 / 4;
  return layout;
}

}  // namespace ag::segment_detail
