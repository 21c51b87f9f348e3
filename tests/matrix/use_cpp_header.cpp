// Uses every part of msgrpriv.hpp, for the compile matrix and the linters.
#include "msgrpriv.hpp"

namespace {
[[maybe_unused]] int state_number() {
  constexpr SESSION_STATE state = SS_READY;
  static_assert(msgrpriv::name(state)[0] == 'S', "SS_READY has a name");
  static_assert(msgrpriv::description(state)[0] == 'T', "and a meaning");
  static_assert(*msgrpriv::parse<SESSION_STATE>("SS_READY") == SS_READY, "parse");
  static_assert(!msgrpriv::from_value<SESSION_FLAGS>(3), "a combination is no constant");
  static_assert(*msgrpriv::from_value<SESSION_RESULT>(0x81000614U) == SR_SESSION_STATE_INVALID, "from_value");
  static_assert(msgrpriv::count<LockError> == 6 && msgrpriv::type_name<LockStatus>[0] == 'L', "count, type_name");
  int sum = 0;
  for (const SESSION_FLAGS flag : msgrpriv::values<SESSION_FLAGS>) {
    sum += static_cast<int>(flag);
  }
  return static_cast<int>(state) + sum + (msgrpriv::parse<LockStatus>("LOCK_DISABLED").value_or(LOCK_UNLOCKED));
}

// A size is never narrowed to a name's length: with a 64-bit size_type and
// a 32-bit unsigned long (MinGW, MSVC), 2^32 + 8 would otherwise read as 8.
constexpr msgrpriv::size_type past_32_bits(msgrpriv::size_type low) {
  return sizeof(msgrpriv::size_type) > 4 ? (low | ~msgrpriv::size_type{0xFFFFFFFFU}) : low + 0xFFFFFFF0U;
}
static_assert(!msgrpriv::parse<SESSION_STATE>("SS_READY", past_32_bits(8)), "a huge size is no name");
static_assert(*msgrpriv::parse<SESSION_STATE>("SS_READY", 8) == SS_READY, "the same bytes, sized right");
}  // namespace
