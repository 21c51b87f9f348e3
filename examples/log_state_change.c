/* Logs session state changes readably, from a handler shaped like
 * DMsgrSessionEvents::OnStateChanged(SESSION_STATE prevState). */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv.h>

#include <stdio.h>

/* Called with the state the session had before the change. */
static void on_state_changed(SESSION_STATE prev_state) {
  const char *name = MsgrSessionStateName(prev_state);
  if (name == NULL) {
    /* A value from outside the eight: say so rather than guess. */
    printf("state changed from an unknown value (%d)\n", (int)prev_state);
    return;
  }
  printf("state changed from %s (%d): %s\n", name, (int)prev_state, MsgrSessionStateDescription(prev_state));
}

int main(void) {
  on_state_changed(SS_INVITATION);
  on_state_changed(SS_ACCEPTED);
  on_state_changed(SS_CONNECTED);
  on_state_changed((SESSION_STATE)42);
  return 0;
}
