// The constexpr C++17 helpers of msgrpriv.hpp, for every enumeration.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>
#if __cplusplus >= 202002L
#include <ranges>
#endif

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

// Whether a result holds exactly this constant (an empty one does not).
template <class E>
constexpr bool Is(msgrpriv::result<E> found, E value) {
  return found && *found == value;
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
    if (msgrpriv::description(value)[0] == '\0') return false;
  }
  return i == msgrpriv::values<E>.size() && !msgrpriv::parse<E>("") && !msgrpriv::parse<E>(nullptr);
}
// Every value of the bad-input table names nothing, in a constant expression:
// each is a value of the type (its fixed underlying type is int).
template <class E>
constexpr bool BadInputIsNoConstantAtCompileTime() {
  for (const int bad : {-1, 8, 42, INT_MAX, INT_MIN, 0x7FFF, -0x8000}) {
    const E value = static_cast<E>(bad);
    if (msgrpriv::from_value<E>(bad)) continue;  // a constant after all
    if (msgrpriv::name(value)[0] != '\0' || msgrpriv::description(value)[0] != '\0') return false;
    if (msgrpriv::result<E>(value) || msgrpriv::from_value<E>(value)) return false;
  }
  return true;
}
// Each check below is a constant expression, so the compiler evaluates it; the
// test CppApiAtCompileTime.EveryCheckHolds reports the false ones, so a wrong
// answer fails a named test instead of stopping the build.
struct CompileTimeCheck {
  const char *what;
  bool holds;
};
#define MSGRPRIV_TEST_STATIC_ROUND_TRIP(TYPE, Prefix)             \
  {#TYPE " round-trips", RoundTripsAtCompileTime<TYPE>()},         \
      {#TYPE " bad input", BadInputIsNoConstantAtCompileTime<TYPE>()}, \
      {#TYPE " is 4 bytes", sizeof(TYPE) == 4},
constexpr CompileTimeCheck kCompileTimeChecks[] = {
    MSGRPRIV_TEST_TESTED_ENUMERATIONS(MSGRPRIV_TEST_STATIC_ROUND_TRIP)
    {"name(SS_DECLINED)", SameText(msgrpriv::name(SS_DECLINED), "SS_DECLINED")},
    {"description(SS_CONNECTED)", SameText(msgrpriv::description(SS_CONNECTED), "The session is not ready.")},
    {"parse SS_TERMINATED", Is(msgrpriv::parse<SESSION_STATE>("SS_TERMINATED"), SS_TERMINATED)},
    {"parse a string_view", Is(msgrpriv::parse<SESSION_STATE>(std::string_view("SS_READY")), SS_READY)},
    {"parse a prefix of a name", !msgrpriv::parse<SESSION_STATE>("SS_READY", 7)},
    {"parse the first 8 bytes", msgrpriv::parse<SESSION_STATE>("SS_READYX", 8).value_or(SS_UNKNOWN) == SS_READY},
    {"from_value past both ends", !msgrpriv::from_value<SESSION_STATE>(8) && !msgrpriv::from_value<SESSION_STATE>(-1)},
    {"from_value never truncates", !msgrpriv::from_value<SESSION_STATE>(0x100000006LL)},
    {"from_value of an unsigned char", Is(msgrpriv::from_value<SESSION_STATE>(static_cast<unsigned char>(6)), SS_DECLINED)},
    {"from_value of ULLONG_MAX", !msgrpriv::from_value<SESSION_STATE>(ULLONG_MAX)},
    {"name of no constant is \"\"", SameText(msgrpriv::name(static_cast<SESSION_FLAGS>(8)), "")},
    {"description of a combination is \"\"", SameText(msgrpriv::description(static_cast<SESSION_FLAGS>(5)), "")},
    {"count<SESSION_STATE>", msgrpriv::count<SESSION_STATE> == 8},
    {"two flags name both", SameText(msgrpriv::name(SF_INVITER | SF_APP_INVITE_COMPATIBLE),
                                     "SF_INVITER | SF_APP_INVITE_COMPATIBLE")},
    {"from_value of two flags", Is(msgrpriv::from_value<SESSION_FLAGS>(SF_INVITER | SF_APP_INVITE_COMPATIBLE),
                                   static_cast<SESSION_FLAGS>(5))},
    {"from_value of a bit no flag has", !msgrpriv::from_value<SESSION_FLAGS>(8) && !msgrpriv::from_value<SESSION_FLAGS>(-1)},
    {"parse a combination", Is(msgrpriv::parse<SESSION_FLAGS>("SF_INVITER | SF_INVITEE"), SF_INVITER | SF_INVITEE)},
    {"parse a combination out of order", !msgrpriv::parse<SESSION_FLAGS>("SF_INVITEE | SF_INVITER")},
    {"the operators of a flags type", (SF_INVITER | SF_INVITEE | SF_APP_INVITE_COMPATIBLE) == 7 &&
                                          ((SF_INVITER | SF_INVITEE) & SF_INVITEE) == SF_INVITEE &&
                                          (SF_INVITER ^ SF_INVITER) == SF_NONE && (~SF_INVITER & 7) == 6},
    {"is_flags", msgrpriv::is_flags<SESSION_FLAGS> && !msgrpriv::is_flags<SESSION_STATE>},
    {"an HRESULT's unsigned form", Is(msgrpriv::from_value<SESSION_RESULT>(0x81000614u), SR_SESSION_STATE_INVALID)},
    {"an HRESULT's signed form", Is(msgrpriv::from_value<SESSION_RESULT>(-2130704876), SR_SESSION_STATE_INVALID)},
    {"the documented gap", !msgrpriv::from_value<SESSION_RESULT>(0x8100061A)},
    {"past the gap", Is(msgrpriv::from_value<SESSION_RESULT>(0x81000620), SR_NETWORK_CONFIG_FAILURE)},
    {"LockStatus starts at 1", !msgrpriv::from_value<LockStatus>(0)},
    {"a result compares with its type", msgrpriv::parse<SESSION_STATE>("SS_READY") == SS_READY &&
                                            SS_READY == msgrpriv::parse<SESSION_STATE>("SS_READY") &&
                                            msgrpriv::parse<SESSION_STATE>("SS_READY") != SS_UNKNOWN &&
                                            SS_UNKNOWN != msgrpriv::parse<SESSION_STATE>("SS_READY")},
    {"an empty result equals no value", !(msgrpriv::parse<SESSION_STATE>("SS_NOPE") == SS_UNKNOWN) &&
                                            msgrpriv::parse<SESSION_STATE>("SS_NOPE") != SS_UNKNOWN},
    {"a result holds only constants", !msgrpriv::result<SESSION_RESULT>(static_cast<SESSION_RESULT>(12345)) &&
                                          Is(msgrpriv::result<SESSION_RESULT>(SR_OLD_SIP_STACK), SR_OLD_SIP_STACK)},
    {"a result holds combinations of flags", Is(msgrpriv::result<SESSION_FLAGS>(SF_INVITER | SF_INVITEE),
                                                SF_INVITER | SF_INVITEE) &&
                                                 !msgrpriv::result<SESSION_FLAGS>(static_cast<SESSION_FLAGS>(9))},
    {"values is array-like", msgrpriv::values<LockError>.front() == MSGR_E_API_NOTINITIALIZED &&
                                 msgrpriv::values<LockError>.back() == MSGR_E_API_DISABLED &&
                                 *msgrpriv::values<LockError>.data() == MSGR_E_API_NOTINITIALIZED &&
                                 !msgrpriv::values<LockError>.empty() && msgrpriv::values<LockError>.size() == 6},
};
#undef MSGRPRIV_TEST_STATIC_ROUND_TRIP

TEST(CppApiAtCompileTime, EveryCheckHolds) {
  for (const CompileTimeCheck &check : kCompileTimeChecks) {
    EXPECT_TRUE(check.holds) << check.what;
  }
}

template <class E>
class CppApi : public ::testing::Test {};
// Numbered, as CApi's (test_c_api.cpp).
TYPED_TEST_SUITE(CppApi, TestedEnumerations);

TYPED_TEST(CppApi, ValuesNamesAndMeaningsFollowTheSourcePage) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  ASSERT_EQ(msgrpriv::values<E>.size(), static_cast<std::size_t>(page.constant_count));
  static_assert(std::is_same_v<decltype(msgrpriv::count<E>), const std::size_t>, "counts are size_t");
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

TYPED_TEST(CppApi, CombinationsOfFlagsAreNamedFoundAndHeld) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  EXPECT_EQ(msgrpriv::is_flags<E>, IsFlagsPage(page));
  for (const auto &[value, combination] : CombinationsOf(page)) {
    const E flags = static_cast<E>(value);
    EXPECT_STREQ(msgrpriv::name(flags), combination.c_str());
    EXPECT_STREQ(msgrpriv::name(flags), CHelpers<E>::Name(flags)) << "C and C++ agree";
    EXPECT_STREQ(msgrpriv::description(flags), "") << combination;
    EXPECT_TRUE(msgrpriv::parse<E>(combination) == flags) << combination;
    EXPECT_TRUE(msgrpriv::from_value<E>(value) == flags) << combination;
    EXPECT_TRUE(msgrpriv::from_value<E>(flags) == flags) << combination;
    EXPECT_TRUE(msgrpriv::result<E>(flags) == flags) << combination;
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
    EXPECT_EQ(*msgrpriv::from_value<E>(static_cast<unsigned long long>(Bits(c.value))), expected) << c.name;
    EXPECT_EQ(*msgrpriv::from_value<E>(static_cast<std::uint32_t>(c.value)), expected) << c.name;
    EXPECT_FALSE(msgrpriv::from_value<E>(Bits(c.value) + 0x100000000LL)) << c.name << " + 2^32 must not truncate";
    EXPECT_FALSE(msgrpriv::from_value<E>(declared - 0x100000000LL)) << c.name << " - 2^32 must not truncate";
  }
  EXPECT_FALSE(msgrpriv::from_value<E>(LLONG_MAX));
  EXPECT_FALSE(msgrpriv::from_value<E>(LLONG_MIN));
  EXPECT_FALSE(msgrpriv::from_value<E>(ULLONG_MAX));
}

// Every value the source documents, and every way it could be mangled on the
// way in, through every integer type from_value takes.
template <class E, class Integer>
void ExpectEdgesOf(const SourcePage &page) {
  using limits = std::numeric_limits<Integer>;
  const auto fits = [](long long wide) {
    return wide >= static_cast<long long>(limits::min()) &&
           (wide < 0 || static_cast<unsigned long long>(wide) <= static_cast<unsigned long long>(limits::max()));
  };
  for (int i = 0; i < page.constant_count; ++i) {
    const SourceConstant &c = page.constants[i];
    const E expected = msgrpriv::values<E>[static_cast<msgrpriv::size_type>(i)];
    for (const long long form : {c.value, DeclaredValue(c.value)}) {
      if (fits(form)) {
        EXPECT_EQ(msgrpriv::from_value<E>(static_cast<Integer>(form)).value_or(E{}), expected) << c.name;
      }
    }
    // The documented 32 bits with anything above them is another number.
    if constexpr (sizeof(Integer) == 8) {
      const unsigned long long bits = static_cast<unsigned long long>(Bits(c.value));  // as a log writes it
      EXPECT_FALSE(msgrpriv::from_value<E>(static_cast<Integer>(bits + (1ULL << 32)))) << c.name << " + 2^32";
      EXPECT_FALSE(msgrpriv::from_value<E>(static_cast<Integer>(bits | (1ULL << 40)))) << c.name << " + 2^40";
      if constexpr (std::is_signed_v<Integer>) {
        EXPECT_FALSE(msgrpriv::from_value<E>(static_cast<Integer>(DeclaredValue(c.value) - (1LL << 32))))
            << c.name << " - 2^32";
      } else {
        // 2^64 - |v|: the unsigned 64-bit reading of a negative number, never the constant.
        if (bits != 0) {  // 2^64 - 0 is 0 again
          EXPECT_FALSE(msgrpriv::from_value<E>(static_cast<Integer>(0 - bits))) << c.name << " as 2^64 - v";
        }
        EXPECT_FALSE(msgrpriv::from_value<E>(static_cast<Integer>(DeclaredValue(c.value)) + (1ULL << 63)))
            << c.name << " + 2^63";
        if (DeclaredValue(c.value) < 0) {
          EXPECT_FALSE(msgrpriv::from_value<E>(static_cast<Integer>(DeclaredValue(c.value))))
              << c.name << " as 2^64 - |HRESULT|";
        }
      }
    }
  }
  // The largest number of a type is no constant, unless it is one's 32 bits (unsigned int's
  // 0xFFFFFFFF is a page's -1, MCONTACTPROP_INVALID_PROPERTY): then it finds that one.
  const unsigned long long largest = static_cast<unsigned long long>(limits::max());
  bool largest_documented = false;
  for (int i = 0; i < page.constant_count; ++i) {
    largest_documented = largest_documented || largest == static_cast<unsigned long long>(Bits(page.constants[i].value)) ||
                         (DeclaredValue(page.constants[i].value) >= 0 &&
                          largest == static_cast<unsigned long long>(DeclaredValue(page.constants[i].value)));
  }
  EXPECT_EQ(msgrpriv::from_value<E>(limits::max()).has_value(), largest_documented);
  if constexpr (std::is_signed_v<Integer>) {
    EXPECT_FALSE(msgrpriv::from_value<E>(limits::min()));
    EXPECT_FALSE(msgrpriv::from_value<E>(static_cast<Integer>(-1)).has_value() &&
                 static_cast<long long>(*msgrpriv::from_value<E>(static_cast<Integer>(-1))) != -1);
  }
}

TYPED_TEST(CppApi, FromValueAtTheEdgesOfEveryIntegerType) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  ExpectEdgesOf<E, signed char>(page);
  ExpectEdgesOf<E, unsigned char>(page);
  ExpectEdgesOf<E, short>(page);
  ExpectEdgesOf<E, unsigned short>(page);
  ExpectEdgesOf<E, int>(page);
  ExpectEdgesOf<E, unsigned int>(page);
  ExpectEdgesOf<E, long>(page);
  ExpectEdgesOf<E, unsigned long>(page);
  ExpectEdgesOf<E, long long>(page);
  ExpectEdgesOf<E, unsigned long long>(page);
}

// from_value takes integers only: for anything else it is no candidate.
template <class E, class T, class = void>
struct TakesFromValue : std::false_type {};
template <class E, class T>
struct TakesFromValue<E, T, std::void_t<decltype(msgrpriv::from_value<E>(std::declval<T>()))>> : std::true_type {};
static_assert(TakesFromValue<SESSION_STATE, int>::value && TakesFromValue<SESSION_STATE, unsigned long long>::value);
static_assert(!TakesFromValue<SESSION_STATE, bool>::value, "bool is no integer here");
static_assert(!TakesFromValue<SESSION_STATE, double>::value && !TakesFromValue<SESSION_STATE, float>::value);
static_assert(!TakesFromValue<SESSION_STATE, char>::value && !TakesFromValue<SESSION_STATE, wchar_t>::value);
static_assert(!TakesFromValue<SESSION_STATE, SESSION_RESULT>::value, "another enumeration");
static_assert(TakesFromValue<SESSION_FLAGS, SESSION_FLAGS>::value, "its own type: SF_INVITER | SF_INVITEE");
static_assert(!TakesFromValue<SESSION_STATE, const char *>::value);
#if defined(__SIZEOF_INT128__)
__extension__ using Int128 = __int128;
static_assert(!TakesFromValue<SESSION_STATE, Int128>::value, "wider than long long: never truncated, not taken");
#endif

// The helpers take the types of msgrpriv.h only.
template <class T, class = void>
struct HasName : std::false_type {};
template <class T>
struct HasName<T, std::void_t<decltype(msgrpriv::name(std::declval<T>()))>> : std::true_type {};
enum class OtherEnum { kValue };
static_assert(HasName<SESSION_FLAGS>::value && !HasName<int>::value && !HasName<OtherEnum>::value);

// parse without <E> does not compile (msgrpriv 1.x parsed a SESSION_STATE).
template <class T, class = void>
struct ParsesWithoutAType : std::false_type {};
template <class T>
struct ParsesWithoutAType<T, std::void_t<decltype(msgrpriv::parse(std::declval<T>()))>> : std::true_type {};
static_assert(!ParsesWithoutAType<const char *>::value);

TYPED_TEST(CppApi, ValuesIsAnArrayLikeRangeOfPlainPointers) {
  using E = TypeParam;
  const auto &values = msgrpriv::values<E>;
  EXPECT_EQ(std::data(values), values.begin());
  EXPECT_EQ(std::size(values), values.size());
  EXPECT_FALSE(std::empty(values));
  EXPECT_EQ(&values.front(), values.begin());
  EXPECT_EQ(&values.back(), values.end() - 1);
  static_assert(std::is_same_v<decltype(values.size()), std::size_t>);
  static_assert(std::is_same_v<decltype(values.begin()), const E *>);
  static_assert(std::is_same_v<typename std::iterator_traits<decltype(values.begin())>::iterator_category,
                               std::random_access_iterator_tag>);
#if __cplusplus >= 202002L
  static_assert(std::ranges::contiguous_range<decltype(values)> && std::ranges::sized_range<decltype(values)>);
#endif
  const std::vector<E> copy(values.begin(), values.end());
  ASSERT_EQ(copy.size(), values.size());
  EXPECT_EQ(std::size(values), values.size());
  for (msgrpriv::size_type i = 0; i < copy.size(); ++i) {
    EXPECT_EQ(std::find(values.begin(), values.end(), copy[i]) - values.begin(), static_cast<std::ptrdiff_t>(i));
    EXPECT_EQ(values[i], copy[i]);
  }
}

// docs/api/c.rst's "Bad input" table, in C++: every 32-bit value is a value
// of the type (its underlying type is int), so the C helpers answer NULL and
// the C++ API "" or an empty result, with no undefined behaviour (this binary
// runs under UBSan, whose -fsanitize=enum checks each load).
TYPED_TEST(CppApi, BadInputGetsTheDocumentedAnswer) {
  using E = TypeParam;
  const long long past = DeclaredValue(PageOf<E>().constants[PageOf<E>().constant_count - 1].value) + 1;
  for (const long long value : {past, -1LL, 8LL, 42LL, static_cast<long long>(INT_MAX), static_cast<long long>(INT_MIN)}) {
    if (IsDocumented(PageOf<E>(), value)) continue;  // a constant after all
    const E not_a_constant = static_cast<E>(static_cast<int>(value));
    ASSERT_NE(msgrpriv::name(not_a_constant), nullptr);
    EXPECT_STREQ(msgrpriv::name(not_a_constant), "") << value;
    ASSERT_NE(msgrpriv::description(not_a_constant), nullptr);
    EXPECT_STREQ(msgrpriv::description(not_a_constant), "") << value;
    EXPECT_EQ(CHelpers<E>::Name(not_a_constant), nullptr) << value;
    EXPECT_EQ(CHelpers<E>::Description(not_a_constant), nullptr) << value;
    EXPECT_FALSE(msgrpriv::result<E>(not_a_constant)) << value;
    EXPECT_FALSE(msgrpriv::from_value<E>(not_a_constant)) << value;
  }
}

using CppApiDeathTest = ::testing::Test;

TEST(CppApiDeathTest, DereferencingAnEmptyResultEndsTheProgram) {
  const msgrpriv::result<SESSION_STATE> empty = msgrpriv::parse<SESSION_STATE>("SS_NOPE");
  EXPECT_DEATH(static_cast<void>(*empty), "");
  EXPECT_DEATH(static_cast<void>(msgrpriv::values<SESSION_STATE>[8]), "");
}

TYPED_TEST(CppApi, AnEmptyResultHoldsNoConstant) {
  using E = TypeParam;
  const msgrpriv::result<E> empty = msgrpriv::parse<E>("no such name");
  EXPECT_FALSE(empty);
  EXPECT_FALSE(empty.has_value());
  const E fallback = msgrpriv::values<E>[msgrpriv::values<E>.size() - 1];
  EXPECT_EQ(empty.value_or(fallback), fallback);
}

}  // namespace
