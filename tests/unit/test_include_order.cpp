// msgrpriv 1.0's trap: msgrpriv.hpp first, then msgrpriv.h with
// MSGRPRIV_IMPLEMENTATION, left the C helpers undefined. Now any order works,
// the lists' header after both too, and two libraries in one program
// (second_library.c) do not clash.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include "msgrpriv.hpp"
#define MSGRPRIV_IMPLEMENTATION
#include "msgrpriv.h"
#include "msgrpriv_lists.h"

#include <gtest/gtest.h>

#include "second_library.h"

namespace {

TEST(ZeroSetup, HelpersWorkWhateverTheIncludeOrder) {
  EXPECT_STREQ(MsgrSessionStateName(SS_DECLINED), "SS_DECLINED");
  EXPECT_STREQ(MsgrSessionResultName(SR_SESSION_STATE_INVALID), "SR_SESSION_STATE_INVALID");
}

TEST(ZeroSetup, TwoLibrariesInOneProgramAgree) {
  EXPECT_STREQ(second_library_name(6), "SS_DECLINED");
  EXPECT_STREQ(second_library_name(6), MsgrSessionStateName(SS_DECLINED));
}

}  // namespace
