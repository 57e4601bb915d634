// rules/schema.cpp: validates a parsed rule file against its embedded JSON Schema and turns
// RapidJSON's report (a schema keyword and two pointers) into one readable message with a location.
//
// RapidJSON 1.1 reports only which keyword failed where, so the specifics (which key is missing,
// which key is unknown, what type was expected) are worked out here from the schema itself.
#include "rules/schema.hpp"

#include <fmt/format.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "rules/embedded_schemas.hpp"

namespace ag {
namespace {

struct Schema {
  rapidjson::Document plain;  // the schema as data, to look up what a failed keyword required
  rapidjson::SchemaDocument compiled;
  explicit Schema(const char* text) : plain(parse(text)), compiled(plain) {}
  static rapidjson::Document parse(const char* text) {
    rapidjson::Document d;
    d.Parse(text);
    return d;
  }
};

const Schema& schema_for(RuleFileKind kind) {
  static const Schema actors(schema::kActors);
  static const Schema relations(schema::kRelations);
  return kind == RuleFileKind::actors ? actors : relations;
}

std::string pointer_string(const rapidjson::Pointer& p) {
  rapidjson::StringBuffer sb;
  p.Stringify(sb);
  return sb.GetString();
}

const char* type_name(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "a boolean";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType: return "a string";
    case rapidjson::kNumberType: return "a number";
  }
  return "a value";
}

std::string join_strings(const rapidjson::Value& array) {
  std::string out;
  for (const auto& x : array.GetArray()) {
    if (!out.empty()) out += ", ";
    out += x.IsString() ? fmt::format("\"{}\"", x.GetString()) : "?";
  }
  return out;
}

}  // namespace

void validate_rule_file(const JsonSource& src, RuleFileKind kind) {
  const Schema& schema = schema_for(kind);
  rapidjson::SchemaValidator validator(schema.compiled);
  if (src.doc.Accept(validator)) return;

  const std::string keyword = validator.GetInvalidSchemaKeyword();
  std::string path = pointer_string(validator.GetInvalidDocumentPointer());
  const rapidjson::Value* rule = validator.GetInvalidSchemaPointer().Get(schema.plain);
  const rapidjson::Value* value = validator.GetInvalidDocumentPointer().Get(src.doc);
  std::string what = fmt::format("value violates the schema keyword \"{}\"", keyword);

  if (rule && value) {
    if (keyword == "required" && value->IsObject()) {
      for (const auto& name : (*rule)["required"].GetArray())
        if (!value->HasMember(name.GetString())) {
          what = fmt::format("missing required key \"{}\"", name.GetString());
          break;
        }
    } else if (keyword == "additionalProperties" && !value->IsObject()) {
      // RapidJSON points at the disallowed member itself: its name is the pointer's last token.
      what = fmt::format("unknown key \"{}\"", path.substr(path.rfind('/') + 1));
    } else if (keyword == "additionalProperties" && value->IsObject() && rule->HasMember("properties")) {
      const auto& known = (*rule)["properties"];
      for (const auto& m : value->GetObject())
        if (!known.HasMember(m.name)) {
          what = fmt::format("unknown key \"{}\" (allowed: {})", m.name.GetString(), [&] {
            std::string names;
            for (const auto& k : known.GetObject()) names += (names.empty() ? "" : ", ") + std::string(k.name.GetString());
            return names;
          }());
          path = pointer_append(path, m.name.GetString());
          break;
        }
    } else if (keyword == "type" && rule->HasMember("type")) {
      what = fmt::format("expected {}, found {}", (*rule)["type"].IsString() ? (*rule)["type"].GetString() : "another type",
                         type_name(*value));
    } else if (keyword == "enum" && rule->HasMember("enum")) {
      what = fmt::format("value must be one of {}", join_strings((*rule)["enum"]));
    } else if (keyword == "pattern" && rule->HasMember("pattern")) {
      what = fmt::format("value does not match the required form {}", (*rule)["pattern"].GetString());
    } else if (keyword == "minLength") {
      what = "value must not be empty";
    }
  }
  throw RuleError(src.locate(path), "schema violation: " + what);
}

}  // namespace ag
