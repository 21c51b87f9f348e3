# Runs one fuzz test from the committed seeds alone: WORK_DIR, where libFuzzer
# puts what it finds, is emptied first, so that every run starts from the same
# inputs. Inputs: WORK_DIR, COMMAND (the fuzzer and its options, split on '|'),
# SEEDS (the committed corpus, read only).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
string(REPLACE "|" ";" command "${COMMAND}")
set(ENV{ASAN_OPTIONS} "detect_leaks=1")
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1")
execute_process(COMMAND ${command} "${WORK_DIR}" "${SEEDS}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the fuzzer failed (${result}): see the crash and its input above")
endif()
