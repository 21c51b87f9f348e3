// The C helpers of msgrpriv.h, for every enumeration, against the source
// pages' wording.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include <climits>
#include <cstdint>
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
TYPED_TEST_SUITE(CApi, EveryEnumeration);

TYPED_TEST(CApi, EveryConstantHasTheSourcesNameValueAndMeaningInOrder) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  ASSERT_EQ(msgrpriv::count<E>, page.constant_count);
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
  }
}

TYPED_TEST(CApi, ValuesThatAreNoConstantHaveNoNameOrDescription) {
  using E = TypeParam;
  const SourcePage &page = PageOf<E>();
  // Values the enum's 32-bit type can hold; wider ones would be narrowed on the way in.
  std::vector<long> values = {-1, 42, INT_MAX, INT_MIN};
  const long long last = DeclaredValue(page.constants[page.constant_count - 1].value);
  const long long first = DeclaredValue(page.constants[0].value);
  values.push_back(static_cast<long>(last + 1));
  values.push_back(static_cast<long>(first - 1));
  for (long value : values) {
    bool documented = false;
    for (int i = 0; i < page.constant_count; ++i) documented |= DeclaredValue(page.constants[i].value) == value;
    if (documented) continue;
    EXPECT_EQ(c_name_of(page.type, value), nullptr) << value;
    EXPECT_EQ(c_description_of(page.type, value), nullptr) << value;
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
}

TYPED_TEST(CApi, NullEmptyAndNearMissesAreRejected) {
  using E = TypeParam;
  ExpectRejected<E>(nullptr);
  ExpectRejected<E>("");
  for (E value : msgrpriv::values<E>) {
    const std::string name = msgrpriv::name(value);
    std::string lower = name;
    for (char &ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    for (const std::string &miss : {name.substr(0, name.size() - 1), name + " ", " " + name, name + "X",
                                    name + "\n", lower, name.substr(name.find('_') + 1)}) {
      ExpectRejected<E>(miss.c_str());
    }
  }
}

TYPED_TEST(CApi, NullOutIsRejectedEvenForAValidName) {
  using E = TypeParam;
  const char *first = msgrpriv::name(msgrpriv::values<E>[0]);
  EXPECT_EQ(CHelpers<E>::FromName(first, nullptr), 0);
  EXPECT_EQ(c_from_name_null_out(msgrpriv::type_name<E>, first), 0);
  EXPECT_EQ(c_from_name_null_out(msgrpriv::type_name<E>, nullptr), 0);
}

TYPED_TEST(CApi, OneMegabyteStringsAreRejected) {
  using E = TypeParam;
  const std::string filler(1u << 20, 'A');
  ExpectRejected<E>(filler.c_str());
  ExpectRejected<E>((std::string(msgrpriv::name(msgrpriv::values<E>[0])) + filler).c_str());
}

TEST(CApi, ACombinationOfFlagsHasNoSingleName) {
  for (const long combination : {long{SF_INVITER | SF_INVITEE}, long{SF_INVITER | SF_APP_INVITE_COMPATIBLE}, 7L}) {
    EXPECT_EQ(c_name_of("SESSION_FLAGS", combination), nullptr) << combination;
    EXPECT_EQ(c_description_of("SESSION_FLAGS", combination), nullptr) << combination;
  }
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
}

}  // namespace
