# Configures, builds and installs tests/consumer/add_subdirectory, a C-only
# project, with no C++ compiler to be found, then checks that the install
# holds the program and nothing of msgrpriv's.
# Inputs: SOURCE (that folder), MSGRPRIV_SOURCE_DIR, WORK_DIR, CMAKE, C_COMPILER.
file(REMOVE_RECURSE "${WORK_DIR}")
foreach(step
    "-S|${SOURCE}|-B|${WORK_DIR}/build|-DMSGRPRIV_SOURCE_DIR=${MSGRPRIV_SOURCE_DIR}|-DCMAKE_C_COMPILER=${C_COMPILER}|-DCMAKE_CXX_COMPILER=${WORK_DIR}/no-c++-here"
    "--build|${WORK_DIR}/build"
    "--install|${WORK_DIR}/build|--prefix|${WORK_DIR}/prefix")
  string(REPLACE "|" ";" step "${step}")
  execute_process(COMMAND "${CMAKE}" -E env CXX=${WORK_DIR}/no-c++-here "${CMAKE}" ${step}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake ${step} failed:\n${out}${err}")
  endif()
endforeach()
file(GLOB_RECURSE installed RELATIVE "${WORK_DIR}/prefix" "${WORK_DIR}/prefix/*")
if(NOT installed STREQUAL "bin/switch_all")
  message(FATAL_ERROR "the install holds more than the program: ${installed}")
endif()
execute_process(COMMAND "${WORK_DIR}/prefix/bin/switch_all" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "SS_DECLINED: The session is remotely canceled.\n")
  message(FATAL_ERROR "the program failed (${rc}): ${out}")
endif()
