# Builds a corpus whole, whole with runs spilled to disk, and in shards, merges the shards' graphs,
# and fails unless the spilled build and the merged graph file are byte-identical to the whole
# build (called by tests/graph via `cmake -P`):
#   -DACTORGRAPH=exe -DINPUT=dir -DWORK=scratch dir [-DSHARD_BY=file|jsonl] [-DGENERATE_MB=n -DGENERATOR=gen_corpus.py]
# SHARD_BY=file: one shard per file of INPUT (copied into a folder of its own, so document ids,
# which are paths relative to the input folder, stay the same); SHARD_BY=jsonl: one shard per
# .jsonl file (ids come from the lines).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/shards ${WORK}/graphs)
include(${CMAKE_CURRENT_LIST_DIR}/ScriptSupport.cmake)
if(GENERATE_MB)
  generate_corpus(${GENERATOR} ${GENERATE_MB} 7 300 ${WORK}/corpus)
  set(INPUT ${WORK}/corpus)
endif()

run(${ACTORGRAPH} build ${INPUT} -o ${WORK}/whole.json)
# A build that holds at most 256 KiB of the graph spills runs to disk and merges them: the same file.
run(${ACTORGRAPH} build ${INPUT} --memory 256K -o ${WORK}/spilled.json)
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/whole.json ${WORK}/spilled.json RESULT_VARIABLE differ)
if(differ)
  message(FATAL_ERROR "a build spilling runs differs from one holding the graph: compare ${WORK}/whole.json and ${WORK}/spilled.json")
endif()
file(GLOB files RELATIVE ${INPUT} ${INPUT}/*)
list(SORT files)
set(graphs)
set(i 0)
foreach(f ${files})
  math(EXPR i "${i} + 1")
  if(SHARD_BY STREQUAL "jsonl")
    run(${ACTORGRAPH} build ${INPUT}/${f} -o ${WORK}/graphs/${i}.json)
  else()
    file(MAKE_DIRECTORY ${WORK}/shards/${i})
    file(COPY ${INPUT}/${f} DESTINATION ${WORK}/shards/${i})
    run(${ACTORGRAPH} build ${WORK}/shards/${i} -o ${WORK}/graphs/${i}.json)
  endif()
  list(APPEND graphs ${WORK}/graphs/${i}.json)
endforeach()
list(LENGTH graphs n)
if(n LESS 3)
  message(FATAL_ERROR "expected at least three shards in ${INPUT}, found ${n}")
endif()
# Merge in reverse order, and in two rounds, to exercise commutativity and associativity.
list(REVERSE graphs)
list(SUBLIST graphs 0 2 first_two)
list(SUBLIST graphs 2 -1 rest)
run(${ACTORGRAPH} merge ${first_two} -o ${WORK}/partial.json)
run(${ACTORGRAPH} merge ${rest} ${WORK}/partial.json -o ${WORK}/merged.json)
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/whole.json ${WORK}/merged.json RESULT_VARIABLE differ)
if(differ)
  message(FATAL_ERROR "merging ${n} shards differs from one build: compare ${WORK}/whole.json and ${WORK}/merged.json")
endif()
message(STATUS "${n} shards merged = one build (${WORK}/whole.json)")
