/* User code that uses every C helper and every list of every enumeration of
 * every header, through the headers' own lists (msgrpriv_every_list.h), for the compile matrix (with every
 * warning a user may turn on, after globals named like every identifier the
 * headers use) and the linters. Valid C89 and C++98 and later. */
#include "msgrpriv_every_list.h"

#if defined(__cplusplus) && __cplusplus >= 201103L
#define MSGRPRIV_USE_NULL nullptr
#elif defined(__cplusplus) && defined(__GNUC__)
#define MSGRPRIV_USE_NULL __null
#else
#define MSGRPRIV_USE_NULL 0
#endif

int msgrpriv_use_c(void);

static int msgrpriv_use_same(const char *u_a, const char *u_b) {
  while (*u_a != '\0' && *u_a == *u_b) {
    ++u_a;
    ++u_b;
  }
  return *u_a == *u_b;
}

#define MSGRPRIV_USE_VALUE(name, value, meaning) value,
#define MSGRPRIV_USE_NAME(name, value, meaning) #name,
#define MSGRPRIV_USE_MEANING(name, value, meaning) meaning,
#define MSGRPRIV_USE_CASE(name, value, meaning)                                                         \
  case name:                                                                                            \
    return 1;

/* Per type: every constant of its list, found by its value (a long, as an
 * HRESULT is) and by its name, named and described as the list says; a switch
 * over the list; the type's size, by either spelling. */
#define MSGRPRIV_USE_TYPE(TYPE, Prefix, LIST)                                                           \
  static int msgrpriv_use_switch_##Prefix(TYPE u_value) {                                               \
    switch (u_value) { LIST(MSGRPRIV_USE_CASE) }                                                        \
    return 0;                                                                                           \
  }                                                                                                     \
  static int msgrpriv_use_##Prefix(void) {                                                              \
    static const long u_values[] = {LIST(MSGRPRIV_USE_VALUE) 0};                                        \
    static const char *const u_names[] = {LIST(MSGRPRIV_USE_NAME) ""};                                  \
    static const char *const u_meanings[] = {LIST(MSGRPRIV_USE_MEANING) ""};                            \
    enum tag##TYPE u_found;                                                                             \
    TYPE u_again;                                                                                       \
    int u_ok = sizeof(TYPE) == 4 && sizeof(enum tag##TYPE) == 4 &&                                      \
             Msgr##Prefix##FromValue(u_values[0], &u_found) == 1 && Msgr##Prefix##FromValue(u_values[0], &u_again) == 1; \
    unsigned long u_i = 0;                                                                              \
    for (u_i = 0; u_ok && u_i + 1 < sizeof u_values / sizeof u_values[0]; ++u_i) {                      \
      const char *u_name = MSGRPRIV_USE_NULL;                                                           \
      const char *u_meaning = MSGRPRIV_USE_NULL;                                                        \
      u_ok = Msgr##Prefix##FromValue(u_values[u_i], &u_found) == 1;                                     \
      u_name = Msgr##Prefix##Name(u_found);                                                             \
      u_meaning = Msgr##Prefix##Description(u_found);                                                   \
      u_ok = u_ok && u_name != MSGRPRIV_USE_NULL && msgrpriv_use_same(u_name, u_names[u_i]);            \
      u_ok = u_ok && u_meaning != MSGRPRIV_USE_NULL && msgrpriv_use_same(u_meaning, u_meanings[u_i]);   \
      u_ok = u_ok && Msgr##Prefix##FromName(u_names[u_i], &u_again) == 1 && Msgr##Prefix##Name(u_again) == u_name; \
      u_ok = u_ok && msgrpriv_use_switch_##Prefix(u_found) == 1;                                        \
    }                                                                                                   \
    return u_ok;                                                                                        \
  }
#define MSGRPRIV_USE_HEADER(file, LISTS) LISTS(MSGRPRIV_USE_TYPE)
MSGRPRIV_EVERY_HEADER(MSGRPRIV_USE_HEADER) /* NOLINT(bugprone-branch-clone): a case per constant, as a user writes it */

#define MSGRPRIV_USE_CALL(TYPE, Prefix, LIST) u_ok = msgrpriv_use_##Prefix() && u_ok;

int msgrpriv_use_c(void) {
  int u_ok = 1;
#define MSGRPRIV_USE_CALLS(file, LISTS) LISTS(MSGRPRIV_USE_CALL)
  MSGRPRIV_EVERY_HEADER(MSGRPRIV_USE_CALLS)
  return u_ok;
}
