# One list of warning flags, applied per target with actorgraph_set_warnings(target).
set(ACTORGRAPH_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual)

add_library(actorgraph_options INTERFACE)
target_compile_options(actorgraph_options INTERFACE ${ACTORGRAPH_WARNINGS})
if(ACTORGRAPH_WERROR)
  target_compile_options(actorgraph_options INTERFACE -Werror)
endif()
