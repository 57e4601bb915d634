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

// Printable ASCII that needs no escaping: ids, numbers, dates and most names are only that, and
// then the text goes out as it is, with no cleaning pass.
bool plain(std::string_view text) {
  for (const char c : text)
    if (c < 0x20 || c > 0x7E || escaped(c) != nullptr) return false;
  return true;
}

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

void append_xml_escaped(std::string& out, std::string_view text) {
  if (plain(text)) {
    out.append(text);
    return;
  }
  thread_local std::string clean;  // reused, so that a value costs no allocation
  clean.clear();
  append_clean_text(clean, text);
  append_escaped(out, clean);
}

}  // namespace ag
