// libFuzzer target for msgrpriv::parse(data, size): any input either fails
// to parse or round-trips exactly through msgrpriv::name, and the answer
// agrees with the C API on the same bytes.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a test: it names the type on purpose
#define MSGRPRIV_IMPLEMENTATION  // the C helpers' definitions are compiled in this file
#include <msgrpriv.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const char *bytes = reinterpret_cast<const char *>(data);
  const msgrpriv::parse_result result = msgrpriv::parse(bytes, size);
  if (result) {
    const char *name = msgrpriv::name(result.state);
    if (name == nullptr || std::strlen(name) != size || std::memcmp(name, bytes, size) != 0) {
      std::abort();  // matched, but the name does not round-trip
    }
  } else if (result.state != SS_UNKNOWN) {
    std::abort();  // a failure must report SS_UNKNOWN
  }

  // The C API sees a C string; without an embedded NUL both must agree.
  const std::string text(bytes, size);
  if (text.find('\0') == std::string::npos) {
    SESSION_STATE state = SS_UNKNOWN;
    const bool c_found = MsgrSessionStateFromName(text.c_str(), &state) == 1;
    if (c_found != static_cast<bool>(result) || (c_found && state != result.state)) {
      std::abort();
    }
  }
  return 0;
}
