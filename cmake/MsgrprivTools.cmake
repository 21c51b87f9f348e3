# Optional tools: outside CI a missing tool skips its tests with a printed
# reason; in CI (CI=true) a missing tool becomes a failing test, because a
# skip there would hide work that never ran.
function(msgrpriv_find_tool var)
  cmake_parse_arguments(ARG "" "REASON" "NAMES;HINTS" ${ARGN})
  find_program(${var} NAMES ${ARG_NAMES} HINTS ${ARG_HINTS})
  if(${var})
    return()
  endif()
  list(GET ARG_NAMES 0 first)
  if("$ENV{CI}" STREQUAL "true")
    add_test(NAME "missing.${first}"
      COMMAND "${CMAKE_COMMAND}" "-DMESSAGE=${first} is required in CI: ${ARG_REASON}"
        -P "${PROJECT_SOURCE_DIR}/cmake/fail.cmake")
  else()
    message(STATUS "Skipping tests that need ${first}: not installed (${ARG_REASON}). "
                   "The README's test command installs it.")
  endif()
endfunction()
