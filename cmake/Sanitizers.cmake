# Sanitizers and fuzzing, applied through actorgraph_options (every target links it).
#   ACTORGRAPH_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer. Undefined behaviour aborts
#     like a memory error does (no recovery), so any report fails the test that caused it.
#   ACTORGRAPH_FUZZ: the same, plus libFuzzer's coverage instrumentation on every target; the fuzz
#     targets in tests/fuzz then link libFuzzer's driver (see tests/fuzz/CMakeLists.txt). Clang only.
if(ACTORGRAPH_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "ACTORGRAPH_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
if(ACTORGRAPH_SANITIZE OR ACTORGRAPH_FUZZ)
  target_compile_options(actorgraph_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(actorgraph_options INTERFACE -fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(actorgraph_options INTERFACE
      -fsanitize-ignorelist=${CMAKE_CURRENT_LIST_DIR}/sanitizer-ignorelist.txt)
  endif()
endif()
if(ACTORGRAPH_FUZZ)
  target_compile_options(actorgraph_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
