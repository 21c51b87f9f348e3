# Every example, and every run of it that the tests make: natively
# (examples/CMakeLists.txt) and cross-compiled under Wine (tests/windows).
# The includer defines msgrpriv_example_run(<test> <example> [ARGS ...]
# [EXIT <code>] [OUTPUT <file>] [STDERR <regex>]) before including this file.
#   OUTPUT: standard output must equal the file, byte for byte.
#   STDERR: standard error must match the regular expression.
set(MSGRPRIV_EXAMPLES
  log_state_change.c state_from_args.c exhaustive_switch.c compile_time.cpp decode_untrusted.cpp
  session_codes.c decode.c)

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
msgrpriv_example_run(decode decode ARGS 0x81000614 -2130704876 6 +6 SS_DECLINED MSGR_E_API_ALREADY_UNLOCKED
  OUTPUT decode.output)
msgrpriv_example_run(decode.no_such_value decode ARGS 1000 EXIT 1 STDERR "no constant has the value 1000")
msgrpriv_example_run(decode.no_such_name decode ARGS ss_declined EXIT 1 STDERR "no constant is named 'ss_declined'")
msgrpriv_example_run(decode.empty decode ARGS <empty> EXIT 2 STDERR "an empty argument is neither a number nor a name")
msgrpriv_example_run(decode.bare_0x decode ARGS 0x EXIT 2 STDERR "'0x' is not a number")
msgrpriv_example_run(decode.sign_only decode ARGS + EXIT 2 STDERR "'\\+' is not a number")
msgrpriv_example_run(decode.trailing_garbage decode ARGS 12abc EXIT 2 STDERR "'12abc' is not a number")
msgrpriv_example_run(decode.overflow decode ARGS 99999999999999999999999 EXIT 2 STDERR "is not a number .* in range")
msgrpriv_example_run(decode.missing decode EXIT 2 STDERR "^usage: ")
