# Every dependency comes from a Debian package; nothing is downloaded at build time.
#   libre2-dev rapidjson-dev libboost-graph-dev libgraphviz-dev doctest-dev libfmt-dev libcli11-dev
#   robin-map-dev libsimdjson-dev libgoogle-perftools-dev (tcmalloc; optional: -DACTORGRAPH_TCMALLOC=OFF)
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)
find_package(RapidJSON REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
find_package(tsl-robin-map REQUIRED)
find_package(simdjson REQUIRED)
if(ACTORGRAPH_TESTS)
  find_package(doctest REQUIRED)
endif()

# The allocator executables link (see ACTORGRAPH_TCMALLOC): an empty target when it is off or a
# sanitizer build (ASan replaces malloc itself).
add_library(actorgraph_allocator INTERFACE)
if(ACTORGRAPH_TCMALLOC AND NOT (ACTORGRAPH_SANITIZE OR ACTORGRAPH_FUZZ))
  pkg_check_modules(TCMALLOC IMPORTED_TARGET libtcmalloc_minimal)
  if(NOT TCMALLOC_FOUND)
    message(FATAL_ERROR "tcmalloc not found: apt-get install libgoogle-perftools-dev, or configure with -DACTORGRAPH_TCMALLOC=OFF")
  endif()
  target_link_libraries(actorgraph_allocator INTERFACE PkgConfig::TCMALLOC)
endif()

# RapidJSON's config only sets variables; wrap it in a target.
add_library(actorgraph_rapidjson INTERFACE)
target_include_directories(actorgraph_rapidjson SYSTEM INTERFACE ${RapidJSON_INCLUDE_DIRS} ${RAPIDJSON_INCLUDE_DIRS})
target_compile_definitions(actorgraph_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
