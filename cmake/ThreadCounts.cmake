# Builds a graph and extracts relations from one generated corpus with 1, 2, 3 and 8 worker
# threads, and fails unless every thread count writes the same bytes (called by tests/pipeline via
# `cmake -P`):  -DACTORGRAPH=exe -DWORK=scratch dir -DGENERATOR=gen_corpus.py
# The corpus (about 2 MB of short news items) spans several of the pool's batches (256 KB each),
# so that documents finish out of input order.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
include(${CMAKE_CURRENT_LIST_DIR}/ScriptSupport.cmake)
generate_corpus(${GENERATOR} 2 11 400 ${WORK}/corpus)

foreach(j 1 2 3 8)
  run(${ACTORGRAPH} build -q -j ${j} ${WORK}/corpus -o ${WORK}/graph-j${j}.json)
  run(${ACTORGRAPH} extract -q -j ${j} ${WORK}/corpus -o ${WORK}/extract-j${j}.jsonl)
endforeach()
foreach(j 2 3 8)
  foreach(kind graph.json extract.jsonl)
    string(REPLACE "." "-j${j}." actual ${kind})
    string(REPLACE "." "-j1." expected ${kind})
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/${expected} ${WORK}/${actual} RESULT_VARIABLE differ)
    if(differ)
      message(FATAL_ERROR "-j ${j} wrote other bytes than -j 1: compare ${WORK}/${expected} and ${WORK}/${actual}")
    endif()
  endforeach()
endforeach()
file(SIZE ${WORK}/graph-j1.json size)
if(size LESS 100000)
  message(FATAL_ERROR "the graph of the generated corpus is suspiciously small (${size} bytes): ${WORK}/graph-j1.json")
endif()
message(STATUS "-j 1, 2, 3 and 8 wrote the same graph (${size} bytes) and the same extractions")
