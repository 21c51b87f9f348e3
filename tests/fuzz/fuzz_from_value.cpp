// libFuzzer target for msgrpriv::from_value<E>(integer), for every
// enumeration and every integer type it takes: the input's first eight bytes
// are one number, read as each type in turn. from_value must find a constant
// exactly when the number, read as that type, equals one of E's values as the
// source writes it (unsigned 32-bit) or as the enumerator holds it (the
// signed HRESULT) -- never by truncating. The expectation is computed here by
// brute force over values<E>, in 128-bit arithmetic, not by the finder.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a test: it names the types on purpose
#include <msgrpriv.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

__extension__ using Wide = __int128;

template <class E>
bool Expected(Wide number, E *found) {
  for (const E value : msgrpriv::values<E>) {
    const Wide declared = static_cast<long long>(value);  // the enumerator: an HRESULT is negative
    const Wide written = declared < 0 ? declared + (Wide{1} << 32) : declared;  // as the source writes it
    if (number == declared || number == written) {
      *found = value;
      return true;
    }
  }
  return false;
}

template <class E, class Integer>
void Check(const std::uint8_t *data) {
  Integer number{};
  std::memcpy(&number, data, sizeof number);
  E expected{};
  const bool should_find = Expected<E>(static_cast<Wide>(number), &expected);
  const msgrpriv::result<E> result = msgrpriv::from_value<E>(number);
  if (result.has_value() != should_find || (should_find && *result != expected)) {
    std::abort();  // found a constant the number is not, or missed one it is
  }
}

template <class E>
void CheckEveryType(const std::uint8_t *data) {
  Check<E, signed char>(data);
  Check<E, unsigned char>(data);
  Check<E, short>(data);
  Check<E, unsigned short>(data);
  Check<E, int>(data);
  Check<E, unsigned int>(data);
  Check<E, long>(data);
  Check<E, unsigned long>(data);
  Check<E, long long>(data);
  Check<E, unsigned long long>(data);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  std::uint8_t bytes[8] = {};
  std::memcpy(bytes, data, size < sizeof bytes ? size : sizeof bytes);
#define MSGRPRIV_FUZZ_CHECK(TYPE, Prefix) CheckEveryType<TYPE>(bytes);
  MSGRPRIV_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  return 0;
}
