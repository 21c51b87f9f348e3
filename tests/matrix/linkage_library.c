/* A library that uses msgrpriv's C helpers (and, from C++17, its C++ API):
 * each answer it gives comes from the headers it was built with. Built twice,
 * as liba and libb (MSGRPRIV_LIBRARY_ANSWER names the function), against two
 * versions of the headers whose meanings differ, and linked into one program
 * (linkage_program.c), in every language mode. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* a test: it names the constants on purpose */
#include "msgrpriv_every_list.h" /* every header: none may leave a symbol */
#if defined(__cplusplus) && __cplusplus >= 201703L
#include "msgrpriv.hpp"
#define MSGRPRIV_LIBRARY_WAYS 9
#else
#define MSGRPRIV_LIBRARY_WAYS 3
#endif

#ifdef __cplusplus
extern "C" {
#endif
/* SS_DECLINED's meaning, the way-th way; NULL past the last way. */
const char *MSGRPRIV_LIBRARY_ANSWER(int way);
#ifdef __cplusplus
}
#endif

const char *MSGRPRIV_LIBRARY_ANSWER(int way) {
  SESSION_STATE state = SS_UNKNOWN;
  switch (way) {
    case 0:
      return MsgrSessionStateDescription(SS_DECLINED);
    case 1:
      return MsgrSessionStateFromName("SS_DECLINED", &state) ? MsgrSessionStateDescription(state) : "";
    case 2:
      return MsgrSessionStateFromValue(6, &state) ? MsgrSessionStateDescription(state) : "";
#if MSGRPRIV_LIBRARY_WAYS > 3
    case 3:
      return msgrpriv::description(SS_DECLINED);
    case 4:
      return msgrpriv::description(*msgrpriv::parse<SESSION_STATE>("SS_DECLINED"));
    case 5:
      return msgrpriv::description(msgrpriv::from_value<SESSION_STATE>(6).value_or(SS_UNKNOWN));
    case 6:
      return msgrpriv::description(msgrpriv::values<SESSION_STATE>[6]);
    case 7:
      return msgrpriv::description(*(msgrpriv::values<SESSION_STATE>.begin() + 6));
    case 8:
      return msgrpriv::result<SESSION_STATE>(SS_DECLINED) == SS_DECLINED ? msgrpriv::description(SS_DECLINED) : "";
#endif
    default:
      return 0;
  }
}
