# Configures SOURCE in a scratch WORK_DIR as on a machine without GTest and
# the tools in HIDE_TEST, HIDE_DOCS and HIDE_QUIET (<cache var>=<name>, split
# on '|'), first outside CI, then with CI=true,
# and checks that configure succeeds, names each skip with the deps.sh group
# that installs it, and keeps a docs target that builds or says what to run.
foreach(var SOURCE WORK_DIR GENERATOR CTEST C_COMPILER CXX_COMPILER HIDE_TEST)
  if(NOT ${var})
    message(FATAL_ERROR "configure_without.cmake: ${var} is not set")
  endif()
endforeach()

# A cache value that is not *-NOTFOUND stops find_program from searching;
# OFF keeps it false.
set(args -S "${SOURCE}" -B "${WORK_DIR}" -G "${GENERATOR}" "-DCMAKE_C_COMPILER=${C_COMPILER}"
  "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON)
if(MAKE_PROGRAM)
  list(APPEND args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
set(expected GTest=test)
foreach(group test docs quiet)
  string(TOUPPER "${group}" GROUP)
  string(REPLACE "|" ";" tools "${HIDE_${GROUP}}")
  foreach(tool IN LISTS tools)
    string(REGEX REPLACE "=.*" "" var "${tool}")
    string(REGEX REPLACE ".*=" "" name "${tool}")
    list(APPEND args "-D${var}=OFF")
    if(NOT group STREQUAL "quiet")  # HIDE_QUIET: hidden, no skip to report
      list(APPEND expected "${name}=${group}")
    endif()
  endforeach()
endforeach()

function(fail what)
  list(JOIN args " " shown)
  message(FATAL_ERROR "${what}\n---- cmake ${shown}\n${out}")
endfunction()

function(run)  # run(<command>...): sets rc and out (stdout and stderr) here
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  set(rc "${rc}" PARENT_SCOPE)
  set(out "${out}" PARENT_SCOPE)
endfunction()

# Outside CI: skips, printed.
file(REMOVE_RECURSE "${WORK_DIR}")
file(WRITE "${WORK_DIR}/.cmake/api/v1/query/codemodel-v2" "")  # lists the targets
run("${CMAKE_COMMAND}" -E env --unset=CI "${CMAKE_COMMAND}" ${args})
if(NOT rc EQUAL 0)
  fail("configure failed (exit ${rc}) without the hidden tools")
endif()
set(configure_out "${out}")
foreach(pair IN LISTS expected)
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 name)
  list(GET pair 1 group)
  string(FIND "${out}" ": ${name} is missing (./scripts/deps.sh ${group} installs it)" at)
  if(at EQUAL -1)
    fail("configure did not say it skipped what needs ${name}, nor that ./scripts/deps.sh ${group} installs it")
  endif()
endforeach()

# DOCS_FOUND: ON, OFF or UNKNOWN, whether this machine has the docs tools.
file(GLOB replies "${WORK_DIR}/.cmake/api/v1/reply/target-docs-*.json")
if(NOT replies)
  fail("there is no docs target")
endif()
if(DOCS_FOUND STREQUAL "ON" AND NOT HIDE_DOCS)
  string(FIND "${out}" "deps.sh docs installs it" at)
  if(NOT at EQUAL -1)
    fail("configure skipped part of the docs although their tools are here")
  endif()
  # The real docs target, not the fallback: its first rule, Doxygen's, is
  # named after its output, the XML stamp.
  file(READ "${replies}" reply)
  string(FIND "${reply}" "doxygen/xml/.build-stamp.rule" at)
  if(at EQUAL -1)
    fail("the docs target does not run the docs pipeline:\n${reply}")
  endif()
elseif(HIDE_DOCS OR DOCS_FOUND STREQUAL "OFF")
  run("${CMAKE_COMMAND}" --build "${WORK_DIR}" --target docs)
  string(FIND "${out}" "./scripts/deps.sh docs" at)
  if(rc EQUAL 0 OR at EQUAL -1)
    fail("without its tools the docs target must fail naming ./scripts/deps.sh docs (exit ${rc})")
  endif()
endif()

run("${CTEST}" --test-dir "${WORK_DIR}" -N)
if(out MATCHES "#[0-9]+: missing[.]")
  fail("outside CI a missing tool must skip, not fail")
endif()

# With CI=true: the same configure succeeds, and each missing tool is a test
# that fails.
run("${CMAKE_COMMAND}" -E env CI=true "${CMAKE_COMMAND}" ${args})
if(NOT rc EQUAL 0)
  fail("configure failed (exit ${rc}) with CI=true")
endif()
run("${CTEST}" --test-dir "${WORK_DIR}" -R "^missing[.]" --output-on-failure)
foreach(pair IN LISTS expected)
  string(REGEX REPLACE "=.*" "" name "${pair}")
  string(FIND "${out}" "missing.${name} " at)
  if(at EQUAL -1)
    fail("with CI=true there is no test missing.${name}")
  endif()
endforeach()
string(REGEX MATCH "([0-9]+) tests failed out of ([0-9]+)" counts "${out}")
if(NOT CMAKE_MATCH_1 OR NOT CMAKE_MATCH_1 EQUAL CMAKE_MATCH_2)
  fail("with CI=true every missing.* test must fail")
endif()
string(REGEX MATCHALL "-- Skipping[^\n]*" skips "${configure_out}")
list(JOIN skips "\n" skips)
message(STATUS "Configure without the hidden tools succeeded and said:\n${skips}")
