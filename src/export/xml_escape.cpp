// export/xml_escape.cpp: XML escaping (see the header).
#include "export/xml_escape.hpp"

#include "export/text_clean.hpp"

namespace ag {
namespace {

// The character reference or entity that stands for `c`; null when `c` stands for itself.
const char* escaped(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: return nullptr;
  }
}

// Printable ASCII: stands for itself (unless escaped() says otherwise) and needs no cleaning.
bool printable_ascii(char c) { return c >= 0x20 && c <= 0x7E; }

// Appends `clean` (already through clean_text) with the characters of escaped() replaced.
void append_escaped(std::string& out, std::string_view clean) {
  std::size_t kept = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < clean.size(); ++i) {
    if (const char* e = escaped(clean[i])) {
      out.append(clean.substr(kept, i - kept));
      out.append(e);
      kept = i + 1;
    }
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
  for (; i < text.size() && printable_ascii(text[i]); ++i) {
    if (const char* e = escaped(text[i])) {
      out.append(text.substr(kept, i - kept));
      out.append(e);
      kept = i + 1;
    }
  }
  out.append(text.substr(kept, i - kept));
  if (i == text.size()) return;
  thread_local std::string clean;  // reused, so that a value costs no allocation
  clean.clear();
  append_clean_text(clean, text.substr(i));
  append_escaped(out, clean);
}

}  // namespace ag
