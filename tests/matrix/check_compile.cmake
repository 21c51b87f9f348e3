# Compiles one source with one compiler in one language mode and checks what
# the compiler said.
#   MODE=quiet        MSGRPRIV_NO_DEPRECATION_WARNINGS defined, -Werror: not a word.
#   MODE=clean        -Werror, the source as it is: not a word.
#   MODE=deprecation  default header: the "Do not use" diagnostic must appear
#                     and every warning must be a deprecation warning.
#   MODE=silent       default header: no diagnostic at all (mere include).
#   MODE=error        the compile must fail with ERROR_TEXT in its output.
# Inputs: COMPILER, LANG (c|c++), STD, SOURCE, INCLUDE_DIR, MODE, FLAGS
# ('|'-separated), DEFINES ('|'-separated, without the -D), ERROR_TEXT.
string(REPLACE "|" ";" FLAGS "${FLAGS}")
string(REPLACE "|" ";" DEFINES "${DEFINES}")
set(args -x ${LANG} -std=${STD} -fsyntax-only -I${INCLUDE_DIR} ${FLAGS})
foreach(define IN LISTS DEFINES)
  list(APPEND args "-D${define}")
endforeach()
if(MODE STREQUAL "quiet")
  list(APPEND args -Werror -DMSGRPRIV_NO_DEPRECATION_WARNINGS)
elseif(MODE STREQUAL "clean")
  list(APPEND args -Werror)
endif()
execute_process(COMMAND "${COMPILER}" ${args} "${SOURCE}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(said "${out}${err}")
set(command_line "${COMPILER} ${args} ${SOURCE}")
string(REPLACE ";" " " command_line "${command_line}")

if(MODE STREQUAL "error")
  if(rc EQUAL 0 OR NOT said MATCHES "${ERROR_TEXT}")
    message(FATAL_ERROR "expected a failure saying '${ERROR_TEXT}':\n${command_line}\n${said}")
  endif()
  return()
endif()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compile failed:\n${command_line}\n${said}")
endif()
if(MODE MATCHES "^(quiet|clean|silent)$")
  if(NOT said STREQUAL "")
    message(FATAL_ERROR "expected no diagnostics:\n${command_line}\n${said}")
  endif()
elseif(MODE STREQUAL "deprecation")
  if(NOT said MATCHES "Do not use")
    message(FATAL_ERROR "expected the deprecation diagnostic:\n${command_line}\n${said}")
  endif()
  string(REGEX MATCHALL "[^\n]*warning:[^\n]*" warnings "${said}")
  foreach(line IN LISTS warnings)
    if(NOT line MATCHES "deprecated")
      message(FATAL_ERROR "a warning other than the deprecation:\n${command_line}\n${line}\n${said}")
    endif()
  endforeach()
  if(said MATCHES "error:")
    message(FATAL_ERROR "unexpected error:\n${command_line}\n${said}")
  endif()
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
