// segment/segmenter.cpp: one pass over a document, cutting it into sentences.
//
// The loop skips, with a 256-entry table, every byte that cannot matter (letters, digits, most
// punctuation, UTF-8 continuation bytes) and stops only at line breaks, sentence-final
// punctuation and the lead bytes of the multi-byte characters that can be either. There:
//
// - Sentence-final punctuation (". ! ? …", with closing quotes and brackets after it) ends a
//   sentence when white space and then a possible sentence start follow (an upper-case letter, a
//   digit, an opening quote, a letter of a script without case, ...). A period after an
//   abbreviation is judged by segment/abbreviations.hpp; a period inside "3.14" or "$1.5" has no
//   white space after it. CJK full stops end a sentence with nothing after them.
// - A blank line always ends a sentence; so does a line break before a list item. Any other line
//   break ends one when the line reads like a headline: it has no final punctuation, does not end
//   in a connector ("," "and" "of" ...), and the next line starts like a sentence. In hard-wrapped
//   text (segment/layout.hpp) only short lines can be headlines, and final punctuation at the end
//   of a line is judged as if the line break were a space.
//
// Sentences are trimmed of white space and list markers. A sentence longer than
// kMaxSentenceBytes (a table, a run-on list) is cut at white space, so later stages never see an
// unbounded sentence. Nothing is allocated except the output vector.
#include "segment/segmenter.hpp"

#include <array>
#include <cstring>

#include "segment/abbreviations.hpp"
#include "segment/chars.hpp"
#include "segment/layout.hpp"

