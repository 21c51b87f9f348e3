// Names the type and a constant through the C++ helpers.
#include "msgrpriv.hpp"

int state_number();
int state_number() {
  constexpr SESSION_STATE state = SS_READY;
  static_assert(msgrpriv::name(state) != nullptr, "SS_READY has a name");
  return static_cast<int>(state);
}
