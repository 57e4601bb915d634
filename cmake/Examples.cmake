# cmake/Examples.cmake: the example outputs of seeds/ in graphs/ (graph file, DOT, SVG, PNG).
#
#   cmake -DACTORGRAPH=path/to/actorgraph -DSOURCE_DIR=repo -DOUT_DIR=dir -DMODE=write|check
#         [-DBUILD_DIR=build] -P cmake/Examples.cmake
#
# Runs, in SOURCE_DIR (so that document ids read "seeds/..."),
#   actorgraph build seeds/ -o OUT_DIR/seeds.json
#   actorgraph render OUT_DIR/seeds.json -o OUT_DIR/seeds.{dot,svg,png}
# MODE=write is the `examples` build target (OUT_DIR = graphs). MODE=check writes to a scratch
# OUT_DIR and fails, naming each file, when a committed file in graphs/ differs from what this
# build produces. All four are compared byte for byte: actorgraph's output is deterministic (the
# layout engines' random generators are reset before every layout), but SVG and PNG also depend
# on GraphViz's version and on the fonts installed (fonts-liberation2, fonts-dejavu-core).
foreach(var ACTORGRAPH SOURCE_DIR OUT_DIR MODE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "Examples.cmake: -D${var}=... is required")
  endif()
endforeach()

set(files seeds.json seeds.dot seeds.svg seeds.png)

function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE status ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "'${cmd}' failed (${status}):\n${err}")
  endif()
endfunction()

file(MAKE_DIRECTORY ${OUT_DIR})
run(${ACTORGRAPH} build seeds/ -o ${OUT_DIR}/seeds.json -q)
foreach(ext dot svg png)
  run(${ACTORGRAPH} render ${OUT_DIR}/seeds.json -o ${OUT_DIR}/seeds.${ext} -q)
endforeach()

if(MODE STREQUAL "write")
  message(STATUS "wrote ${files} in ${OUT_DIR}")
  return()
endif()

if(NOT DEFINED BUILD_DIR)
  set(BUILD_DIR "BUILD")
endif()
set(stale "")
foreach(f ${files})
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${SOURCE_DIR}/graphs/${f} ${OUT_DIR}/${f}
                  RESULT_VARIABLE differs OUTPUT_QUIET ERROR_QUIET)
  if(differs)
    string(APPEND stale "  graphs/${f} differs from what this build produces (${OUT_DIR}/${f})\n")
  endif()
endforeach()
if(stale)
  message(FATAL_ERROR
    "The example outputs in graphs/ are out of date:\n${stale}"
    "Regenerate them with `cmake --build ${BUILD_DIR} --target examples` (or `make -C ${BUILD_DIR} examples`), "
    "look at graphs/seeds.png, and commit graphs/. If only seeds.svg or seeds.png differ, GraphViz's version "
    "or the installed fonts (fonts-liberation2, fonts-dejavu-core) may differ from the machine that made them.")
endif()
message(STATUS "graphs/ is up to date: ${files}")
