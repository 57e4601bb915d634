// output/mention_writers.cpp: actor and relation mentions as tables and JSON Lines.
#include "output/mention_writers.hpp"

#include <fmt/format.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace ag {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key_string(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void actor_object(Writer& w, const Actor& a) {
  w.StartObject();
  key_string(w, "id", a.id);
  key_string(w, "label", a.label);
  key_string(w, "type", a.type);
  if (a.discovered) {
    w.Key("discovered");
    w.Bool(true);
  }
  w.EndObject();
}

void span_object(Writer& w, const char* key, std::string_view text, Span s) {
  w.Key(key);
  w.StartObject();
  w.Key("start");
  w.Uint64(s.begin);
  w.Key("end");
  w.Uint64(s.end);
  key_string(w, "text", slice(text, s));
  w.EndObject();
}

void attributes_object(Writer& w, const Attributes& a) {
  w.Key("attributes");
  w.StartObject();
  w.Key("amounts");
  w.StartArray();
  for (const auto& m : a.amounts) {
    w.StartObject();
    w.Key("value");
    w.Double(m.value);
    key_string(w, "currency", m.currency);
    key_string(w, "text", m.text);
    w.EndObject();
  }
  w.EndArray();
  w.Key("percentages");
  w.StartArray();
  for (const auto& p : a.percentages) w.String(p.c_str());
  w.EndArray();
  w.Key("dates");
  w.StartArray();
  for (const auto& d : a.dates) w.String(d.c_str());
  w.EndArray();
  w.EndObject();
}

// Sentence text on one line: newlines and tabs inside a sentence become spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace

void write_actor_table_header(std::ostream& out) {
  out << fmt::format("{:<24} {:>4} {:>7} {:>7}  {:<28} {:<24} {:<13} {}\n", "DOC", "SENT", "START", "END", "TEXT",
                     "ACTOR", "TYPE", "ID");
}

void write_actor_table(std::ostream& out, const Document& doc, const Extraction& ex, const Extractor& extractor) {
  for (const auto& m : ex.actors) {
    const Actor& a = extractor.actor(ex, m.actor);
    out << fmt::format("{:<24} {:>4} {:>7} {:>7}  {:<28} {:<24} {:<13} {}\n", doc.id, m.sentence, m.span.begin,
                       m.span.end, one_line(slice(doc.text, m.span)), a.label, a.type, a.id);
  }
}

void write_actor_jsonl(std::ostream& out, const Document& doc, const Extraction& ex, const Extractor& extractor) {
  rapidjson::StringBuffer buf;
  for (const auto& m : ex.actors) {
    buf.Clear();
    Writer w(buf);
    const Actor& a = extractor.actor(ex, m.actor);
    w.StartObject();
    key_string(w, "doc", doc.id);
    w.Key("sentence");
    w.Uint64(m.sentence);
    w.Key("start");
    w.Uint64(m.span.begin);
    w.Key("end");
    w.Uint64(m.span.end);
    key_string(w, "text", slice(doc.text, m.span));
    key_string(w, "actor", a.label);
    key_string(w, "id", a.id);
    key_string(w, "type", a.type);
    key_string(w, "kind", to_string(m.kind));
    w.EndObject();
    out << buf.GetString() << '\n';
  }
}

void write_relation_jsonl(std::ostream& out, const Document& doc, const Extraction& ex, const Extractor& extractor) {
  const RulePack& pack = extractor.pack();
  rapidjson::StringBuffer buf;
  for (const auto& r : ex.relations) {
    buf.Clear();
    Writer w(buf);
    const RelationType& type = pack.relations[r.relation];
    w.StartObject();
    key_string(w, "doc", doc.id);
    w.Key("source");
    actor_object(w, extractor.actor(ex, r.source));
    key_string(w, "relation", type.id);
    w.Key("target");
    actor_object(w, extractor.actor(ex, r.target));
    w.Key("directed");
    w.Bool(type.directed);
    w.Key("negated");
    w.Bool(r.negated);
    w.Key("hedged");
    w.Bool(r.hedged);
    key_string(w, "rule", r.rule);
    w.Key("sentence");
    w.StartObject();
    w.Key("index");
    w.Uint64(r.sentence_index);
    w.Key("start");
    w.Uint64(r.sentence.begin);
    w.Key("end");
    w.Uint64(r.sentence.end);
    key_string(w, "text", one_line(slice(doc.text, r.sentence)));
    w.EndObject();
    span_object(w, "trigger", doc.text, r.trigger);
    attributes_object(w, r.attributes);
    w.EndObject();
    out << buf.GetString() << '\n';
  }
}

}  // namespace ag
