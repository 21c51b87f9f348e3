/*
 * msgrpriv_v1.hpp - the SESSION_STATE-only C++ names of msgrpriv 1.x, kept so
 * that old code compiles; each use says what replaces it.
 *
 * SPDX-License-Identifier: MIT
 */

/**
 * @file msgrpriv_v1.hpp
 * @brief The deprecated C++ names of msgrpriv 1.x (`state_count`,
 *        `all_states`, `parse_result`, and `parse` and `from_value` without a
 *        type), for old code that includes this header instead of
 *        msgrpriv.hpp.
 *
 * Not part of msgrpriv.hpp since 2.0: there, `msgrpriv::parse(text)` without
 * `<E>` does not compile, rather than quietly parsing a `SESSION_STATE`.
 */
#ifndef MSGRPRIV_V1_HPP
#define MSGRPRIV_V1_HPP

#include "msgrpriv.hpp"  // IWYU pragma: export

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
#pragma clang diagnostic ignored "-Wc++98-compat"
#pragma clang diagnostic ignored "-Wpadded"
#pragma clang diagnostic ignored "-Wshadow"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#pragma GCC diagnostic ignored "-Wpadded"
#pragma GCC diagnostic ignored "-Wshadow"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

namespace msgrpriv {

/**
 * @brief The deprecated, SESSION_STATE-only spellings of msgrpriv 1.x; each use
 *        says what replaces it.
 *
 * An inline namespace: old code still writes `msgrpriv::parse("SS_READY")`.
 */
#if defined(MSGRPRIV_DOXYGEN) /* Breathe would list its members twice */
namespace v1 {
#else
inline namespace v1 {
#endif

/** @brief The number of `SESSION_STATE` constants.
 *  @deprecated Use `msgrpriv::count<SESSION_STATE>`. */
[[deprecated("use msgrpriv::count<SESSION_STATE>")]] constexpr int state_count = static_cast<int>(count<SESSION_STATE>);

/** @brief Every `SESSION_STATE` constant, for range-for loops.
 *  @deprecated Use `msgrpriv::values<SESSION_STATE>`. */
[[deprecated("use msgrpriv::values<SESSION_STATE>")]] constexpr auto all_states = values<SESSION_STATE>;

/** @brief The result of the deprecated parse() and from_value().
 *  @deprecated Use msgrpriv::result. */
struct [[deprecated("use msgrpriv::result<SESSION_STATE>")]] parse_result {
  /** @brief The state found; `SS_UNKNOWN` when `ok` is false. */
  SESSION_STATE state;
  /** @brief Whether a state was found. */
  bool ok;
  /** @brief Same as `ok`.
   *  @return `ok`. */
  constexpr explicit operator bool() const noexcept { return ok; }
};

// NOLINTBEGIN(misc-use-anonymous-namespace): internal linkage by `static`, as in msgrpriv.hpp (the
// deprecated ones write it after constexpr, where the docs' tests read their names)
/** @cond INTERNAL */
namespace v1_detail {
static constexpr parse_result old_result(result<SESSION_STATE> found) noexcept {
  return {found.value_or(SS_UNKNOWN), found.has_value()};
}
}  // namespace v1_detail
/** @endcond */

/** @brief Parses a `SESSION_STATE` name.
 *  @deprecated Use `msgrpriv::parse<SESSION_STATE>(text)`.
 *  @param text A NUL-terminated string, or `nullptr`.
 *  @return `{state, true}`, or `{SS_UNKNOWN, false}`. */
[[deprecated("use msgrpriv::parse<SESSION_STATE>")]] constexpr static parse_result parse(const char *text) noexcept {
  return v1_detail::old_result(::msgrpriv::parse<SESSION_STATE>(text));
}

/** @brief Parses a `SESSION_STATE` name of `size` bytes.
 *  @deprecated Use `msgrpriv::parse<SESSION_STATE>(data, size)`.
 *  @param data The bytes, or `nullptr`.
 *  @param size How many bytes `data` holds.
 *  @return `{state, true}`, or `{SS_UNKNOWN, false}`. */
[[deprecated("use msgrpriv::parse<SESSION_STATE>")]] constexpr static parse_result parse(const char *data,
                                                                                         size_type size) noexcept {
  return v1_detail::old_result(::msgrpriv::parse<SESSION_STATE>(data, size));
}

/** @brief Converts an integer to a `SESSION_STATE`.
 *  @deprecated Use `msgrpriv::from_value<SESSION_STATE>(value)`.
 *  @param value Any integer.
 *  @return `{state, true}` for 0 to 7, else `{SS_UNKNOWN, false}`. */
[[deprecated("use msgrpriv::from_value<SESSION_STATE>")]] constexpr static parse_result from_value(long value) noexcept {
  return v1_detail::old_result(::msgrpriv::from_value<SESSION_STATE>(value));
}
}  // namespace v1
// NOLINTEND(misc-use-anonymous-namespace)

}  // namespace msgrpriv

#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* MSGRPRIV_V1_HPP */
