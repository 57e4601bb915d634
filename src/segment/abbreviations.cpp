// segment/abbreviations.cpp: the abbreviation lists and their lookup (see the header).
//
// The lists are sorted arrays searched with std::binary_search: small, allocation-free, and easy
// to extend. A token is read backwards from the period over ASCII letters and periods, so
// "U.S." gives "U.S", "e.g." gives "e.g" and "Mr." gives "Mr".
#include "segment/abbreviations.hpp"

#include <algorithm>
#include <array>

#include "core/word_chars.hpp"
#include "segment/chars.hpp"

namespace ag::segment_detail {
namespace {

using namespace std::string_view_literals;

// Titles and Latin abbreviations that are followed by more of the same sentence.
constexpr auto kTitles = std::to_array<std::string_view>({
    "Adm"sv, "Amb"sv, "Atty"sv, "Brig"sv, "Capt"sv, "Cdr"sv, "Cmdr"sv, "Col"sv, "Cpl"sv, "Dr"sv,
    "E.g"sv, "Fr"sv, "Gen"sv, "Gov"sv, "Hon"sv, "I.e"sv, "Lt"sv, "Maj"sv, "Messrs"sv, "Mlle"sv,
    "Mme"sv, "Mr"sv, "Mrs"sv, "Ms"sv, "Mx"sv, "Pres"sv, "Prof"sv, "Rep"sv, "Reps"sv, "Rev"sv,
    "Sen"sv, "Sens"sv, "Sgt"sv, "Supt"sv, "approx"sv, "cf"sv, "e.g"sv, "i.e"sv, "vs"sv,
});

// Abbreviations that often end a sentence too.
constexpr auto kAmbiguous = std::to_array<std::string_view>({
    "Apr"sv, "Assn"sv, "Aug"sv, "Ave"sv, "Blvd"sv, "Bros"sv, "Co"sv, "Corp"sv, "Cos"sv, "Dec"sv,
    "Dept"sv, "Feb"sv, "Ft"sv, "Inc"sv, "Jan"sv, "Jr"sv, "Jul"sv, "Jun"sv, "Ltd"sv, "Mar"sv,
    "Mt"sv, "Nov"sv, "Oct"sv, "Rd"sv, "Sep"sv, "Sept"sv, "Sr"sv, "St"sv, "Univ"sv, "al"sv,
});

// Abbreviations only before a number: "No. 10", "Art. 5".
constexpr auto kBeforeNumber = std::to_array<std::string_view>({
    "Art"sv, "Ch"sv, "Fig"sv, "No"sv, "Nos"sv, "Nr"sv, "Para"sv, "Sec"sv, "Vol"sv, "pp"sv,
});

// Words that typically open a sentence.
constexpr auto kStarters = std::to_array<std::string_view>({
    "A"sv, "After"sv, "Also"sv, "Although"sv, "An"sv, "And"sv, "As"sv, "At"sv, "But"sv, "By"sv,
    "During"sv, "For"sv, "He"sv, "Her"sv, "His"sv, "How"sv, "However"sv, "I"sv, "If"sv, "In"sv,
    "It"sv, "Its"sv, "Meanwhile"sv, "No"sv, "On"sv, "Our"sv, "She"sv, "Since"sv, "So"sv, "That"sv,
    "The"sv, "Their"sv, "There"sv, "These"sv, "They"sv, "This"sv, "Those"sv, "Thus"sv, "We"sv,
    "What"sv, "When"sv, "While"sv, "Yet"sv,
});

template <std::size_t N>
constexpr bool sorted(const std::array<std::string_view, N>& words) {
  return std::is_sorted(words.begin(), words.end());
}
static_assert(sorted(kTitles) && sorted(kAmbiguous) && sorted(kBeforeNumber) && sorted(kStarters),
              "keep the word lists sorted (binary search)");

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::binary_search(words.begin(), words.end(), word);
}

// "U.S", "Ph.D", "a.m": two or more pieces of one or two letters, separated by periods.
bool dotted_acronym(std::string_view token) {
  std::size_t piece = 0, pieces = 1;
  for (const char c : token) {
    if (c == '.') {
      if (piece == 0) return false;
      piece = 0;
      ++pieces;
    } else if (++piece > 2) {
      return false;
    }
  }
  return pieces >= 2 && piece > 0;
}

Abbreviation classify(std::string_view token) {
  if (listed(kTitles, token)) return Abbreviation::title;
  if (dotted_acronym(token)) return Abbreviation::ambiguous;
  if (const std::size_t dot = token.rfind('.'); dot != std::string_view::npos) token.remove_prefix(dot + 1);
  if (token.size() == 1 && ascii_upper(static_cast<unsigned char>(token[0]))) return Abbreviation::ambiguous;
  if (listed(kAmbiguous, token)) return Abbreviation::ambiguous;
  if (listed(kBeforeNumber, token)) return Abbreviation::before_number;
  return Abbreviation::none;
}

}  // namespace

Abbreviation abbreviation_before(std::string_view text, std::size_t dot) {
  constexpr std::size_t kLongest = 12;  // longer tokens are words, not abbreviations
  std::size_t begin = dot;
  while (begin > 0 && dot - begin <= kLongest) {
    const unsigned char c = byte_at(text, begin - 1);
    if (!ascii_letter(c) && c != '.') break;
    --begin;
  }
  while (begin < dot && text[begin] == '.') ++begin;
  if (begin == dot || dot - begin > kLongest) return Abbreviation::none;
  if (word_char_before(text, begin) || (begin > 0 && text[begin - 1] == '\'')) return Abbreviation::none;
  return classify(text.substr(begin, dot - begin));
}

bool sentence_starter_at(std::string_view text, std::size_t i) {
  constexpr std::size_t kLongestStarter = 9;  // "Meanwhile"; longer words need no scan to the end
  std::size_t end = i;
  while (end < text.size() && end - i <= kLongestStarter && ascii_letter(byte_at(text, end))) ++end;
  if (end == i || end - i > kLongestStarter || word_char_at(text, end)) return false;
  return listed(kStarters, text.substr(i, end - i));
}

}  // namespace ag::segment_detail
