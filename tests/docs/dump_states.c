/* Prints what the compiled C helpers say, one constant per line, for every
 * enumeration: type TAB value TAB name TAB description. The docs tests
 * compare it with the JSON inventory generated from Doxygen's XML. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* a test tool: it names the types on purpose */
#include <msgrpriv_lists.h>

#include <stdio.h>

#define DUMP_ROW(name, value, meaning) \
  printf("%s\t%ld\t%s\t%s\n", type, (long)name, name_of(name), description_of(name));
#define DUMP_TYPE(TYPE, Prefix, LIST)                                   \
  static void dump_##Prefix(void) {                                     \
    const char *type = #TYPE;                                           \
    const char *(*name_of)(TYPE) = Msgr##Prefix##Name;                  \
    const char *(*description_of)(TYPE) = Msgr##Prefix##Description;    \
    LIST(DUMP_ROW)                                                      \
  }
MSGRPRIV_LISTS(DUMP_TYPE)

#define CALL_DUMP(TYPE, Prefix, LIST) dump_##Prefix();

int main(void) {
  MSGRPRIV_LISTS(CALL_DUMP)
  return 0;
}
