// Compile-time use of the C++ helpers: static_assert, a constexpr table and
// iteration over all states.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // this code reads an old API on purpose
#include <msgrpriv.hpp>

#include <cstdio>

// Checked by the compiler: a typo in a name or a changed value fails the build.
static_assert(msgrpriv::parse("SS_DECLINED").state == SS_DECLINED);
static_assert(!msgrpriv::parse("SS_DECLINE"), "prefixes do not match");
static_assert(msgrpriv::state_count == 8);

// The widest name, computed at compile time to align the table below.
constexpr int widest_name() {
  int widest = 0;
  for (SESSION_STATE state : msgrpriv::all_states) {
    int length = 0;
    for (const char *c = msgrpriv::name(state); *c != '\0'; ++c) {
      ++length;
    }
    widest = length > widest ? length : widest;
  }
  return widest;
}
static_assert(widest_name() == 13, "SS_INVITATION and SS_TERMINATED");

int main() {
  for (SESSION_STATE state : msgrpriv::all_states) {
    std::printf("%-*s %d  %s\n", widest_name(), msgrpriv::name(state), static_cast<int>(state),
                msgrpriv::description(state));
  }
  return 0;
}
