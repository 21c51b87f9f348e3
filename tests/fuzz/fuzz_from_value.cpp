// libFuzzer target for msgrpriv::from_value<E>(integer) and the C helper
// Msgr<Prefix>FromValue(long), for every enumeration and every integer type:
// the input's first eight bytes are one number, read as each type in turn.
// from_value must find a value exactly when the number, read as that type,
// equals one of E's values as the source writes it (unsigned 32-bit) or as the
// enumerator holds it (the signed HRESULT), or, for a flags type, a
// combination of two or more of its flags -- never by truncating. The C helper
// must agree for every long. The expectation is computed here by brute force
// over values<E>, in 128-bit arithmetic, not by the finder.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a test: it names the types on purpose
#include <msgrpriv.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

__extension__ using Wide = __int128;

// E's values as the enumerators hold them, and for a flags type every
// combination of two or more of its nonzero flags.
template <class E>
const std::vector<long long> &Known() {
  static const std::vector<long long> known = [] {
    std::vector<long long> values;
    std::vector<long long> flags;
    for (const E value : msgrpriv::values<E>) {
      values.push_back(static_cast<long long>(value));
      if (static_cast<long long>(value) != 0) flags.push_back(static_cast<long long>(value));
    }
    if (msgrpriv::is_flags<E>) {
      for (unsigned mask = 1; mask < (1u << flags.size()); ++mask) {
        long long combined = 0;
        int chosen = 0;
        for (std::size_t bit = 0; bit < flags.size(); ++bit) {
          if ((mask >> bit & 1u) != 0) {
            combined |= flags[bit];
            ++chosen;
          }
        }
        if (chosen > 1) values.push_back(combined);
      }
    }
    return values;
  }();
  return known;
}

template <class E>
bool Expected(Wide number, long long *found) {
  for (const long long declared : Known<E>()) {
    const Wide written = declared < 0 ? Wide{declared} + (Wide{1} << 32) : Wide{declared};  // as the source writes it
    if (number == declared || number == written) {
      *found = declared;
      return true;
    }
  }
  return false;
}

template <class E, class Integer>
void Check(const std::uint8_t *data) {
  Integer number{};
  std::memcpy(&number, data, sizeof number);
  long long expected = 0;
  const bool should_find = Expected<E>(static_cast<Wide>(number), &expected);
  const msgrpriv::result<E> result = msgrpriv::from_value<E>(number);
  if (result.has_value() != should_find || (should_find && static_cast<long long>(*result) != expected)) {
    std::abort();  // found a value the number is not, or missed one it is
  }
}

template <class E, int (*CFromValue)(long, E *)>
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
  // The C helper, from a long, agrees with the C++ API and leaves *out alone when it finds nothing.
  long number = 0;
  std::memcpy(&number, data, sizeof number);
  E out = msgrpriv::values<E>[0];
  const msgrpriv::result<E> cpp = msgrpriv::from_value<E>(number);
  if ((CFromValue(number, &out) == 1) != cpp.has_value() || (cpp && out != *cpp) ||
      (!cpp && out != msgrpriv::values<E>[0])) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  std::uint8_t bytes[8] = {};
  std::memcpy(bytes, data, size < sizeof bytes ? size : sizeof bytes);
#define MSGRPRIV_FUZZ_CHECK(TYPE, Prefix) CheckEveryType<TYPE, Msgr##Prefix##FromValue>(bytes);
  MSGRPRIV_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  MSGRPRIV_MSGRUA_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  MSGRPRIV_MDISP_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  MSGRPRIV_BASICIM_ENUMERATIONS(MSGRPRIV_FUZZ_CHECK)
  return 0;
}
