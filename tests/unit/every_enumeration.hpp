// The test suites' view of the headers: every enumeration msgrpriv.h, msgrua.h,
// mdisp.h and basicim.h declare as a GoogleTest type list, its C helpers behind one interface, and its source
// page from the fixtures (generated from Microsoft's markdown, never from
// the header).
#ifndef MSGRPRIV_TESTS_EVERY_ENUMERATION_HPP
#define MSGRPRIV_TESTS_EVERY_ENUMERATION_HPP

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "msgrpriv.hpp"
#include "source_pages.hpp"

template <class Tuple>
struct DropFirst;
template <class First, class... Rest>
struct DropFirst<std::tuple<First, Rest...>> {
  using type = ::testing::Types<Rest...>;
};
// Every enumeration of every header (msgrpriv.hpp includes the four), each once.
#define MSGRPRIV_TEST_EVERY_ENUMERATION(X) \
  MSGRPRIV_ENUMERATIONS(X) MSGRPRIV_MSGRUA_ENUMERATIONS(X) MSGRPRIV_MDISP_ENUMERATIONS(X) MSGRPRIV_BASICIM_ENUMERATIONS(X)
// The enumerations the typed suites test: every one, unless the build defines
// MSGRPRIV_TEST_TYPED_REGISTRIES as fewer registries. tests/generality's copy
// names the one its new enumeration joins: the other headers stay byte for
// byte the suite's, which the suite's own build tests.
#ifdef MSGRPRIV_TEST_TYPED_REGISTRIES
#define MSGRPRIV_TEST_TESTED_ENUMERATIONS(X) MSGRPRIV_TEST_TYPED_REGISTRIES(X)
#else
#define MSGRPRIV_TEST_TESTED_ENUMERATIONS(X) MSGRPRIV_TEST_EVERY_ENUMERATION(X)
#endif
#define MSGRPRIV_TEST_AS_TYPE(TYPE, Prefix) , TYPE
// ...as a type list, in the registries' order.
using TestedEnumerations = DropFirst<std::tuple<void MSGRPRIV_TEST_TESTED_ENUMERATIONS(MSGRPRIV_TEST_AS_TYPE)>>::type;

// The C helpers of E, called from C++.
template <class E>
struct CHelpers;
#define MSGRPRIV_TEST_C_HELPERS(TYPE, Prefix)                                                          \
  template <>                                                                                          \
  struct CHelpers<TYPE> {                                                                              \
    static const char *Name(TYPE value) { return Msgr##Prefix##Name(value); }                          \
    static const char *Description(TYPE value) { return Msgr##Prefix##Description(value); }            \
    static int FromName(const char *text, TYPE *out) { return Msgr##Prefix##FromName(text, out); }     \
    static int FromValue(long value, TYPE *out) { return Msgr##Prefix##FromValue(value, out); }        \
  };
MSGRPRIV_TEST_EVERY_ENUMERATION(MSGRPRIV_TEST_C_HELPERS)

// The source page of E, found by its title's type name; fails the test when
// the header declares a type that no page documents.
template <class E>
const SourcePage &PageOf() {
  for (const SourcePage &page : kSourcePages) {
    if (std::strcmp(page.type, msgrpriv::type_name<E>) == 0) return page;
  }
  ADD_FAILURE() << msgrpriv::type_name<E> << " has no source page in data/pages";
  return kSourcePages[0];
}

// The value a C enumerator has for a documented value: HRESULT-style codes
// (0x80000000 and above) are declared as the signed 32-bit HRESULT.
inline long long DeclaredValue(long long documented) {
  return documented >= 0x80000000LL ? documented - 0x100000000LL : documented;
}

// A documented value's 32 bits as an unsigned number, as a log may print it:
// 0x81000614 stays, and a page's -1 (MCONTACTPROP_INVALID_PROPERTY) is 0xFFFFFFFF.
inline long long Bits(long long documented) { return documented & 0xFFFFFFFFLL; }

// Whether the page's type is a set of flags: Microsoft names those *_FLAGS
// (SESSION_FLAGS; the client enumerations' five are unsupported, with no
// constants). Its constants are then 0 or single bits.
inline bool IsFlagsPage(const SourcePage &page) {
  const std::string type = page.type;
  return type.size() > 6 && type.compare(type.size() - 6, 6, "_FLAGS") == 0;
}

// Every combination of two or more of a flags page's bits, with the name the
// look-up gives it: its flags in ascending order, joined by " | ".
inline std::vector<std::pair<long long, std::string>> CombinationsOf(const SourcePage &page) {
  std::vector<const SourceConstant *> flags;
  for (int i = 0; i < page.constant_count; ++i) {
    if (page.constants[i].value != 0) flags.push_back(&page.constants[i]);
  }
  std::sort(flags.begin(), flags.end(), [](const SourceConstant *a, const SourceConstant *b) { return a->value < b->value; });
  std::vector<std::pair<long long, std::string>> combinations;
  if (!IsFlagsPage(page)) return combinations;
  for (unsigned mask = 1; mask < (1u << flags.size()); ++mask) {
    long long value = 0;
    std::string name;
    int chosen = 0;
    for (std::size_t bit = 0; bit < flags.size(); ++bit) {
      if ((mask >> bit & 1u) == 0) continue;
      value |= flags[bit]->value;
      name += (chosen++ == 0 ? "" : " | ") + std::string(flags[bit]->name);
    }
    if (chosen > 1) combinations.emplace_back(value, name);
  }
  return combinations;
}

// Whether value is one of the page's constants, or of its combinations.
inline bool IsDocumented(const SourcePage &page, long long declared) {
  for (int i = 0; i < page.constant_count; ++i) {
    if (DeclaredValue(page.constants[i].value) == declared) return true;
  }
  for (const auto &combination : CombinationsOf(page)) {
    if (combination.first == declared) return true;
  }
  return false;
}

#endif
