// rules/schema.hpp: JSON Schema validation of rule files (RapidJSON's validator).
#pragma once

#include "rules/json_source.hpp"

namespace ag {

enum class RuleFileKind { actors, relations };

// Throws RuleError naming file, line, JSON path, and what the schema requires there.
void validate_rule_file(const JsonSource& src, RuleFileKind kind);

}  // namespace ag
