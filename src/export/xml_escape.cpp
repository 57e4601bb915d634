// export/xml_escape.cpp: XML escaping (see the header).
#include "export/xml_escape.hpp"

#include "export/text_clean.hpp"

namespace ag {

std::string xml_escape(std::string_view text) {
  const std::string clean = clean_text(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (const char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace ag
