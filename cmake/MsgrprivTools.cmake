# Optional tools: configure never fails for want of one. Outside CI a missing
# tool skips what needs it with a printed reason; in CI (CI=true) it also
# becomes a failing test, because a skip there would hide work that never ran.
# Either way the message names the scripts/deps.sh group (docs, test, bench)
# that installs it.
include_guard(GLOBAL)

# msgrpriv_missing(<name> REASON <what is skipped> GROUP <docs|test|bench>)
function(msgrpriv_missing name)
  cmake_parse_arguments(ARG "" "REASON;GROUP" "" ${ARGN})
  if(NOT ARG_GROUP MATCHES "^(docs|test|bench)$")
    message(FATAL_ERROR "msgrpriv_missing(${name}): GROUP must be docs, test or bench")
  endif()
  set(ci_note "")
  if("$ENV{CI}" STREQUAL "true")
    set(ci_note "; CI=true, so the test missing.${name} fails")
    add_test(NAME "missing.${name}"
      COMMAND "${CMAKE_COMMAND}"
        "-DMESSAGE=${name} is required in CI (${ARG_REASON}): run ./scripts/deps.sh ${ARG_GROUP}"
        -P "${PROJECT_SOURCE_DIR}/cmake/fail.cmake")
  endif()
  message(STATUS "Skipping ${ARG_REASON}: ${name} is missing "
                 "(./scripts/deps.sh ${ARG_GROUP} installs it)${ci_note}")
endfunction()

# msgrpriv_find_tool(<var> NAMES <name>... [HINTS <dir>...] REASON <what is skipped> GROUP <group>)
# Setting <var> to OFF on the command line does without the tool.
function(msgrpriv_find_tool var)
  cmake_parse_arguments(ARG "" "REASON;GROUP" "NAMES;HINTS" ${ARGN})
  find_program(${var} NAMES ${ARG_NAMES} HINTS ${ARG_HINTS})
  if(NOT ${var})
    list(GET ARG_NAMES 0 first)
    msgrpriv_missing(${first} REASON "${ARG_REASON}" GROUP "${ARG_GROUP}")
  endif()
endfunction()
