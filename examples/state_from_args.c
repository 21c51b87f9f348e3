/* Reads a SESSION_STATE name from the command line, such as a name found in
 * an old log, and prints its value and meaning. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv_lists.h>

#include <stdio.h>

/* Every name, from the header's list of the constants. */
#define PRINT_NAME(name, value, meaning) fprintf(out, "%s%s", (value) == 0 ? "" : ", ", #name);
static void list_names(FILE *out) {
  MSGRPRIV_SESSION_STATE_LIST(PRINT_NAME)
  fprintf(out, "\n");
}

int main(int argc, char **argv) {
  SESSION_STATE state = SS_UNKNOWN;
  if (argc != 2) {
    fprintf(stderr, "usage: %s NAME\nNAME is one of: ", argc > 0 ? argv[0] : "state_from_args");
    list_names(stderr);
    return 2;
  }
  if (!MsgrSessionStateFromName(argv[1], &state)) {
    fprintf(stderr, "unknown SESSION_STATE name '%s' (names are case-sensitive); expected one of: ", argv[1]);
    list_names(stderr);
    return 2;
  }
  printf("%s = %d: %s\n", argv[1], (int)state, MsgrSessionStateDescription(state));
  return 0;
}
