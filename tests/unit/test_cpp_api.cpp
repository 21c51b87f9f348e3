// The constexpr C++17 helpers of msgrpriv.hpp, for every enumeration.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

#include "every_enumeration.hpp"

namespace {

constexpr bool SameText(const char *a, const char *b) {
  if (a == nullptr || b == nullptr) return a == b;
  while (*a != '\0' && *a == *b) {
    ++a;
    ++b;
  }
  return *a == *b;
}

// Checked by the compiler, in constant expressions, for every enumeration:
// each name parses back to its constant, in order, and near misses fail.
template <class E>
constexpr bool RoundTripsAtCompileTime() {
  msgrpriv::size_type i = 0;
  for (E value : msgrpriv::values<E>) {
    const msgrpriv::result<E> parsed = msgrpriv::parse<E>(msgrpriv::name(value));
    if (!parsed || *parsed != value || msgrpriv::values<E>[i++] != value) return false;
    if (!msgrpriv::from_value<E>(static_cast<long long>(value))) return false;
    if (msgrpriv::description(value) == nullptr) return false;
  }
  return i == msgrpriv::values<E>.size() && !msgrpriv::parse<E>("") && !msgrpriv::parse<E>(nullptr);
}
#define MSGRPRIV_TEST_STATIC_ROUND_TRIP(TYPE, Prefix, LIST) \
  static_assert(RoundTripsAtCompileTime<TYPE>(), #TYPE " does not round-trip at compile time");
MSGRPRIV_ENUMERATIONS(MSGRPRIV_TEST_STATIC_ROUND_TRIP)

static_assert(SameText(msgrpriv::name(SS_DECLINED), "SS_DECLINED"));
static_assert(SameText(msgrpriv::description(SS_CONNECTED), "The session is not ready."));
static_assert(*msgrpriv::parse<SESSION_STATE>("SS_TERMINATED") == SS_TERMINATED);
static_assert(*msgrpriv::parse<SESSION_STATE>(std::string_view("SS_READY")) == SS_READY);
static_assert(!msgrpriv::parse<SESSION_STATE>("SS_READY", 7));
static_assert(msgrpriv::parse<SESSION_STATE>("SS_READYX", 8).value_or(SS_UNKNOWN) == SS_READY);
static_assert(!msgrpriv::from_value<SESSION_STATE>(8) && !msgrpriv::from_value<SESSION_STATE>(-1));
static_assert(!msgrpriv::from_value<SESSION_STATE>(0x100000006LL), "never truncated");
static_assert(*msgrpriv::from_value<SESSION_STATE>(static_cast<unsigned char>(6)) == SS_DECLINED);
static_assert(!msgrpriv::from_value<SESSION_STATE>(ULLONG_MAX));
static_assert(msgrpriv::count<SESSION_STATE> == 8);
static_assert(!msgrpriv::from_value<SESSION_FLAGS>(SF_INVITER | SF_APP_INVITE_COMPATIBLE), "no single name");
static_assert(*msgrpriv::from_value<SESSION_RESULT>(0x81000614u) == SR_SESSION_STATE_INVALID);
static_assert(*msgrpriv::from_value<SESSION_RESULT>(-2130704876) == SR_SESSION_STATE_INVALID);
static_assert(!msgrpriv::from_value<SESSION_RESULT>(0x8100061A), "the documented gap");
static_assert(*msgrpriv::from_value<SESSION_RESULT>(0x81000620) == SR_NETWORK_CONFIG_FAILURE);
static_assert(!msgrpriv::from_value<LockStatus>(0), "LockStatus starts at 1");

template <class E>
class CppApi : public ::testing::Test {};
TYPED_TEST_SUITE(CppApi, EveryEnumeration, TypeNames);

TYPED_TEST(CppApi, ValuesNamesAndMeaningsFollowTheSourcePage) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  ASSERT_EQ(static_cast<int>(msgrpriv::values<E>.size()), page.constant_count);
  EXPECT_STREQ(msgrpriv::type_name<E>, page.type);
  int i = 0;
  for (E value : msgrpriv::values<E>) {
    const SourceConstant &c = page.constants[i++];
    EXPECT_EQ(static_cast<long long>(value), DeclaredValue(c.value)) << c.name;
    EXPECT_STREQ(msgrpriv::name(value), c.name);
    EXPECT_STREQ(msgrpriv::description(value), c.meaning) << c.name;
    EXPECT_STREQ(msgrpriv::name(value), CHelpers<E>::Name(value)) << "C and C++ agree";
    EXPECT_STREQ(msgrpriv::description(value), CHelpers<E>::Description(value)) << "C and C++ agree";
  }
}

TYPED_TEST(CppApi, ParseTakesEveryFormOfText) {
  using E = TypeParam;
  for (E value : msgrpriv::values<E>) {
    const std::string name = msgrpriv::name(value);
    EXPECT_EQ(*msgrpriv::parse<E>(name.c_str()), value) << name;
    EXPECT_EQ(*msgrpriv::parse<E>(name.data(), name.size()), value) << name;
    EXPECT_EQ(*msgrpriv::parse<E>(name), value) << "std::string " << name;
    EXPECT_EQ(*msgrpriv::parse<E>(std::string_view(name)), value) << "std::string_view " << name;
    EXPECT_FALSE(msgrpriv::parse<E>(name + " ")) << name;
    EXPECT_FALSE(msgrpriv::parse<E>(name.data(), name.size() - 1)) << "prefix of " << name;
    const std::string with_nul = name + std::string(1, '\0') + "X";
    EXPECT_FALSE(msgrpriv::parse<E>(with_nul.data(), with_nul.size())) << "embedded NUL after " << name;
  }
  EXPECT_FALSE(msgrpriv::parse<E>(nullptr, 8));
  const std::string big = std::string(msgrpriv::name(msgrpriv::values<E>[0])) + std::string(1u << 20, 'Y');
  EXPECT_FALSE(msgrpriv::parse<E>(big));
  EXPECT_FALSE(msgrpriv::parse<E>(big.c_str()));
}

TYPED_TEST(CppApi, FromValueTakesEveryIntegerTypeAndNeverTruncates) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  for (int i = 0; i < page.constant_count; ++i) {
    const SourceConstant &c = page.constants[i];
    const E expected = msgrpriv::values<E>[static_cast<msgrpriv::size_type>(i)];
    const long long declared = DeclaredValue(c.value);
    EXPECT_EQ(*msgrpriv::from_value<E>(declared), expected) << c.name;
    EXPECT_EQ(*msgrpriv::from_value<E>(static_cast<std::int32_t>(declared)), expected) << c.name;
    EXPECT_EQ(*msgrpriv::from_value<E>(static_cast<long>(declared)), expected) << c.name;
    // As the source writes it: 0x81000614 finds the HRESULT-style code too.
    EXPECT_EQ(*msgrpriv::from_value<E>(static_cast<unsigned long long>(c.value)), expected) << c.name;
    EXPECT_EQ(*msgrpriv::from_value<E>(static_cast<std::uint32_t>(c.value)), expected) << c.name;
    EXPECT_FALSE(msgrpriv::from_value<E>(c.value + 0x100000000LL)) << c.name << " + 2^32 must not truncate";
    EXPECT_FALSE(msgrpriv::from_value<E>(declared - 0x100000000LL)) << c.name << " - 2^32 must not truncate";
  }
  EXPECT_FALSE(msgrpriv::from_value<E>(LLONG_MAX));
  EXPECT_FALSE(msgrpriv::from_value<E>(LLONG_MIN));
  EXPECT_FALSE(msgrpriv::from_value<E>(ULLONG_MAX));
}

