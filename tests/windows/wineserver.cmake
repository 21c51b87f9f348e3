# ACTION start: makes the Wine prefix every run uses, under a wineserver that
# outlives its clients (-p, by PERSIST seconds): each run then starts in a
# fraction of a second instead of starting, and later stopping, a server and
# Wine's services. ACTION stop: ends that server, if it still runs.
# Inputs: ACTION, WINE, WINESERVER, PERSIST, LOG; WINEPREFIX in the environment.
# Any server of this prefix ends first (one left by an interrupted run: a
# second -p would fail); -k fails when none runs, which is no error here.
execute_process(COMMAND "${WINESERVER}" -k ERROR_QUIET)
execute_process(COMMAND "${WINESERVER}" -w)
if(ACTION STREQUAL "stop")
  return()
endif()
file(MAKE_DIRECTORY "$ENV{WINEPREFIX}")
# Output to files, not pipes: the server and the services stay up after
# their command returns, and a pipe would be waited on until they exit.
execute_process(COMMAND "${WINESERVER}" "-p${PERSIST}" RESULT_VARIABLE failed
  OUTPUT_FILE "${LOG}" ERROR_FILE "${LOG}.err")
if(failed)
  message(FATAL_ERROR "${WINESERVER} -p${PERSIST} failed (${failed})")
endif()
execute_process(COMMAND "${WINE}" wineboot --init RESULT_VARIABLE failed
  OUTPUT_FILE "${LOG}.wineboot" ERROR_FILE "${LOG}.wineboot.err")
if(failed)
  file(READ "${LOG}.wineboot.err" said)
  message(FATAL_ERROR "wineboot --init failed (${failed}):\n${said}")
endif()
