// export/xml_escape.cpp: XML escaping (see the header).
#include "export/xml_escape.hpp"

#include <array>

#include "export/text_clean.hpp"

namespace ag {
namespace {

// The character reference or entity that stands for `c`; empty when `c` stands for itself.
constexpr std::string_view escaped(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: return {};
  }
}

// Bytes that stand for themselves and need no cleaning: printable ASCII except what escaped()
// replaces. A table, because the fast loop below asks once per byte of every value.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c <= 0x7E; ++c) plain[c] = escaped(static_cast<char>(c)).empty();
  return plain;
}();

bool plain(char c) { return kPlain[static_cast<unsigned char>(c)]; }

// Appends `clean` (already through clean_text) with the characters of escaped() replaced.
void append_escaped(std::string& out, std::string_view clean) {
  std::size_t kept = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const std::string_view e = escaped(clean[i]);
    if (e.empty()) continue;
    out.append(clean.substr(kept, i - kept));
    out.append(e);
    kept = i + 1;
  }
  out.append(clean.substr(kept));
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  append_xml_escaped(out, text);
  return out;
}

// Ids, numbers, dates and most names are printable ASCII, and go through the first loop alone.
// At the first byte that may need cleaning (a control character, or any byte of a multibyte
// character) the rest of the text takes the general way; that byte starts a character, so
// cleaning the rest alone gives what cleaning the whole text would.
void append_xml_escaped(std::string& out, std::string_view text) {
  std::size_t kept = 0;  // start of the bytes not yet appended
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if (plain(text[i])) continue;
    const std::string_view e = escaped(text[i]);
    if (e.empty()) break;  // needs cleaning (TAB, LF and CR are kept by it, so escaped here)
    out.append(text.substr(kept, i - kept));
    out.append(e);
    kept = i + 1;
  }
  out.append(text.substr(kept, i - kept));
  if (i == text.size()) return;
  thread_local std::string clean;  // reused, so that a value costs no allocation
  clean.clear();
  append_clean_text(clean, text.substr(i));
  append_escaped(out, clean);
}

}  // namespace ag
