// Decodes untrusted input, such as fields of an old log or message, without
// exceptions and without ever forming an out-of-range SESSION_STATE: numbers
// go through from_value, names through parse.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // this code reads an old API on purpose
#include <msgrpriv.hpp>

#include <cstdio>
#include <cstdlib>

namespace {
// Numbers (optionally signed) go to from_value, anything else to parse.
msgrpriv::result<SESSION_STATE> decode(const char *field) {
  char *end = nullptr;
  const long number = std::strtol(field, &end, 10);
  if (end != field && *end == '\0') {
    return msgrpriv::from_value<SESSION_STATE>(number);
  }
  return msgrpriv::parse<SESSION_STATE>(field);
}
}  // namespace

int main(int argc, char **argv) {
  int failures = 0;
  for (int i = 1; i < argc; ++i) {
    const msgrpriv::result<SESSION_STATE> result = decode(argv[i]);
    if (!result) {
      std::printf("'%s' -> not a SESSION_STATE\n", argv[i]);
      ++failures;
      continue;
    }
    const SESSION_STATE state = *result;  // checked: always one of the eight
    std::printf("'%s' -> %s: %s\n", argv[i], msgrpriv::name(state), msgrpriv::description(state));
  }
  return failures == 0 ? 0 : 1;
}
