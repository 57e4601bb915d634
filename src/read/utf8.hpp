// read/utf8.hpp: UTF-8 validation for the reader.
//
// Documents keep their original bytes, valid or not; the reader only needs to know whether (and
// where) a text stops being UTF-8 so that it can say so. Validation follows RFC 3629: overlong
// forms, UTF-16 surrogates (U+D800..U+DFFF), code points above U+10FFFF and truncated sequences are
// all invalid.
#pragma once

#include <cstddef>
#include <string_view>

namespace ag {

inline constexpr std::size_t kValidUtf8 = static_cast<std::size_t>(-1);

// Returns the byte offset of the first byte of the first invalid sequence in `text`, or kValidUtf8
// when the whole text is valid UTF-8. Runs in linear time; never reads outside `text`.
std::size_t find_invalid_utf8(std::string_view text);

inline bool is_valid_utf8(std::string_view text) { return find_invalid_utf8(text) == kValidUtf8; }

}  // namespace ag
