/* An outside program: switches over all eight constants. Compiled as C89 and
 * as C++98 against the installed headers; exits 0 when every constant maps. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this program names them on purpose */
#include <msgrpriv_lists.h>

#include <stdio.h>

static int number_of(SESSION_STATE state) {
  switch (state) {
    case SS_UNKNOWN: return 0;
    case SS_READY: return 1;
    case SS_INVITATION: return 2;
    case SS_ACCEPTED: return 3;
    case SS_CONNECTED: return 4;
    case SS_CANCELLED: return 5;
    case SS_DECLINED: return 6;
    case SS_TERMINATED: return 7;
  }
  return -1;
}

/* Each constant of the list: its name parses back to it, and the switch maps it. */
#define CHECK(name, value, meaning)                                                  \
  if (!MsgrSessionStateFromName(#name, &state) || state != (name) || number_of(state) != (value)) { \
    printf("mismatch at %s\n", #name);                                             \
    return 1;                                                                      \
  }

int main(void) {
  SESSION_STATE state = SS_UNKNOWN;
  MSGRPRIV_SESSION_STATE_LIST(CHECK)
  printf("%s: %s\n", MsgrSessionStateName(SS_DECLINED), MsgrSessionStateDescription(SS_DECLINED));
  return 0;
}
