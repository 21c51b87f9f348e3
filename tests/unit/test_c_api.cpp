// The C helpers of msgrpriv.h, for every enumeration, against the source
// pages' wording.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "c_shim.h"
#include "every_enumeration.hpp"

namespace {

template <class E>
class CApi : public ::testing::Test {};
// Numbered, not named after the C type: CMake's gtest_discover_tests expects
// an index and names each test <suite>.<test><tag type>, e.g.
// CApi.EveryNameRoundTripsToItsValue<tagSESSION_STATE>, on every CMake version.
TYPED_TEST_SUITE(CApi, TestedEnumerations);

TYPED_TEST(CApi, EveryConstantHasTheSourcesNameValueAndMeaningInOrder) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  ASSERT_EQ(msgrpriv::count<E>, static_cast<std::size_t>(page.constant_count));
  for (int i = 0; i < page.constant_count; ++i) {
    const SourceConstant &c = page.constants[i];
    const E value = msgrpriv::values<E>[static_cast<msgrpriv::size_type>(i)];
    EXPECT_EQ(static_cast<long long>(value), DeclaredValue(c.value)) << c.name;
    EXPECT_STREQ(CHelpers<E>::Name(value), c.name);
    EXPECT_STREQ(CHelpers<E>::Description(value), c.meaning) << c.name;
    EXPECT_STREQ(c_name_of(page.type, static_cast<long>(DeclaredValue(c.value))), c.name) << "compiled as C";
    EXPECT_STREQ(c_description_of(page.type, static_cast<long>(DeclaredValue(c.value))), c.meaning)
        << "compiled as C";
  }
}

TYPED_TEST(CApi, EveryNameRoundTripsToItsValue) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  for (int i = 0; i < page.constant_count; ++i) {
    const SourceConstant &c = page.constants[i];
    E found = msgrpriv::values<E>[0];
    ASSERT_EQ(CHelpers<E>::FromName(c.name, &found), 1) << c.name;
    EXPECT_EQ(static_cast<long long>(found), DeclaredValue(c.value)) << c.name;
    long from_c = 12345;
    ASSERT_EQ(c_from_name(page.type, c.name, &from_c), 1) << c.name;
    EXPECT_EQ(from_c, DeclaredValue(c.value)) << c.name;
    long portable = 12345;
    ASSERT_EQ(portable_from_name(page.type, c.name, &portable), 1) << c.name << " without built-ins";
    EXPECT_EQ(portable, DeclaredValue(c.value)) << c.name;
  }
}

// A number, such as an HRESULT in a log, finds its constant in C without a
// cast: as the enumerator holds it, and as the page writes it where a long
// can hold that (64-bit long; on Windows the two are one long).
TYPED_TEST(CApi, EveryValueFindsItsConstantFromALong) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  for (int i = 0; i < page.constant_count; ++i) {
    const SourceConstant &c = page.constants[i];
    std::vector<long long> forms = {DeclaredValue(c.value)};
    if (sizeof(long) > 4) forms.push_back(c.value);
    for (const long long form : forms) {
      E found = msgrpriv::values<E>[0];
      ASSERT_EQ(CHelpers<E>::FromValue(static_cast<long>(form), &found), 1) << c.name << " from " << form;
      EXPECT_EQ(static_cast<long long>(found), DeclaredValue(c.value)) << c.name;
      long from_c = 12345;
      ASSERT_EQ(c_from_value(page.type, static_cast<long>(form), &from_c), 1) << c.name;
      EXPECT_EQ(from_c, DeclaredValue(c.value)) << c.name;
    }
  }
}

TYPED_TEST(CApi, ValuesThatAreNoConstantHaveNoNameOrDescription) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  // Values the enum's 32-bit type can hold; wider ones would be narrowed on the way in.
  std::vector<long> values = {-1, 8, 42, INT_MAX, INT_MIN};
  const long long last = DeclaredValue(page.constants[page.constant_count - 1].value);
  const long long first = DeclaredValue(page.constants[0].value);
  values.push_back(static_cast<long>(last + 1));
  values.push_back(static_cast<long>(first - 1));
  for (long value : values) {
    if (IsDocumented(page, value)) continue;
    EXPECT_EQ(c_name_of(page.type, value), nullptr) << value;
    EXPECT_EQ(c_description_of(page.type, value), nullptr) << value;
    long from_c = 12345;
    EXPECT_EQ(c_from_value(page.type, value, &from_c), 0) << value;
    EXPECT_EQ(from_c, 12345) << "output changed for " << value;
  }
}

