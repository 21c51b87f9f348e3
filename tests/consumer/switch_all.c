/* An outside program: switches over all eight constants. Compiled as C89 and
 * as C++98 against the installed header; exits 0 when every constant maps. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this program names them on purpose */
#include <msgrpriv.h>

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

int main(void) {
  int i;
  for (i = 0; i < MSGRPRIV_SESSION_STATE_COUNT; ++i) {
    SESSION_STATE state;
    if (!MsgrSessionStateFromName(MsgrSessionStateName((SESSION_STATE)i), &state) || number_of(state) != i) {
      printf("mismatch at %d\n", i);
      return 1;
    }
  }
  printf("%s: %s\n", MsgrSessionStateName(SS_DECLINED), MsgrSessionStateDescription(SS_DECLINED));
  return 0;
}
