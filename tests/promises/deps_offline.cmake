# scripts/deps.sh test, with everything installed, calls neither apt-get nor
# npm nor node (which fetches the browser test's packages): stand-ins first on
# PATH record any call. Outside CI, with something
# missing, that is expected: the test says it skipped. Inputs: PROJECT, WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/bin")
foreach(tool apt-get npm node)
  file(WRITE "${WORK_DIR}/bin/${tool}" "#!/bin/sh\necho \"$0 $*\" >> '${WORK_DIR}/called'\nexit 1\n")
  file(CHMOD "${WORK_DIR}/bin/${tool}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE)
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "PATH=${WORK_DIR}/bin:$ENV{PATH}" sh "${PROJECT}/scripts/deps.sh" test
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(EXISTS "${WORK_DIR}/called")
  file(READ "${WORK_DIR}/called" called)
  if(NOT "$ENV{CI}" STREQUAL "true")
    message("Skipped: something is not installed here, so deps.sh would install it: ${called}")
    return()
  endif()
  message(FATAL_ERROR "deps.sh called the network though everything should be installed:\n${called}${out}${err}")
endif()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "deps.sh failed (${rc}):\n${out}${err}")
endif()
message(STATUS "deps.sh test: nothing to install, no network")