// Numbers no 32-bit value is: never narrowed to one that is.
TYPED_TEST(CApi, FromValueNeverTruncatesALong) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  std::vector<long> numbers = {LONG_MIN, LONG_MAX};
  if (sizeof(long) > 4) {
    for (int i = 0; i < page.constant_count; ++i) {
      const long long c = page.constants[i].value;
      numbers.push_back(static_cast<long>(Bits(c) + 0x100000000LL));
      numbers.push_back(static_cast<long>(DeclaredValue(c) - 0x100000000LL));
    }
    numbers.push_back(static_cast<long>(-0x80000001LL));
    numbers.push_back(static_cast<long>(0x100000000LL));
  }
  for (const long number : numbers) {
    E out = msgrpriv::values<E>[0];
    EXPECT_EQ(CHelpers<E>::FromValue(number, &out), 0) << number;
    EXPECT_EQ(out, msgrpriv::values<E>[0]) << number;
  }
}

// Asserts that `text` does not parse and that the output is left untouched.
template <class E>
void ExpectRejected(const char *text) {
  const E sentinel = msgrpriv::values<E>[msgrpriv::values<E>.size() - 1];
  E out = sentinel;
  EXPECT_EQ(CHelpers<E>::FromName(text, &out), 0) << (text ? text : "(null)");
  EXPECT_EQ(out, sentinel) << "output changed for " << (text ? text : "(null)");
  long from_c = 12345;
  EXPECT_EQ(c_from_name(msgrpriv::type_name<E>, text, &from_c), 0);
  EXPECT_EQ(from_c, 12345);
  EXPECT_EQ(portable_from_name(msgrpriv::type_name<E>, text, &from_c), 0) << "without built-ins";
  EXPECT_EQ(from_c, 12345);
}

TYPED_TEST(CApi, NullEmptyAndNearMissesAreRejected) {
  using E = TypeParam;
  ExpectRejected<E>(nullptr);
  ExpectRejected<E>("");
  std::vector<std::string> names;
  for (E value : msgrpriv::values<E>) names.emplace_back(msgrpriv::name(value));
  for (const auto &combination : CombinationsOf(PageOf<E>())) names.push_back(combination.second);
  for (const std::string &name : names) {
    std::string lower = name;
    for (char &ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    for (const std::string &miss : {name.substr(0, name.size() - 1), name + " ", " " + name, name + "X",
                                    name + "\n", lower, name.substr(name.find('_') + 1)}) {
      ExpectRejected<E>(miss.c_str());
    }
  }
}

TYPED_TEST(CApi, NullOutIsRejectedEvenForAValidNameOrValue) {
  using E = TypeParam;
  const char *first = msgrpriv::name(msgrpriv::values<E>[0]);
  EXPECT_EQ(CHelpers<E>::FromName(first, nullptr), 0);
  EXPECT_EQ(c_from_name_null_out(msgrpriv::type_name<E>, first), 0);
  EXPECT_EQ(c_from_name_null_out(msgrpriv::type_name<E>, nullptr), 0);
  const long value = static_cast<long>(msgrpriv::values<E>[0]);
  EXPECT_EQ(CHelpers<E>::FromValue(value, nullptr), 0);
  EXPECT_EQ(c_from_value_null_out(msgrpriv::type_name<E>, value), 0);
}

TYPED_TEST(CApi, OneMegabyteStringsAreRejected) {
  using E = TypeParam;
  const std::string filler(1u << 20, 'A');
  ExpectRejected<E>(filler.c_str());
  ExpectRejected<E>((std::string(msgrpriv::name(msgrpriv::values<E>[0])) + filler).c_str());
}

// A flags type's combined value names its flags, as the look-up does, and is
// found by that name and by its number; it has no one meaning. Other types
// name no combination.
TYPED_TEST(CApi, EveryCombinationOfFlagsIsNamedAndFound) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  EXPECT_EQ(msgrpriv::is_flags<E>, IsFlagsPage(page)) << page.type;
  for (const auto &[value, name] : CombinationsOf(page)) {
    EXPECT_STREQ(c_name_of(page.type, static_cast<long>(value)), name.c_str());
    EXPECT_EQ(c_description_of(page.type, static_cast<long>(value)), nullptr) << name;
    long from_name = 12345;
    ASSERT_EQ(c_from_name(page.type, name.c_str(), &from_name), 1) << name;
    EXPECT_EQ(from_name, value) << name;
    long portable = 12345;
    ASSERT_EQ(portable_from_name(page.type, name.c_str(), &portable), 1) << name << " without built-ins";
    EXPECT_EQ(portable, value) << name;
    long from_value = 12345;
    ASSERT_EQ(c_from_value(page.type, static_cast<long>(value), &from_value), 1) << name;
    EXPECT_EQ(from_value, value) << name;
  }
  if (IsFlagsPage(page)) {
    long all = 0;
    for (int i = 0; i < page.constant_count; ++i) all |= static_cast<long>(page.constants[i].value);
    for (long bit = 1; bit != 0 && bit <= 0x40000000L; bit <<= 1) {  // a bit no flag has
      if ((all & bit) != 0) continue;
      long out = 12345;
      EXPECT_EQ(c_name_of(page.type, all | bit), nullptr) << (all | bit);
      EXPECT_EQ(c_from_value(page.type, all | bit, &out), 0) << (all | bit);
    }
  } else if (page.constant_count >= 2) {
    const long long two = DeclaredValue(page.constants[0].value) | DeclaredValue(page.constants[1].value);
    if (!IsDocumented(page, two)) {
      EXPECT_EQ(c_name_of(page.type, static_cast<long>(two)), nullptr);
    }
  }
}

