/* The contact lists of IMessenger::get_MyContacts' MLIST argument (mdisp.h),
 * as a table of your own made from mdisp_lists.h: each list's name, value and
 * meaning, then a switch that names every list (-Wswitch-enum). MLIST's page
 * gives MLIST_CONTACT no value: C gives it 0, before MLIST_ALLOW = 1. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <mdisp_lists.h>

#include <stdio.h>

struct list_row {
  const char *name;
  int value;
  const char *meaning;
};
#define AS_ROW(name, value, meaning) {#name, value, meaning},
static const struct list_row lists[] = {MSGRPRIV_MLIST_LIST(AS_ROW)};

/* What a contact list window would title each list. */
static const char *title(MLIST list) {
  switch (list) {
    case MLIST_CONTACT:
      return "Contacts";
    case MLIST_ALLOW:
      return "Allowed";
    case MLIST_BLOCK:
      return "Blocked";
    case MLIST_REVERSE:
      return "Who added me";
  }
  return "?";
}

int main(void) {
  size_t i = 0;
  for (i = 0; i < sizeof lists / sizeof lists[0]; ++i) {
    MLIST list = MLIST_CONTACT;
    if (MsgrMListFromValue(lists[i].value, &list)) {
      printf("%d %s (%s): %s\n", lists[i].value, lists[i].name, title(list), lists[i].meaning);
    }
  }
  return 0;
}
