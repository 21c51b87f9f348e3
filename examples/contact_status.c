/* Shows a contact's status as words, the way Messenger code got it: the
 * MISTATUS of IMessengerContact::get_Status (a LONG to a script), here as a
 * log would replay it. A value that is no MISTATUS says so; none is cast. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrua.h>

#include <stdio.h>

#ifdef _WIN32
#include <windows.h> /* the real LONG */
#else
#include <stdint.h>
typedef int32_t LONG; /* as on Windows: a signed 32-bit integer */
#endif

struct contact {
  const char *signin_name;
  LONG status; /* from IMessengerContact::get_Status */
};
static const struct contact contacts[] = {
    {"alice@example.com", 0x0002}, {"bob@example.com", 0x0022}, {"carol@example.com", 0x0006},
    {"dave@example.com", 0x0300}, {"erin@example.com", 0x0005}};

int main(void) {
  size_t i = 0;
  for (i = 0; i < sizeof contacts / sizeof contacts[0]; ++i) {
    MISTATUS status = MISTATUS_UNKNOWN;
    if (MsgrMIStatusFromValue(contacts[i].status, &status)) {
      printf("%s: %s (0x%04lX): %s\n", contacts[i].signin_name, MsgrMIStatusName(status),
             (unsigned long)contacts[i].status, MsgrMIStatusDescription(status));
    } else {
      printf("%s: 0x%04lX is no MISTATUS\n", contacts[i].signin_name, (unsigned long)contacts[i].status);
    }
  }
  return 0;
}
