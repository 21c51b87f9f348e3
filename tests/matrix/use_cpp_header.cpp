// Names the type and a constant through the C++ helpers.
#include "msgrpriv.hpp"

int state_number();
int state_number() {
  constexpr SESSION_STATE state = SS_READY;
  static_assert(msgrpriv::name(state) != nullptr, "SS_READY has a name");
  return static_cast<int>(state);
}

// A size is never narrowed to a name's length: with a 64-bit size_type and
// a 32-bit unsigned long (MinGW, MSVC), 2^32 + 8 would otherwise read as 8.
constexpr msgrpriv::size_type past_32_bits(msgrpriv::size_type low) {
  return sizeof(msgrpriv::size_type) > 4 ? (low | ~msgrpriv::size_type{0xFFFFFFFFU}) : low + 0xFFFFFFF0U;
}
static_assert(!msgrpriv::parse<SESSION_STATE>("SS_READY", past_32_bits(8)), "a huge size is no name");
static_assert(*msgrpriv::parse<SESSION_STATE>("SS_READY", 8) == SS_READY, "the same bytes, sized right");
