// docs/api/c.rst's "Bad input" table at run time, for every enumeration, where
// the optimizer may assume an enum holds only valid values (g++ -O2
// -fstrict-enums) and where each load of one is checked (clang++
// -fsanitize=enum): every 32-bit value is a value of the type (its underlying
// type is int, C++11 and later), so the C helpers answer NULL and the C++ API
// "" or an empty result. The values come through a volatile, so that nothing
// is folded at compile time. Exit status 0 when every answer is right.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a test: it names the types on purpose
#include "msgrpriv.h"
#include "msgrua.h"
#include "mdisp.h"
#include "basicim.h"
#if __cplusplus >= 201703L
#include "msgrpriv.hpp"
#endif

#include <climits>
#include <cstdio>

namespace {
volatile int bad_inputs[] = {-1, 8, 42, INT_MAX, INT_MIN, 0x7FFF, -0x8000, 256, 65536, -2130704870 /* 0x8100061A */};

int failures = 0;

void Fail(const char *type, const char *what, int value) {
  std::printf("%s %s: wrong answer for %d\n", type, what, value);
  ++failures;
}

#define MSGRPRIV_BAD_INPUT(TYPE, Prefix)                                                             \
  for (unsigned i = 0; i < sizeof bad_inputs / sizeof bad_inputs[0]; ++i) {                          \
    const int number = bad_inputs[i];                                                                \
    TYPE found = static_cast<TYPE>(0);                                                               \
    if (Msgr##Prefix##FromValue(number, &found) == 1) {                                              \
      continue; /* a constant (or a combination of flags) after all */                               \
    }                                                                                                \
    const TYPE value = static_cast<TYPE>(number);                                                    \
    if (Msgr##Prefix##Name(value) != nullptr) Fail(#TYPE, "Name", number);                           \
    if (Msgr##Prefix##Description(value) != nullptr) Fail(#TYPE, "Description", number);            \
    MSGRPRIV_BAD_INPUT_CPP(TYPE)                                                                     \
  }
#if __cplusplus >= 201703L
#define MSGRPRIV_BAD_INPUT_CPP(TYPE)                                                                 \
  if (msgrpriv::name(value)[0] != '\0') Fail(#TYPE, "msgrpriv::name", number);                       \
  if (msgrpriv::description(value)[0] != '\0') Fail(#TYPE, "msgrpriv::description", number);       \
  if (msgrpriv::from_value<TYPE>(value) || msgrpriv::result<TYPE>(value)) Fail(#TYPE, "result", number);
#else
#define MSGRPRIV_BAD_INPUT_CPP(TYPE)
#endif
}  // namespace

int main() {
  MSGRPRIV_ENUMERATIONS(MSGRPRIV_BAD_INPUT)
  MSGRPRIV_MSGRUA_ENUMERATIONS(MSGRPRIV_BAD_INPUT)
  MSGRPRIV_MDISP_ENUMERATIONS(MSGRPRIV_BAD_INPUT)
  MSGRPRIV_BASICIM_ENUMERATIONS(MSGRPRIV_BAD_INPUT)
  std::printf("%s\n", failures == 0 ? "bad input: every answer as documented" : "bad input: wrong answers");
  return failures == 0 ? 0 : 1;
}
