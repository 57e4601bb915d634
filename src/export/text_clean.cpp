// export/text_clean.cpp: UTF-8 repair and control-character removal (see the header).
#include "export/text_clean.hpp"

namespace ag {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `i` strictly (RFC 3629). Sets `len` to the bytes consumed: the whole
// sequence when valid, else the longest prefix that could have started a valid one (at least 1),
// so that each broken sequence becomes exactly one U+FFFD.
char32_t decode_strict(std::string_view s, std::size_t i, std::size_t& len) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = at(i);
  len = 1;
  if (b0 < 0x80) return b0;
  std::size_t need = 0;
  char32_t c = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; c = b0 & 0x1F; }
  else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2; c = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;        // overlong
    if (b0 == 0xED) hi = 0x9F;        // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3; c = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;        // overlong
    if (b0 == 0xF4) hi = 0x8F;        // above U+10FFFF
  } else {
    return kReplacement;
  }
  for (std::size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return kReplacement;
    const unsigned char b = at(i + k);
    if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) return kReplacement;
    c = (c << 6) | (b & 0x3F);
    len = k + 1;
  }
  return c;
}

bool forbidden(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7F && c <= 0x9F) return true;
  return c == 0xFFFE || c == 0xFFFF;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_clean_text(out, text);
  return out;
}

// Copies the text in runs: most of it is kept as is, and one append per run is much cheaper than
// one per character.
void append_clean_text(std::string& out, std::string_view text) {
  std::size_t kept = 0;  // start of the bytes kept but not yet appended
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const char32_t c = decode_strict(text, i, len);
    if (c == kReplacement || forbidden(c)) {
      out.append(text.substr(kept, i - kept));
      if (c == kReplacement) append_utf8(out, kReplacement);  // an invalid sequence, or U+FFFD itself
      kept = i + len;
    }
    i += len;
  }
  out.append(text.substr(kept));
}

bool is_clean_line(std::string_view text) {
  if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c < 0x20 || c > 0x7E || (c == ' ' && text[i + 1] == ' ')) return false;  // text.back() != ' '
  }
  return true;
}

std::string clean_line(std::string_view text) {
  if (is_clean_line(text)) return std::string(text);  // saves a pass and a string
  const std::string cleaned = clean_text(text);
  std::string out;
  out.reserve(cleaned.size());
  bool pending_space = false;
  for (const char ch : cleaned) {
    if (is_space(ch)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += ch;
  }
  return out;
}

std::string clean_excerpt(std::string_view text, std::size_t max_bytes) {
  std::string line = clean_line(text);
  if (line.size() <= max_bytes) return line;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // char boundary
  const std::size_t space = line.rfind(' ', cut);
  if (space != std::string::npos && space > max_bytes / 2) cut = space;             // word boundary
  line.resize(cut);
  while (!line.empty() && line.back() == ' ') line.pop_back();
  line.append("\xE2\x80\xA6");
  return line;
}

}  // namespace ag
