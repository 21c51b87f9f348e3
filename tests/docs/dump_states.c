/* Prints what the compiled C helpers say, one constant per line:
 * value TAB name TAB description. The docs tests compare it with the JSON
 * inventory generated from Doxygen's XML. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* a test tool: it names the type on purpose */
#define MSGRPRIV_IMPLEMENTATION /* the helpers' definitions are compiled in this file */
#include <msgrpriv.h>

#include <stdio.h>

int main(void) {
  int value;
  for (value = 0; value < MSGRPRIV_SESSION_STATE_COUNT; ++value) {
    printf("%d\t%s\t%s\n", value, MsgrSessionStateName((SESSION_STATE)value),
           MsgrSessionStateDescription((SESSION_STATE)value));
  }
  return 0;
}
