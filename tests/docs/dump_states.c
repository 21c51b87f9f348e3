/* Prints what the compiled C helpers say, one constant per line, for every
 * enumeration of every header: type TAB value TAB name TAB description. The docs tests
 * compare it with the JSON inventory generated from Doxygen's XML. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* a test tool: it names the types on purpose */
#include <msgrpriv_every_list.h>

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
#define DUMP_HEADER(header, LISTS) LISTS(DUMP_TYPE)
MSGRPRIV_EVERY_HEADER(DUMP_HEADER)

#define CALL_DUMP(TYPE, Prefix, LIST) dump_##Prefix();
#define CALL_HEADER(header, LISTS) LISTS(CALL_DUMP)

int main(void) {
  MSGRPRIV_EVERY_HEADER(CALL_HEADER)
  return 0;
}
