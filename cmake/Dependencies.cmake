# Every dependency comes from a Debian package; nothing is downloaded at build time.
#   libre2-dev rapidjson-dev libboost-graph-dev libgraphviz-dev doctest-dev libfmt-dev libcli11-dev
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)
find_package(RapidJSON REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
if(ACTORGRAPH_TESTS)
  find_package(doctest REQUIRED)
endif()

# RapidJSON's config only sets variables; wrap it in a target.
add_library(actorgraph_rapidjson INTERFACE)
target_include_directories(actorgraph_rapidjson SYSTEM INTERFACE ${RapidJSON_INCLUDE_DIRS} ${RAPIDJSON_INCLUDE_DIRS})
target_compile_definitions(actorgraph_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
