/* An exhaustive switch over all eight constants, checked by the compiler
 * (-Wswitch-enum): maps each state to its counterpart in the later
 * RENDEZVOUS_SESSION_STATE enumeration, when porting code to it. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv_lists.h>

#include <stdio.h>

/* The RENDEZVOUS_SESSION_STATE name for a state, or NULL for a value
 * outside the eight. Adding a case or forgetting one is a compile error with
 * -Wswitch-enum -Werror. */
static const char *rendezvous_name(SESSION_STATE state) {
  switch (state) {
    case SS_UNKNOWN: return "RSS_UNKNOWN";
    case SS_READY: return "RSS_READY";
    case SS_INVITATION: return "RSS_INVITATION";
    case SS_ACCEPTED: return "RSS_ACCEPTED";
    case SS_CONNECTED: return "RSS_CONNECTED";
    case SS_CANCELLED: return "RSS_CANCELLED";
    case SS_DECLINED: return "RSS_DECLINED";
    case SS_TERMINATED: return "RSS_TERMINATED";
  }
  return NULL;
}

/* Every constant, from the header's list of them. */
#define PRINT_ROW(name, value, meaning) printf("%-13s -> %s\n", #name, rendezvous_name(name));

int main(void) {
  MSGRPRIV_SESSION_STATE_LIST(PRINT_ROW)
  return 0;
}
