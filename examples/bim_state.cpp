// A Basic IM client's states (basicim.h) through the one C++17 API, which
// covers every header's types alike: each BIMSTATE as words, then the state
// each argument names, as a settings file or a command line would give it.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // this code reads an old API on purpose
#include <msgrpriv.hpp>

#include <cstdio>

int main(int argc, char **argv) {
  for (const BIMSTATE state : msgrpriv::values<BIMSTATE>) {
    std::printf("0x%04X %s\n", static_cast<unsigned>(state), msgrpriv::name(state));
  }
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    if (const auto state = msgrpriv::parse<BIMSTATE>(argv[i])) {
      std::printf("%s: %s\n", argv[i], msgrpriv::description(*state));
    } else {
      std::fprintf(stderr, "%s: no BIMSTATE of that name (names are case-sensitive)\n", argv[i]);
      status = 1;
    }
  }
  return status;
}
