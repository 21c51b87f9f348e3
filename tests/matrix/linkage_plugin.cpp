// A C++17 plugin that uses msgrpriv's C helpers and its C++ API: loaded,
// used and unloaded by linkage_host.c. A symbol with STB_GNU_UNIQUE binding
// (an inline variable, a static local of an inline function) would keep it
// loaded after dlclose.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a test: it names the constants on purpose
#include "msgrpriv.hpp"

extern "C" int plugin_answer();

extern "C" int plugin_answer() {
  int sum = 0;
  for (const SESSION_RESULT code : msgrpriv::values<SESSION_RESULT>) {
    sum += msgrpriv::name(code)[0] == 'S' ? 1 : 0;
  }
  const msgrpriv::result<SESSION_FLAGS> flags = msgrpriv::from_value<SESSION_FLAGS>(3);
  SESSION_STATE state = SS_UNKNOWN;
  sum += MsgrSessionStateFromName("SS_DECLINED", &state) + (flags == (SF_INVITER | SF_INVITEE) ? 1 : 0);
  sum += msgrpriv::parse<LockStatus>("LOCK_DISABLED").has_value() ? 1 : 0;
  sum += static_cast<int>(msgrpriv::count<LockError>) + msgrpriv::type_name<LockError>[0];
  return sum + (MsgrSessionResultDescription(SR_OLD_SIP_STACK) != nullptr ? 1 : 0);
}
