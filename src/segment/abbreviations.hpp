// segment/abbreviations.hpp: is the period at a given offset part of an abbreviation, and would the
// word after it start a new sentence?
//
// Not every abbreviation is equally sure. A title ("Mr.", "Gen.", "Sen.") never ends a sentence: a
// name follows. A dotted acronym ("U.S.", "a.m.") or an initial ("George W. Bush"), a month
// ("Jan.") or a company suffix ("Inc.", "Co.") may end one, so they end a sentence only before a
// word that typically starts one ("... imposed by the U.S. The move ..."). "No.", "Art.", "Vol."
// are abbreviations only before a number ("No. 10"). Everything else ("etc.", "2023.") is a
// word like any other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ag::segment_detail {

enum class Abbreviation : std::uint8_t {
  none,           // an ordinary word: the period ends a sentence before a capital
  title,          // never ends a sentence
  ambiguous,      // ends a sentence only before a sentence starter
  before_number,  // an abbreviation only before a digit
};

// Classifies the word that ends at the period `text[dot]`.
Abbreviation abbreviation_before(std::string_view text, std::size_t dot);

// True if the word starting at `i` is one that typically opens a sentence ("The", "It", "But",
// "However", ...), compared as whole ASCII words, case-sensitively.
bool sentence_starter_at(std::string_view text, std::size_t i);

}  // namespace ag::segment_detail