TYPED_TEST(CppApi, AnEmptyResultHoldsNoConstant) {
  using E = TypeParam;
  const msgrpriv::result<E> empty = msgrpriv::parse<E>("no such name");
  EXPECT_FALSE(empty);
  EXPECT_FALSE(empty.has_value());
  const E fallback = msgrpriv::values<E>[msgrpriv::values<E>.size() - 1];
  EXPECT_EQ(empty.value_or(fallback), fallback);
}

// The SESSION_STATE-only spellings of msgrpriv 1.0 still work.
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
TEST(Version1Spellings, StillWork) {
  EXPECT_EQ(msgrpriv::state_count, 8);
  EXPECT_EQ(msgrpriv::all_states.size(), 8u);
  const msgrpriv::parse_result hit = msgrpriv::parse("SS_DECLINED");
  EXPECT_TRUE(hit.ok && hit.state == SS_DECLINED);
  const msgrpriv::parse_result miss = msgrpriv::parse("SS_NOPE");
  EXPECT_TRUE(!miss.ok && miss.state == SS_UNKNOWN);
  EXPECT_TRUE(msgrpriv::parse("SS_READYX", 8).ok);
  EXPECT_TRUE(msgrpriv::from_value(7L).ok && msgrpriv::from_value(7L).state == SS_TERMINATED);
  EXPECT_FALSE(msgrpriv::from_value(8L));
}
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace
