// The test suites' view of msgrpriv.h: every enumeration it declares as a
// GoogleTest type list, its C helpers behind one interface, and its source
// page from the fixtures (generated from Microsoft's markdown, never from
// the header).
#ifndef MSGRPRIV_TESTS_EVERY_ENUMERATION_HPP
#define MSGRPRIV_TESTS_EVERY_ENUMERATION_HPP

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <tuple>

#include "msgrpriv.hpp"
#include "source_pages.hpp"

template <class Tuple>
struct DropFirst;
template <class First, class... Rest>
struct DropFirst<std::tuple<First, Rest...>> {
  using type = ::testing::Types<Rest...>;
};
#define MSGRPRIV_TEST_AS_TYPE(TYPE, Prefix) , TYPE
// Every enumeration in MSGRPRIV_ENUMERATIONS, in its order.
using EveryEnumeration = DropFirst<std::tuple<void MSGRPRIV_ENUMERATIONS(MSGRPRIV_TEST_AS_TYPE)>>::type;

// The C helpers of E, called from C++.
template <class E>
struct CHelpers;
#define MSGRPRIV_TEST_C_HELPERS(TYPE, Prefix)                                                          \
  template <>                                                                                          \
  struct CHelpers<TYPE> {                                                                              \
    static const char *Name(TYPE value) { return Msgr##Prefix##Name(value); }                          \
    static const char *Description(TYPE value) { return Msgr##Prefix##Description(value); }            \
    static int FromName(const char *text, TYPE *out) { return Msgr##Prefix##FromName(text, out); }     \
  };
MSGRPRIV_ENUMERATIONS(MSGRPRIV_TEST_C_HELPERS)

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

#endif
