// core/document.hpp: a document as read, and its sentences.
//
// `text` holds the original bytes exactly as read (a UTF-8 BOM and CRLF line ends included), so
// that every byte offset in every later stage points into what the user gave us.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ag {

struct Document {
  std::string id;      // path relative to the input argument, or the JSONL "id"
  std::string text;    // original bytes
  std::string title;   // optional metadata; empty when absent
  std::string date;    // ISO 8601 date ("2023-05-24") when known; used to resolve "last year"
  std::string url;
  std::string source;
};

// A half-open byte span [begin, end) into Document::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
  auto operator<=>(const Span&) const = default;
};

inline std::string_view slice(std::string_view text, Span s) { return text.substr(s.begin, s.size()); }

// A sentence is a span of its document; `index` is its position in the document (0-based).
struct Sentence {
  Span span;
  std::size_t index = 0;
};

}  // namespace ag
