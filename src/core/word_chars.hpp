// core/word_chars.hpp: is there a word character at or before a byte offset of UTF-8 text?
//
// Whole-word matching needs to know whether the neighbour of a match is part of a word. ASCII
// letters and digits are; so are letters of other scripts (Cyrillic, CJK, ...). Punctuation and
// spaces are not, including the multi-byte ones news text is full of: ’ “ ” – — … and NBSP.
// Invalid UTF-8 counts as a word character (the safe side: no match next to garbage).
#pragma once

#include <cstddef>
#include <string_view>

namespace ag {

// Decodes the code point starting at `i` (which must be < text.size()); sets `len` to its byte
// length (1 for an invalid byte, which decodes to U+FFFD).
char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t& len);

bool is_word_codepoint(char32_t c);

// True if the character starting at byte `i` is a word character (false at the end of text).
bool word_char_at(std::string_view text, std::size_t i);
// True if the character ending just before byte `i` is a word character (false at the start).
bool word_char_before(std::string_view text, std::size_t i);

// The ASCII lower case of a byte, other bytes unchanged: std::tolower of the "C" locale, inline,
// for the matchers and the normalizer, which fold text a byte at a time.
constexpr unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; }
// std::isspace of the "C" locale, inline: space, \t, \n, \v, \f, \r.
constexpr bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace ag