// Each enumeration is an int, in C as MIDL's enums are (with the compiler's
// default enum size; docs/api/c.rst says what -fshort-enums changes).
TYPED_TEST(CApi, EveryTypeHasTheSizeOfAnInt) {
  using E = TypeParam;
  EXPECT_EQ(sizeof(E), 4U);
  EXPECT_EQ(c_size_of(msgrpriv::type_name<E>), sizeof(int)) << "compiled as C";
}

// Code compares HRESULTs with the constants; both must hold the same value.
TEST(CApi, HresultStyleCodesEqualTheHresultHoldingThem) {
  const std::int32_t hr32 = static_cast<std::int32_t>(0x81000614u);
  const long hr_long = hr32;
  EXPECT_TRUE(hr32 == SR_SESSION_STATE_INVALID);
  EXPECT_TRUE(hr_long == SR_SESSION_STATE_INVALID);
  EXPECT_TRUE(static_cast<std::int32_t>(0x81000754u) == MSGR_E_API_ALREADY_UNLOCKED);
  EXPECT_LT(SR_APPLICATION_LAUNCH_FAILED, 0) << "a failure HRESULT is negative";
  EXPECT_STREQ(c_name_of("SESSION_RESULT", hr_long), "SR_SESSION_STATE_INVALID");
  SESSION_RESULT found = SR_OLD_SIP_STACK;
  EXPECT_EQ(MsgrSessionResultFromValue(hr_long, &found), 1);
  EXPECT_EQ(found, SR_SESSION_STATE_INVALID);
}

// The documented spelling of a combination, the look-up's.
TEST(CApi, SessionFlagsNameTheirCombinations) {
  EXPECT_STREQ(c_name_of("SESSION_FLAGS", 5), "SF_INVITER | SF_APP_INVITE_COMPATIBLE");
  EXPECT_STREQ(c_name_of("SESSION_FLAGS", 7), "SF_INVITER | SF_INVITEE | SF_APP_INVITE_COMPATIBLE");
  EXPECT_STREQ(c_name_of("SESSION_FLAGS", 0), "SF_NONE");
  EXPECT_EQ(c_name_of("SESSION_FLAGS", 8), nullptr);
}

// CTest gives every unit test the sanitizers' settings as its environment
// (tests/CMakeLists.txt; unit.properties checks the registration): here they
// reach the process. Run by hand, outside CTest, there is nothing to check.
TEST(Sanitizers, TheirOptionsReachTheProcessUnderCTest) {
  if (std::getenv("MSGRPRIV_UNIT_UNDER_CTEST") == nullptr) {
    GTEST_SKIP() << "not run by CTest: no environment to check";
  }
  const char *asan = std::getenv("ASAN_OPTIONS");
  const char *ubsan = std::getenv("UBSAN_OPTIONS");
  ASSERT_NE(asan, nullptr);
  ASSERT_NE(ubsan, nullptr);
  EXPECT_STREQ(asan, "detect_leaks=1:abort_on_error=1");
  EXPECT_STREQ(ubsan, "print_stacktrace=1:halt_on_error=1");
}

// Every page of an enumeration with constants is a type of the headers, and each type is declared
// once: the typed tests above then cover every page.
TEST(EveryPage, IsOneEnumerationOfTheHeaders) {
#define MSGRPRIV_TEST_TYPE_NAME(TYPE, Prefix) #TYPE,
  const std::vector<std::string> declared = {MSGRPRIV_TEST_EVERY_ENUMERATION(MSGRPRIV_TEST_TYPE_NAME)};
#undef MSGRPRIV_TEST_TYPE_NAME
  std::vector<std::string> pages;
  for (const SourcePage &page : kSourcePages) {
    if (page.constant_count > 0) pages.emplace_back(page.type);
  }
  ASSERT_FALSE(pages.empty());  // as many as the pages give: a copy of the project may add one (tests/generality)
  std::vector<std::string> sorted_declared = declared, sorted_pages = pages;
  std::sort(sorted_declared.begin(), sorted_declared.end());
  std::sort(sorted_pages.begin(), sorted_pages.end());
  EXPECT_EQ(sorted_declared, sorted_pages);
}

}  // namespace