namespace ag {
namespace {

using namespace segment_detail;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// The bytes the loop must look at: line breaks, . ! ? and lead bytes of … ” ’ 。 ！ ？ ؟ । and the
// Unicode line and paragraph separators.
constexpr std::array<bool, 256> kStops = [] {
  std::array<bool, 256> stops{};
  for (const unsigned char c : {'\n', '.', '!', '?'}) stops[c] = true;
  for (const unsigned char c : {0xD8, 0xE0, 0xE2, 0xE3, 0xEF}) stops[c] = true;
  return stops;
}();

// Words that leave a line unfinished when they end it.
bool connector_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor",
      "of", "on", "or", "than", "that", "the", "to", "which", "who", "whose", "with", "its"};
  for (const std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

class Splitter {
 public:
  Splitter(std::string_view text, std::vector<Sentence>& out)
      : t_(text), out_(out), layout_(detect_layout(text)) {}

  void run() {
    start_line(0);
    const std::size_t n = t_.size();
    std::size_t i = 0;
    while (i < n) {
      while (i < n && !kStops[byte_at(t_, i)]) ++i;
      if (i < n) i = step(i);
    }
    emit(start_, n);
  }

 private:
  std::size_t step(std::size_t i) {
    if (t_[i] == '\n') return line_break(i);
    bool always = false;
    if (terminal_at(t_, i, always) > 0) return terminal(i);
    if (has3(t_, i, 0xE2, 0x80, 0xA8) || has3(t_, i, 0xE2, 0x80, 0xA9)) {  // line/paragraph separator
      cut(i);
      start_line(i + 3);
      return i + 3;
    }
    return i + 1;
  }

  // --- sentence-final punctuation ---------------------------------------------------------------

  std::size_t terminal(std::size_t i) {
    std::size_t p = i;
    bool always = false, any_always = false;
    while (p < t_.size()) {
      const std::size_t len = terminal_at(t_, p, always);
      if (len == 0) break;
      any_always = any_always || always;
      p += len;
    }
    std::size_t q = p;
    while (q < t_.size()) {
      const std::size_t len = closer_at(t_, q);
      if (len == 0) break;
      q += len;
    }
    q += footnote_at(i, q);
    terminal_end_ = q;
    if (any_always) {
      cut(q);
    } else if (q < t_.size() && space_at(t_, q) > 0 && ends_sentence(i, p, q)) {
      cut(q);
    }
    return q;
  }

  // A footnote mark right after final punctuation that follows a word: "first time.7 Oil ...",
  // "in 2014.[3] The ..."; returns its length when white space follows it. (After a digit, ".7"
  // is a decimal.)
  std::size_t footnote_at(std::size_t i, std::size_t q) const {
    if (i == 0 || !ascii_letter(byte_at(t_, i - 1))) return 0;
    std::size_t k = q;
    const bool bracket = k < t_.size() && t_[k] == '[';
    if (bracket) ++k;
    const std::size_t digits = k;
    while (k < t_.size() && k - digits < 4 && ascii_digit(byte_at(t_, k))) ++k;
    if (k == digits || k - digits > 3) return 0;
    if (bracket) {
      if (k >= t_.size() || t_[k] != ']') return 0;
      ++k;
    }
    return k < t_.size() && space_at(t_, k) > 0 ? k - q : 0;
  }

  // The punctuation [i, p), closers up to q, then white space: does the sentence end at q?
  bool ends_sentence(std::size_t i, std::size_t p, std::size_t q) const {
    bool newline = false;
    std::size_t r = q;
    while (r < t_.size()) {
      const std::size_t len = space_at(t_, r);
      if (len == 0) break;
      newline = newline || t_[r] == '\n';
      r += len;
    }
    if (r >= t_.size()) return false;  // the end of the text ends it anyway
    // In text with one paragraph per line, a line break after final punctuation ends the sentence.
    const bool paragraph_break = newline && !layout_.wrapped;
    const bool next_starts = starts_sentence(t_, r);
    if (p != i + 1 || t_[i] != '.' || q != p) return next_starts || paragraph_break;
    switch (abbreviation_before(t_, i)) {
      case Abbreviation::title:
        return false;
      case Abbreviation::before_number:
        if (ascii_digit(byte_at(t_, r))) return false;
        break;
      case Abbreviation::ambiguous:
        return next_starts && (paragraph_break || t_[r] == '"' || has3(t_, r, 0xE2, 0x80, 0x9C) ||
                               sentence_starter_at(t_, r));
      case Abbreviation::none:
        break;
    }
    return next_starts || paragraph_break;
  }

  // --- line breaks --------------------------------------------------------------------------------

  std::size_t line_break(std::size_t i) {
    const std::size_t line_end = trim_line_end(i);
    std::size_t next = i + 1;
    while (next < t_.size() && t_[next] != '\n') {
      const std::size_t len = space_at(t_, next);
      if (len == 0) break;
      next += len;
    }
    const bool blank = next >= t_.size() || t_[next] == '\n';
    const bool list_item = !blank && bullet_at(t_, next) > 0;
    if (blank || list_item || (line_end > line_start_ && line_end != terminal_end_ && headline(line_end, next))) {
      cut(i);
    }
    start_line(i + 1);
    return i + 1;
  }

  // The line [line_start_, line_end) has no final punctuation; the next line starts at `next`.
  bool headline(std::size_t line_end, std::size_t next) const {
    if (!starts_sentence(t_, next) || ends_in_connector(line_end)) return false;
    return !layout_.wrapped || bullet_line_ || line_end - line_start_ < layout_.short_line;
  }

  bool ends_in_connector(std::size_t line_end) const {
    const unsigned char last = byte_at(t_, line_end - 1);
    if (last == ',' || last == ';' || last == ':' || last == '-' || last == '(' || last == '/' || last == '&') {
      return true;
    }
    if (line_end - line_start_ >= 3 && (has3(t_, line_end - 3, 0xE2, 0x80, 0x93) || has3(t_, line_end - 3, 0xE2, 0x80, 0x94))) {
      return true;  // – —
    }
    std::size_t b = line_end;
    while (b > line_start_ && ascii_letter(byte_at(t_, b - 1)) && line_end - b < 6) --b;
    if (b == line_end || (b > line_start_ && ascii_letter(byte_at(t_, b - 1)))) return false;
    return connector_word(t_.substr(b, line_end - b));
  }

  std::size_t trim_line_end(std::size_t i) const {
    std::size_t end = i;
    while (end > line_start_) {
      const std::size_t len = space_before(t_, end);
      if (len == 0 || end - len < line_start_) break;
      end -= len;
    }
    return end;
  }

  void start_line(std::size_t begin) {
    line_start_ = begin;
    std::size_t k = begin;
    while (k < t_.size() && t_[k] != '\n') {
      const std::size_t len = space_at(t_, k);
      if (len == 0) break;
      k += len;
    }
    bullet_line_ = bullet_at(t_, k) > 0;
  }

  // --- output -------------------------------------------------------------------------------------

  // Ends the current sentence at `end`; the next one starts there.
  void cut(std::size_t end) {
    emit(start_, end);
    start_ = end;
  }

  void emit(std::size_t begin, std::size_t end) {
    for (;;) {
      const std::size_t before = begin;
      while (begin < end) {
        const std::size_t len = space_at(t_, begin);
        if (len == 0 || begin + len > end) break;
        begin += len;
      }
      if (begin < end) begin += std::min(bullet_at(t_, begin), end - begin);
      if (begin == before) break;
    }
    while (end > begin) {
      const std::size_t len = space_before(t_, end);
      if (len == 0 || end - len < begin) break;
      end -= len;
    }
    while (end - begin > kMaxSentenceBytes) begin = emit_piece(begin, end);
    if (begin < end) out_.push_back(Sentence{Span{begin, end}, out_.size()});
  }

  // Emits the first piece (at most kMaxSentenceBytes, cut at white space when there is some in
  // its second half, else at a character boundary) of an over-long sentence; returns the rest's start.
  std::size_t emit_piece(std::size_t begin, std::size_t end) {
    std::size_t cut_at = begin + kMaxSentenceBytes;
    std::size_t k = cut_at;
    while (k > begin + kMaxSentenceBytes / 2 && space_before(t_, k) == 0) --k;
    if (k > begin + kMaxSentenceBytes / 2) {
      cut_at = k;
    } else {
      while (cut_at > begin + 1 && (byte_at(t_, cut_at) & 0xC0) == 0x80) --cut_at;
    }
    std::size_t piece_end = cut_at;
    while (piece_end > begin && space_before(t_, piece_end) > 0) piece_end -= space_before(t_, piece_end);
    if (piece_end > begin) out_.push_back(Sentence{Span{begin, piece_end}, out_.size()});
    while (cut_at < end && space_at(t_, cut_at) > 0) cut_at += space_at(t_, cut_at);
    return cut_at;
  }

  std::string_view t_;
  std::vector<Sentence>& out_;
  Layout layout_;
  std::size_t start_ = 0;            // where the current sentence starts (before trimming)
  std::size_t line_start_ = 0;       // where the current line starts
  std::size_t terminal_end_ = kNone; // the end of the last final punctuation (with its closers)
  bool bullet_line_ = false;         // the current line is a list item
};

}  // namespace

void segment(std::string_view text, std::vector<Sentence>& out) {
  out.clear();
  Splitter(text, out).run();
}

}  // namespace ag
