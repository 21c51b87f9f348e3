# Every example, and every run of it that the tests make: natively
# (examples/CMakeLists.txt) and cross-compiled under Wine (tests/windows).
# The includer defines msgrpriv_example_run(<test> <example> [ARGS ...]
# [EXIT <code>] [OUTPUT <file>] [STDERR <regex>]) before including this file.
#   OUTPUT: standard output must equal the file, byte for byte.
#   STDERR: standard error must match the regular expression.
set(MSGRPRIV_EXAMPLES
  log_state_change.c state_from_args.c exhaustive_switch.c compile_time.cpp decode_untrusted.cpp
  session_codes.c decode.c contact_status.c signin_failure.c contact_lists.c bim_state.cpp)

msgrpriv_example_run(log_state_change log_state_change OUTPUT log_state_change.output)
msgrpriv_example_run(state_from_args state_from_args ARGS SS_DECLINED OUTPUT state_from_args.output)
msgrpriv_example_run(state_from_args.wrong_case state_from_args ARGS ss_declined EXIT 2
  STDERR "unknown SESSION_STATE name 'ss_declined' \\(names are case-sensitive\\)")
msgrpriv_example_run(state_from_args.unknown state_from_args ARGS SS_NOPE EXIT 2
  STDERR "expected one of: SS_UNKNOWN, SS_READY, SS_INVITATION, SS_ACCEPTED, SS_CONNECTED, SS_CANCELLED, SS_DECLINED, SS_TERMINATED")
msgrpriv_example_run(state_from_args.missing state_from_args EXIT 2 STDERR "^usage: ")
msgrpriv_example_run(exhaustive_switch exhaustive_switch OUTPUT exhaustive_switch.output)
msgrpriv_example_run(compile_time compile_time OUTPUT compile_time.output)
msgrpriv_example_run(decode_untrusted decode_untrusted ARGS 6 SS_READY 42 -1 ss_ready EXIT 1
  OUTPUT decode_untrusted.output)
msgrpriv_example_run(session_codes session_codes OUTPUT session_codes.output)
msgrpriv_example_run(contact_status contact_status OUTPUT contact_status.output)
msgrpriv_example_run(signin_failure signin_failure ARGS 0x81000303 -2130705661 0x80004005 0x81000387
  OUTPUT signin_failure.output)
msgrpriv_example_run(signin_failure.unknown signin_failure ARGS 0x81000300 EXIT 1
  STDERR "^0x81000300: not a Messenger code")
msgrpriv_example_run(signin_failure.missing signin_failure EXIT 2 STDERR "^usage: ")
msgrpriv_example_run(contact_lists contact_lists OUTPUT contact_lists.output)
msgrpriv_example_run(bim_state bim_state ARGS BIMSTATE_BUSY OUTPUT bim_state.output)
msgrpriv_example_run(bim_state.wrong_case bim_state ARGS bimstate_busy EXIT 1
  STDERR "^bimstate_busy: no BIMSTATE of that name \\(names are case-sensitive\\)")
msgrpriv_example_run(decode decode ARGS "Invite failed, hr=0x81000613 (state 6)" 81000614 sr_invited_self
  OUTPUT decode.output)
msgrpriv_example_run(decode.missing decode EXIT 2 STDERR "^usage: ")
# And a run for each input of the look-up's table, which the site's search box
# and look-up page answer alike (tests/lookup; not in a copy of this folder alone).
include("${CMAKE_CURRENT_LIST_DIR}/../tests/lookup/decode_runs.cmake" OPTIONAL)
