// User code that uses every part of msgrpriv.hpp (and, through
// use_c_header.c, every C helper and list) for every enumeration, for the
// compile matrix and the linters.
#include "use_c_header.c"  // NOLINT(bugprone-suspicious-include): the C user code, compiled as C++ too
#include "msgrpriv.hpp"
#include "msgrpriv_v1.hpp"

int msgrpriv_use_cpp();  // NOLINT(misc-use-internal-linkage): a user's program calls it

namespace {
// Every function and variable template of the C++ API, with E, in constant
// expressions: each name parses back, each value converts back, through every
// form the API takes. One value per call, so that the static analyzer follows
// each call once instead of every iteration's paths through every other's.
template <class E>
constexpr bool UsesValue(E u_value) {
  const char *u_name = msgrpriv::name(u_value);
  msgrpriv::size_type u_size = 0;
  while (u_name[u_size] != '\0') {
    ++u_size;
  }
  const msgrpriv::result<E> u_parsed = msgrpriv::parse<E>(u_name);
  return u_parsed && u_parsed == u_value && u_value == u_parsed && !(u_parsed != u_value) &&
         !(u_value != u_parsed) && msgrpriv::parse<E>(u_name, u_size).has_value() &&
         *msgrpriv::parse<E>(u_name, u_size) == u_value &&
         msgrpriv::parse<E>(u_name, u_size).value_or(u_value) == u_value &&
         msgrpriv::description(u_value)[0] != '\0' &&
         msgrpriv::from_value<E>(static_cast<long long>(u_value)) == u_value &&
         msgrpriv::from_value<E>(static_cast<int>(u_value)) == u_value && msgrpriv::from_value<E>(u_value) == u_value &&
         msgrpriv::result<E>(u_value) == u_value && !msgrpriv::result<E>();
}

template <class E>
constexpr bool UsesEverything() {
  bool u_ok = msgrpriv::count<E> == msgrpriv::values<E>.size() && !msgrpriv::values<E>.empty() &&
            msgrpriv::values<E>.data() == msgrpriv::values<E>.begin() &&
            msgrpriv::values<E>.front() == msgrpriv::values<E>[0] &&
            msgrpriv::values<E>.back() == *(msgrpriv::values<E>.end() - 1) && msgrpriv::type_name<E>[0] != '\0' &&
            (msgrpriv::is_flags<E> || !msgrpriv::is_flags<E>);
  for (const E u_value : msgrpriv::values<E>) {
    u_ok = u_ok && UsesValue(u_value);
  }
  return u_ok;
}

// Something with data() and size(), as a std::string_view.
struct UseText {
  const char *u_text;
  msgrpriv::size_type u_length;
  [[nodiscard]] constexpr const char *data() const noexcept { return u_text; }
  [[nodiscard]] constexpr msgrpriv::size_type size() const noexcept { return u_length; }
};

// NOLINTNEXTLINE(cppcoreguidelines-macro-usage): applied to the header's registry
#define MSGRPRIV_USE_CPP(TYPE, Prefix) static_assert(UsesEverything<TYPE>(), #TYPE);
MSGRPRIV_ENUMERATIONS(MSGRPRIV_USE_CPP)
MSGRPRIV_MSGRUA_ENUMERATIONS(MSGRPRIV_USE_CPP)
MSGRPRIV_MDISP_ENUMERATIONS(MSGRPRIV_USE_CPP)
MSGRPRIV_BASICIM_ENUMERATIONS(MSGRPRIV_USE_CPP)
#undef MSGRPRIV_USE_CPP

// The operators of every flags type, and a combination's name.
template <class E>
constexpr bool CombinesFlags() {
  E u_flags = msgrpriv::values<E>.back() | msgrpriv::values<E>.front();
  u_flags |= msgrpriv::values<E>.back();
  u_flags &= ~msgrpriv::values<E>.front() | msgrpriv::values<E>.back();
  u_flags ^= msgrpriv::values<E>.front() & msgrpriv::values<E>.back();
  return msgrpriv::from_value<E>(u_flags).has_value() && msgrpriv::name(u_flags)[0] != '\0';
}
// NOLINTNEXTLINE(cppcoreguidelines-macro-usage): applied to the header's registry
#define MSGRPRIV_USE_FLAGS(TYPE, Prefix) static_assert(CombinesFlags<TYPE>(), #TYPE);
MSGRPRIV_FLAGS_ENUMERATIONS(MSGRPRIV_USE_FLAGS)
#undef MSGRPRIV_USE_FLAGS

static_assert(msgrpriv::parse<SESSION_STATE>(UseText{"SS_READY", 8}) == SS_READY, "parse of anything with data() and size()");

// A size is never narrowed to a name's length: with a 64-bit size_type and
// a 32-bit unsigned long (MinGW, MSVC), 2^32 + 8 would otherwise read as 8.
constexpr msgrpriv::size_type PastThirtyTwoBits(msgrpriv::size_type u_low) {
  return sizeof(msgrpriv::size_type) > 4 ? (u_low | ~msgrpriv::size_type{0xFFFFFFFFU}) : u_low + 0xFFFFFFF0U;
}
static_assert(!msgrpriv::parse<SESSION_STATE>("SS_READY", PastThirtyTwoBits(8)), "a huge size is no name");
}  // namespace

// The same at run time, where the values are not constants.
int msgrpriv_use_cpp() {  // NOLINT(misc-use-internal-linkage): a user's program calls it
  int u_sum = msgrpriv_use_c();
  for (const SESSION_FLAGS u_flag : msgrpriv::values<SESSION_FLAGS>) {
    u_sum += static_cast<int>(u_flag);
  }
  const msgrpriv::result<LockStatus> u_found = msgrpriv::parse<LockStatus>("LOCK_DISABLED");
  return u_sum + static_cast<int>(u_found.value_or(LOCK_UNLOCKED)) + (u_found == LOCK_DISABLED ? 1 : 0);
}
