// The constexpr C++17 helpers of msgrpriv.hpp.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include "msgrpriv.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cstring>
#include <iterator>
#include <string>

#include "source_wording.hpp"

namespace {

constexpr bool SameText(const char *a, const char *b) {
  if (a == nullptr || b == nullptr) return a == b;
  while (*a != '\0' && *a == *b) {
    ++a;
    ++b;
  }
  return *a == *b;
}

// Everything below is checked by the compiler, in constant expressions.
static_assert(msgrpriv::state_count == 8);
static_assert(std::size(msgrpriv::all_states) == 8);
static_assert(SameText(msgrpriv::name(SS_DECLINED), "SS_DECLINED"));
static_assert(SameText(msgrpriv::description(SS_CONNECTED), "The session is not ready."));
static_assert(msgrpriv::parse("SS_TERMINATED").ok);
static_assert(msgrpriv::parse("SS_TERMINATED").state == SS_TERMINATED);
static_assert(!msgrpriv::parse("ss_terminated"));
static_assert(!msgrpriv::parse(nullptr));
static_assert(!msgrpriv::parse(""));
static_assert(msgrpriv::parse("SS_READY", 8).state == SS_READY);
static_assert(!msgrpriv::parse("SS_READY", 7));
static_assert(msgrpriv::from_value(7).state == SS_TERMINATED);
static_assert(!msgrpriv::from_value(8) && !msgrpriv::from_value(-1));

constexpr bool EveryStateRoundTrips() {
  int expected = 0;
  for (SESSION_STATE s : msgrpriv::all_states) {
    const msgrpriv::parse_result r = msgrpriv::parse(msgrpriv::name(s));
    if (!r || r.state != s || static_cast<int>(s) != expected++) return false;
  }
  return expected == 8;
}
static_assert(EveryStateRoundTrips());

TEST(CppApi, ConstexprChecksHoldAtRunTimeToo) {
  EXPECT_TRUE(EveryStateRoundTrips());
  EXPECT_STREQ(msgrpriv::name(SS_DECLINED), "SS_DECLINED");
}

TEST(CppApi, AllStatesFollowTheSourceOrder) {
  ASSERT_EQ(std::size(msgrpriv::all_states), std::size(kSourceConstants));
  for (std::size_t i = 0; i < std::size(kSourceConstants); ++i) {
    EXPECT_EQ(static_cast<int>(msgrpriv::all_states[i]), kSourceConstants[i].value);
    EXPECT_STREQ(msgrpriv::name(msgrpriv::all_states[i]), kSourceConstants[i].name);
    EXPECT_STREQ(msgrpriv::description(msgrpriv::all_states[i]), kSourceConstants[i].meaning);
  }
}

TEST(CppApi, AgreesWithTheCHelpers) {
  for (SESSION_STATE s : msgrpriv::all_states) {
    EXPECT_STREQ(msgrpriv::name(s), MsgrSessionStateName(s));
    EXPECT_STREQ(msgrpriv::description(s), MsgrSessionStateDescription(s));
  }
}

TEST(CppApi, ParseFindsEveryNameAndRejectsNearMisses) {
  for (const SourceConstant &c : kSourceConstants) {
    const msgrpriv::parse_result r = msgrpriv::parse(c.name);
    ASSERT_TRUE(r) << c.name;
    EXPECT_EQ(static_cast<int>(r.state), c.value);
    const std::string longer = std::string(c.name) + " ";
    EXPECT_FALSE(msgrpriv::parse(longer.c_str())) << longer;
    EXPECT_FALSE(msgrpriv::parse(c.name, std::strlen(c.name) - 1)) << "prefix of " << c.name;
  }
}

TEST(CppApi, FailedParseReportsUnknownAndFalse) {
  const msgrpriv::parse_result r = msgrpriv::parse("SS_NOPE");
  EXPECT_FALSE(r.ok);
  EXPECT_FALSE(static_cast<bool>(r));
  EXPECT_EQ(r.state, SS_UNKNOWN);
}

TEST(CppApi, EmbeddedNulNeverMatches) {
  const char with_nul[] = {'S', 'S', '_', 'R', 'E', 'A', 'D', 'Y', '\0', 'X'};
  EXPECT_FALSE(msgrpriv::parse(with_nul, sizeof with_nul));
  EXPECT_FALSE(msgrpriv::parse(with_nul, 9));
  EXPECT_TRUE(msgrpriv::parse(with_nul, 8));
  EXPECT_FALSE(msgrpriv::parse(nullptr, 8));
}

TEST(CppApi, FromValueChecksRawIntegers) {
  for (long v = 0; v < 8; ++v) {
    EXPECT_TRUE(msgrpriv::from_value(v)) << v;
    EXPECT_EQ(static_cast<long>(msgrpriv::from_value(v).state), v);
  }
  for (long v : {-1L, 8L, 42L, static_cast<long>(INT_MAX), static_cast<long>(INT_MIN)}) {
    EXPECT_FALSE(msgrpriv::from_value(v)) << v;
    EXPECT_EQ(msgrpriv::from_value(v).state, SS_UNKNOWN);
  }
}

TEST(CppApi, OneMegabyteInputIsRejected) {
  const std::string big = std::string("SS_READY") + std::string(1u << 20, 'Y');
  EXPECT_FALSE(msgrpriv::parse(big.c_str()));
  EXPECT_FALSE(msgrpriv::parse(big.data(), big.size()));
}

}  // namespace
