// relations/normalized_sentence.cpp: building the pattern-facing text of a sentence.
#include "relations/normalized_sentence.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/word_chars.hpp"

namespace ag {
namespace {

struct Builder {
  NormalizedSentence& out;
  bool pending_space = false;

  void put(char c, std::size_t original) {
    if (pending_space && !out.text.empty()) {
      out.text += ' ';
      out.offsets.push_back(original);
    }
    pending_space = false;
    out.text += c;
    out.offsets.push_back(original);
  }
  void put(std::string_view s, std::size_t original) {
    for (char c : s) put(c, original);
  }
  // doc[from, to): ASCII words, each space between them single, copied lower-cased in one go (most
  // of a sentence). As put() does, a space takes the offset of the character after it.
  void put_run(std::string_view doc, std::size_t from, std::size_t to) {
    put(static_cast<char>(ascii_lower(static_cast<unsigned char>(doc[from]))), from);
    const std::size_t base = out.text.size();  // where doc[from + 1] goes
    out.text.resize(base + (to - from - 1));
    out.offsets.resize(base + (to - from - 1));
    for (std::size_t k = from + 1; k < to; ++k) {
      out.text[base + (k - from - 1)] = static_cast<char>(ascii_lower(static_cast<unsigned char>(doc[k])));
      out.offsets[base + (k - from - 1)] = doc[k] == ' ' ? k + 1 : k;
    }
  }
  void space() { pending_space = true; }
};

// A multi-byte character folded to ASCII, or 0 to copy it unchanged. Sets `len`.
const char* fold(std::string_view t, std::size_t i, std::size_t& len) {
  const auto b = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0; };
  len = 1;
  if (b(0) == 0xC2 && b(1) == 0xA0) {
    len = 2;
    return " ";  // NBSP
  }
  if (b(0) != 0xE2 || b(1) != 0x80) return nullptr;
  len = 3;
  switch (b(2)) {
    case 0x98: case 0x99: return "'";
    case 0x9C: case 0x9D: return "\"";
    case 0x90: case 0x91: case 0x93: return "-";
    case 0x94: return ",";
    case 0xA6: return "...";
    case 0xAF: case 0x89: case 0x8A: case 0x82: case 0x83: return " ";  // narrow and other spaces
    default: len = 1; return nullptr;
  }
}

}  // namespace

void normalize_sentence(std::string_view doc, Span sentence, std::vector<Placeholder> placeholders,
                        NormalizedSentence& out) {
  out.text.clear();
  out.offsets.clear();
  // Placeholders may be longer than the names they stand for ("@c12@" for "EU"): a little room.
  out.text.reserve(sentence.size() + 8 * placeholders.size() + 1);
  out.offsets.reserve(sentence.size() + 8 * placeholders.size() + 1);
  out.placeholders = std::move(placeholders);
  Builder b{out};
  std::size_t next = 0;
  std::size_t i = sentence.begin;
  while (i < sentence.end) {
    if (next < out.placeholders.size() && out.placeholders[next].span.begin <= i) {
      const Span span = out.placeholders[next].span;
      bool first = true;
      while (next < out.placeholders.size() && out.placeholders[next].span == span) {
        if (!first) {
          b.space();
          b.put("and", span.begin);
          b.space();
        }
        first = false;
        b.put(fmt::format("@{}{}@", out.placeholders[next].letter, next), span.begin);
        ++next;
      }
      i = std::max(i, span.end);
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(doc[i]);
    if (c < 0x80 && !ascii_space(c)) {
      const std::size_t limit = next < out.placeholders.size() ? std::min(sentence.end, out.placeholders[next].span.begin) : sentence.end;
      // The run goes on over single spaces with a word after them; other white space ends it.
      auto plain = [&](std::size_t k) { return k < limit && static_cast<unsigned char>(doc[k]) < 0x80 && !ascii_space(static_cast<unsigned char>(doc[k])); };
      std::size_t end = i + 1;
      while (plain(end) || (end < limit && doc[end] == ' ' && plain(end + 1))) ++end;
      b.put_run(doc, i, end);
      i = end;
      continue;
    }
    if (ascii_space(c)) {
      b.space();
      ++i;
      continue;
    }
    std::size_t len = 1;
    if (const char* folded = c >= 0x80 ? fold(doc, i, len) : nullptr) {
      if (folded[0] == ' ') b.space();
      else if (folded[0] == ',') {
        b.put(',', i);
        b.space();
      } else {
        b.put(folded, i);
      }
      i += len;
      continue;
    }
    b.put(static_cast<char>(c), i);  // a byte of a character not folded, copied as it is
    ++i;
  }
  out.offsets.push_back(sentence.end);
}

std::vector<std::size_t> placeholders_in(std::string_view captured) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < captured.size(); ++i) {
    if (captured[i] != '@' || i + 2 >= captured.size()) continue;
    std::size_t k = i + 2, n = 0;
    bool digits = false;
    while (k < captured.size() && std::isdigit(static_cast<unsigned char>(captured[k]))) {
      n = n * 10 + static_cast<std::size_t>(captured[k] - '0');
      ++k;
      digits = true;
    }
    if (digits && k < captured.size() && captured[k] == '@') {
      out.push_back(n);
      i = k;
    }
  }
  return out;
}

}  // namespace ag
