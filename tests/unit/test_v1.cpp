// The SESSION_STATE-only spellings of msgrpriv 1.x still work, from their
// opt-in header, each with its deprecation.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // tests name the constants on purpose
#include "msgrpriv_v1.hpp"

#include <gtest/gtest.h>

namespace {

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
TEST(Version1Spellings, StillWorkFromMsgrprivV1Hpp) {
  EXPECT_EQ(msgrpriv::state_count, 8);
  EXPECT_EQ(msgrpriv::all_states.size(), 8U);
  const msgrpriv::parse_result hit = msgrpriv::parse("SS_DECLINED");
  EXPECT_TRUE(hit.ok && hit.state == SS_DECLINED);
  const msgrpriv::parse_result miss = msgrpriv::parse("SS_NOPE");
  EXPECT_TRUE(!miss.ok && miss.state == SS_UNKNOWN);
  EXPECT_TRUE(msgrpriv::parse("SS_READYX", 8).ok);
  EXPECT_TRUE(msgrpriv::from_value(7L).ok && msgrpriv::from_value(7L).state == SS_TERMINATED);
  EXPECT_FALSE(msgrpriv::from_value(8L));
  // The 2.0 API beside them.
  EXPECT_EQ(*msgrpriv::parse<SESSION_RESULT>("SR_OLD_SIP_STACK"), SR_OLD_SIP_STACK);
}
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace
