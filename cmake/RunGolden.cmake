# Runs one golden-file case (called by tests/cli via `cmake -P`):
#   -DCOMMAND="prog@@arg@@arg" -DGOLDEN=path -DACTUAL=path [-DEXPECT_EXIT=n] [-DCHECK_STDERR=1]
#   [-DOUTPUT_FILE=path: compare this file the command writes instead of its stdout]
# Fails unless the exit code matches and the output equals the golden file byte for byte; with
# EXPECT_EXIT 0 stderr must be empty. On a mismatch the actual output is kept and the message says
# how to accept it: ACTORGRAPH_UPDATE_GOLDEN=1 ctest -R <name> rewrites the golden file.
string(REPLACE "@@" ";" COMMAND "${COMMAND}")  # arguments arrive joined by @@
if(NOT DEFINED EXPECT_EXIT)
  set(EXPECT_EXIT 0)
endif()
execute_process(COMMAND ${COMMAND}
  OUTPUT_FILE ${ACTUAL}.stdout ERROR_VARIABLE err RESULT_VARIABLE code
  WORKING_DIRECTORY ${WORKDIR})
if(NOT "${code}" STREQUAL "${EXPECT_EXIT}")
  message(FATAL_ERROR "exit code ${code}, expected ${EXPECT_EXIT}\nstderr:\n${err}")
endif()
if(OUTPUT_FILE)
  file(COPY_FILE ${OUTPUT_FILE} ${ACTUAL})
else()
  file(COPY_FILE ${ACTUAL}.stdout ${ACTUAL})
endif()
if(CHECK_STDERR)
  # Compare stderr instead (error-message cases).
  file(WRITE ${ACTUAL} "${err}")
elseif(EXPECT_EXIT EQUAL 0 AND NOT "${err}" STREQUAL "")
  message(FATAL_ERROR "unexpected output on stderr:\n${err}")
endif()
if("$ENV{ACTORGRAPH_UPDATE_GOLDEN}" STREQUAL "1")
  file(COPY_FILE ${ACTUAL} ${GOLDEN})
  message(STATUS "updated ${GOLDEN}")
  return()
endif()
if(NOT EXISTS ${GOLDEN})
  message(FATAL_ERROR "no golden file ${GOLDEN}; actual output is in ${ACTUAL}\n"
                      "accept it with: ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir <build> -R <test name>")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${GOLDEN} ${ACTUAL} RESULT_VARIABLE differ)
if(differ)
  execute_process(COMMAND diff -u ${GOLDEN} ${ACTUAL} OUTPUT_VARIABLE d)
  string(SUBSTRING "${d}" 0 4000 d)
  message(FATAL_ERROR "output differs from ${GOLDEN}\nactual output is in ${ACTUAL}\n"
                      "if the change is intended: ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir <build> -R <test name>\n${d}")
endif()
