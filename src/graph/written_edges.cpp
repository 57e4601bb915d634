// graph/written_edges.cpp: see the header. Every check here is one that graph_reader.cpp makes
// (a refusal there is an error; here it only sends the file to that reader); where the two could
// read a value differently (a number that is not an exact integer or a normal double), this one
// refuses.
#include "graph/written_edges.hpp"

#include <algorithm>
#include <cmath>

#include <simdjson.h>

#include "graph/graph_parts.hpp"

namespace ag::detail {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// The members of one object, taken in the written order.
class Members {
 public:
  explicit Members(object o) : it_(o.begin()), end_(o.end()) {}

  // The next member's value, when it is named `key`.
  bool next(std::string_view key, element& value) {
    if (it_ == end_ || (*it_).key != key) return false;
    value = (*it_).value;
    ++it_;
    return true;
  }
  bool string(std::string_view key, std::string& out) {
    element v;
    std::string_view s;
    if (!next(key, v) || v.get_string().get(s)) return false;
    out.assign(s);
    return true;
  }
  bool boolean(std::string_view key, bool& out) {
    element v;
    return next(key, v) && !v.get_bool().get(out);
  }
  // (get_uint64 takes integers only, and no negative one.)
  bool count(std::string_view key, std::uint64_t& out) {
    element v;
    return next(key, v) && !v.get_uint64().get(out);
  }
  bool span(std::string_view key, Span& out) {
    element v;
    array a;
    if (!next(key, v) || v.get_array().get(a) || a.size() != 2) return false;
    std::uint64_t begin = 0, end = 0;
    if (a.at(0).get_uint64().get(begin) || a.at(1).get_uint64().get(end) || begin > end) return false;
    out = {static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
    return true;
  }
  bool amounts(std::vector<Amount>& out, bool with_span) {
    element v;
    array list;
    if (!next("amounts", v) || v.get_array().get(list)) return false;
    for (element item : list) {
      object o;
      if (item.get_object().get(o)) return false;
      Members m(o);
      Amount a;
      element value;
      if (!m.next("value", value) || !number(value, a.value) || !m.string("currency", a.currency) ||
          !m.string("text", a.text) || (with_span && !m.span("span", a.span)) || !m.done())
        return false;
      out.push_back(std::move(a));
    }
    return true;
  }
  bool done() const { return it_ == end_; }

 private:
  // An integer (converted as the general reader converts it) or a normal double (both readers
  // round correctly); zeros, subnormals and the rest are left to the general reader.
  static bool number(element v, double& out) {
    using simdjson::dom::element_type;
    switch (v.type()) {
      case element_type::INT64: out = static_cast<double>(v.get_int64().value_unsafe()); return true;
      case element_type::UINT64: out = static_cast<double>(v.get_uint64().value_unsafe()); return true;
      case element_type::DOUBLE: out = v.get_double().value_unsafe(); return std::isnormal(out);
      default: return false;
    }
  }

  object::iterator it_, end_;
};

bool read_evidence(element v, Evidence& ev) {
  object o;
  if (v.get_object().get(o)) return false;
  Members m(o);
  return m.string("doc", ev.doc) && m.span("sentence", ev.sentence) && m.string("rule", ev.rule) &&
         m.span("trigger", ev.trigger) && m.span("source", ev.source_span) && m.span("target", ev.target_span) &&
         m.boolean("negated", ev.negated) && m.boolean("hedged", ev.hedged) && m.string("date", ev.date) &&
         m.amounts(ev.amounts, true) && m.string("text", ev.text) && m.done();
}

bool read_edge(element v, EdgeRecord& r) {
  object o;
  if (v.get_object().get(o)) return false;
  Members m(o);
  RelationEdge& e = r.edge;
  std::string polarity;
  if (!m.string("source", r.source) || !m.string("target", r.target) || r.source == r.target ||
      !m.string("relation", e.relation) || e.relation.empty() || !m.boolean("directed", e.directed) ||
      (!e.directed && !(r.source < r.target)) || !m.string("polarity", polarity))
    return false;
  const std::optional<Polarity> named = polarity_named(polarity);
  if (!named) return false;
  e.polarity = *named;
  if (!m.string("cameo", e.cameo) || !m.string("plover", e.plover) || !m.count("weight", e.weight) ||
      !m.count("documents", e.documents) || !m.count("negated", e.negated) || !m.count("hedged", e.hedged) ||
      !m.string("first_date", e.first_date) || !m.string("last_date", e.last_date) || !m.amounts(e.amounts, false))
    return false;
  element list;
  array evidence;
  if (!m.next("evidence", list) || list.get_array().get(evidence) || !m.done()) return false;
  e.evidence.reserve(evidence.size());
  for (element item : evidence) {
    Evidence ev;
    if (!read_evidence(item, ev)) return false;
    e.evidence.push_back(std::move(ev));
  }
  if (!std::is_sorted(e.evidence.begin(), e.evidence.end(), evidence_less))
    std::sort(e.evidence.begin(), e.evidence.end(), evidence_less);
  return true;
}

}  // namespace

struct WrittenEdgesReader::Parser {
  simdjson::dom::parser parser;
  std::string text;  // "[" piece "]" and simdjson's padding
};

WrittenEdgesReader::WrittenEdgesReader() : parser_(std::make_unique<Parser>()) {}
WrittenEdgesReader::~WrittenEdgesReader() = default;
WrittenEdgesReader::WrittenEdgesReader(WrittenEdgesReader&&) noexcept = default;
WrittenEdgesReader& WrittenEdgesReader::operator=(WrittenEdgesReader&&) noexcept = default;

bool WrittenEdgesReader::read(std::string_view piece, std::vector<EdgeRecord>& out) {
  std::string& text = parser_->text;
  text.assign("[");
  text.append(piece);
  text.append("]");
  const std::size_t length = text.size();
  text.append(simdjson::SIMDJSON_PADDING, ' ');
  element root;
  array list;
  if (parser_->parser.parse(text.data(), length, false).get(root) || root.get_array().get(list)) return false;
  for (element item : list) {
    EdgeRecord r;
    if (!read_edge(item, r)) return false;
    out.push_back(std::move(r));
  }
  return true;
}

}  // namespace ag::detail
