// libFuzzer target for msgrpriv::parse<E>(data, size), for every enumeration:
// any input either fails to parse or round-trips exactly through
// msgrpriv::name, and the answer agrees with the C helper on the same bytes.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a test: it names the types on purpose
#include <msgrpriv.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

template <class E>
static void Check(const char *bytes, std::size_t size, int (*c_from_name)(const char *, E *)) {
  const msgrpriv::result<E> result = msgrpriv::parse<E>(bytes, size);
  if (result) {
    const char *name = msgrpriv::name(*result);
    if (std::strlen(name) != size || std::memcmp(name, bytes, size) != 0) {
      std::abort();  // matched, but the name does not round-trip
    }
  }
  // The C API sees a C string; without an embedded NUL both must agree.
  const std::string text(bytes, size);
  if (text.find('\0') == std::string::npos) {
    E found = msgrpriv::values<E>[0];
    const bool c_found = c_from_name(text.c_str(), &found) == 1;
    if (c_found != static_cast<bool>(result) || (c_found && found != *result)) std::abort();
  }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const char *bytes = reinterpret_cast<const char *>(data);
#define MSGRPRIV_FUZZ_CHECK(TYPE, Prefix) Check<TYPE>(bytes, size, Msgr##Prefix##FromName);
  MSGRPRIV_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  MSGRPRIV_MSGRUA_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  MSGRPRIV_MDISP_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  MSGRPRIV_BASICIM_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  return 0;
}
