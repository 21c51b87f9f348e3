# Builds and runs switch_all.c against an installed prefix with the flags
# that `pkg-config --cflags msgrpriv` reports.
# Inputs: PREFIX, SOURCE, WORK_DIR, C_COMPILER, PKG_CONFIG.
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --cflags msgrpriv
  OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags msgrpriv failed (${rc})")
endif()
if(NOT cflags MATCHES "-I.*/include")
  message(FATAL_ERROR "unexpected cflags: '${cflags}'")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(exe "${WORK_DIR}/switch_all_pkgconfig")
execute_process(COMMAND "${C_COMPILER}" -std=c89 -Wall -Wextra -pedantic -Werror ${cflags}
    "${SOURCE}" -o "${exe}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling against pkg-config's flags failed")
endif()
execute_process(COMMAND "${exe}" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "SS_DECLINED: The session is remotely canceled.\n")
  message(FATAL_ERROR "consumer failed (${rc}): ${out}")
endif()
message(STATUS "pkg-config consumer: ${out}")
