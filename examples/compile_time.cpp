// Compile-time use of the C++ helpers: static_assert, a constexpr table and
// iteration over all states.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // this code reads an old API on purpose
#include <msgrpriv.hpp>

#include <cstdio>

// Checked by the compiler: a typo in a name or a changed value fails the build.
static_assert(*msgrpriv::parse<SESSION_STATE>("SS_DECLINED") == SS_DECLINED);
static_assert(!msgrpriv::parse<SESSION_STATE>("SS_DECLINE"), "prefixes do not match");
static_assert(msgrpriv::count<SESSION_STATE> == 8);

namespace {
// The widest name, computed at compile time to align the table below.
constexpr int widest_name() {
  int widest = 0;
  for (const SESSION_STATE state : msgrpriv::values<SESSION_STATE>) {
    int length = 0;
    for (const char *c = msgrpriv::name(state); *c != '\0'; ++c) {
      ++length;
    }
    widest = length > widest ? length : widest;
  }
  return widest;
}
}  // namespace
static_assert(widest_name() == 13, "SS_INVITATION and SS_TERMINATED");

int main() {
  for (const SESSION_STATE state : msgrpriv::values<SESSION_STATE>) {
    std::printf("%-*s %d  %s\n", widest_name(), msgrpriv::name(state), static_cast<int>(state),
                msgrpriv::description(state));
  }
  return 0;
}
