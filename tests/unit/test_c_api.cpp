// The C helpers of msgrpriv.h, against the source page's wording.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include "msgrpriv.h"

#include <gtest/gtest.h>

#include <climits>
#include <cstring>
#include <string>

#include "c_shim.h"
#include "source_wording.hpp"

namespace {

class EachConstant : public ::testing::TestWithParam<SourceConstant> {};

std::string ParamName(const ::testing::TestParamInfo<SourceConstant> &info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Source, EachConstant, ::testing::ValuesIn(kSourceConstants), ParamName);

TEST(SessionState, ValuesAreZeroToSevenInSourceOrder) {
  const SESSION_STATE declared[] = {SS_UNKNOWN,   SS_READY,     SS_INVITATION, SS_ACCEPTED,
                                    SS_CONNECTED, SS_CANCELLED, SS_DECLINED,   SS_TERMINATED};
  ASSERT_EQ(sizeof declared / sizeof declared[0], std::size(kSourceConstants));
  for (std::size_t i = 0; i < std::size(kSourceConstants); ++i) {
    EXPECT_EQ(static_cast<int>(declared[i]), kSourceConstants[i].value) << kSourceConstants[i].name;
  }
  EXPECT_EQ(MSGRPRIV_SESSION_STATE_COUNT, 8);
}

TEST(SessionState, XMacroListMatchesTheEnum) {
  int count = 0;
#define CHECK_ENTRY(name, value, meaning)                           \
  EXPECT_EQ(static_cast<int>(name), value) << #name;                \
  EXPECT_STREQ(MsgrSessionStateDescription(name), meaning) << #name; \
  EXPECT_EQ(count++, value) << #name;
  MSGRPRIV_SESSION_STATE_LIST(CHECK_ENTRY)
#undef CHECK_ENTRY
  EXPECT_EQ(count, MSGRPRIV_SESSION_STATE_COUNT);
}

TEST(SessionState, DeprecationMessageCarriesTheSourceWordsVerbatim) {
  const std::string message = MSGRPRIV_DEPRECATION_MESSAGE;
  EXPECT_NE(message.find(kSourceDoNotUse), std::string::npos) << message;
  EXPECT_NE(message.find(kSourceBanner), std::string::npos) << message;
}

TEST_P(EachConstant, NameIsTheConstantsName) {
  const SourceConstant &c = GetParam();
  EXPECT_STREQ(MsgrSessionStateName(static_cast<SESSION_STATE>(c.value)), c.name);
  EXPECT_STREQ(c_name_of(c.value), c.name) << "compiled as C";
}

TEST_P(EachConstant, DescriptionIsTheSourceWordingVerbatim) {
  const SourceConstant &c = GetParam();
  EXPECT_STREQ(MsgrSessionStateDescription(static_cast<SESSION_STATE>(c.value)), c.meaning);
  EXPECT_STREQ(c_description_of(c.value), c.meaning) << "compiled as C";
}

TEST_P(EachConstant, RoundTripsNameToValueToName) {
  const SourceConstant &c = GetParam();
  SESSION_STATE state = SS_UNKNOWN;
  ASSERT_EQ(MsgrSessionStateFromName(c.name, &state), 1);
  EXPECT_EQ(static_cast<int>(state), c.value);
  EXPECT_STREQ(MsgrSessionStateName(state), c.name);
  int from_c = -1;
  ASSERT_EQ(c_from_name(c.name, &from_c), 1);
  EXPECT_EQ(from_c, c.value);
}

constexpr int kOutOfRange[] = {-1, 8, 42, INT_MAX, INT_MIN};

TEST(BadInput, OutOfRangeValuesHaveNoName) {
  for (int value : kOutOfRange) {
    EXPECT_EQ(c_name_of(value), nullptr) << value;
  }
}

TEST(BadInput, OutOfRangeValuesHaveNoDescription) {
  for (int value : kOutOfRange) {
    EXPECT_EQ(c_description_of(value), nullptr) << value;
  }
}

// Asserts that `name` does not parse and that the output is left untouched.
void ExpectRejected(const char *name) {
  SESSION_STATE state = SS_DECLINED;
  EXPECT_EQ(MsgrSessionStateFromName(name, &state), 0) << (name ? name : "(null)");
  EXPECT_EQ(state, SS_DECLINED) << "output changed for " << (name ? name : "(null)");
  int from_c = 6;
  EXPECT_EQ(c_from_name(name, &from_c), 0);
  EXPECT_EQ(from_c, 6);
}

TEST(BadInput, NullNameIsRejected) { ExpectRejected(nullptr); }

TEST(BadInput, NullOutIsRejectedEvenForAValidName) {
  EXPECT_EQ(MsgrSessionStateFromName("SS_READY", nullptr), 0);
  EXPECT_EQ(c_from_name_null_out("SS_READY"), 0);
  EXPECT_EQ(c_from_name_null_out(nullptr), 0);
}

TEST(BadInput, EmptyNameIsRejected) { ExpectRejected(""); }

TEST(BadInput, PrefixesAreRejected) {
  for (const char *name : {"S", "SS", "SS_", "SS_READ", "SS_DECLINE", "SS_TERMINATE"}) {
    ExpectRejected(name);
  }
}

TEST(BadInput, SuffixesAndTrailingSpacesAreRejected) {
  for (const char *name : {"SS_READY ", "SS_READYX", "SS_DECLINED\n", "SS_TERMINATED\t", "SS_UNKNOWN_"}) {
    ExpectRejected(name);
  }
}

TEST(BadInput, LeadingSpacesAndBareSuffixesAreRejected) {
  for (const char *name : {" SS_READY", "READY", "DECLINED", "_READY", "RSS_READY"}) {
    ExpectRejected(name);
  }
}

TEST(BadInput, MatchIsCaseSensitive) {
  for (const char *name : {"ss_ready", "Ss_Ready", "SS_Ready", "sS_READY", "SS_DECLINEd"}) {
    ExpectRejected(name);
  }
}

TEST(BadInput, OneMegabyteStringsAreRejected) {
  const std::string filler(1u << 20, 'A');
  ExpectRejected(filler.c_str());
  const std::string long_valid_prefix = std::string("SS_READY") + filler;
  ExpectRejected(long_valid_prefix.c_str());
}

}  // namespace
