# Helpers for the test scripts run with `cmake -P` (ShardMerge.cmake, ThreadCounts.cmake).

# run(COMMAND...): runs a command; fails the script with its stderr unless it exits 0.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(rc)
    message(FATAL_ERROR "${ARGN}\nfailed (${rc}):\n${err}")
  endif()
endfunction()

# generate_corpus(GENERATOR MB SEED DOCS_PER_FILE OUT): a JSON Lines corpus from bench/gen_corpus.py.
function(generate_corpus generator mb seed docs_per_file out)
  execute_process(COMMAND python3 ${generator} --mb ${mb} --seed ${seed} --docs-per-file ${docs_per_file} --format jsonl ${out}
                  RESULT_VARIABLE rc OUTPUT_QUIET)
  if(rc)
    message(FATAL_ERROR "corpus generator failed: ${rc}")
  endif()
endfunction()
