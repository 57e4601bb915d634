# Turns the JSON Schemas in rules/schema/ into a header of raw string literals, so the binary
# validates rule files without finding the schema files at run time.
file(READ ${SRC_DIR}/actors.schema.json ACTORS)
file(READ ${SRC_DIR}/relations.schema.json RELATIONS)
file(WRITE ${OUT}.tmp "// Generated from rules/schema/*.schema.json by src/rules/embed_schemas.cmake. Do not edit.\n#pragma once\nnamespace ag::schema {\ninline constexpr const char* kActors = R\"__json__(${ACTORS})__json__\";\ninline constexpr const char* kRelations = R\"__json__(${RELATIONS})__json__\";\n}\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
