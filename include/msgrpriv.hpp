/*
 * msgrpriv.hpp - constexpr C++17 companions to msgrpriv.h.
 *
 * SPDX-License-Identifier: MIT
 */

/**
 * @file msgrpriv.hpp
 * @brief `constexpr`, `noexcept` C++17 helpers for `SESSION_STATE`, usable
 *        in constant expressions.
 *
 * Deliberately light: it includes only msgrpriv.h, which includes nothing,
 * so it adds no standard library header (no `<string>`, `<optional>`,
 * `<array>`, `<iostream>`, not even `<cstddef>`). Everything here is
 * constexpr: nothing needs #MSGRPRIV_IMPLEMENTATION.
 */
#ifndef MSGRPRIV_HPP
#define MSGRPRIV_HPP

#if !defined(__cplusplus) || \
    (__cplusplus < 201703L && (!defined(_MSVC_LANG) || _MSVC_LANG < 201703L))
#error "msgrpriv.hpp needs C++17 or later; from C or older C++, include msgrpriv.h instead."
#endif

#include "msgrpriv.h"

/* As in msgrpriv.h: the header's own uses of the deprecated names stay quiet. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

/** @brief C++ helpers for `SESSION_STATE`. */
namespace msgrpriv {

/** @brief The number of `SESSION_STATE` constants. */
inline constexpr int state_count = MSGRPRIV_SESSION_STATE_COUNT;

/** @brief The size type of parse(); the same type as `std::size_t`, named
 *         without including `<cstddef>`. */
using size_type = decltype(sizeof 0);

/** @cond INTERNAL */
namespace detail {
// NOLINTNEXTLINE(cppcoreguidelines-macro-usage): the one list shared with C
#define MSGRPRIV_X_CPP_STRINGS_(name, value, meaning) #name, meaning,
// Name i at [2i], meaning i at [2i + 1].
inline constexpr const char *strings[2 * state_count] = {MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_X_CPP_STRINGS_)};
#undef MSGRPRIV_X_CPP_STRINGS_
}  // namespace detail
/** @endcond */

/** @cond INTERNAL */
// NOLINTNEXTLINE(cppcoreguidelines-macro-usage): the one list shared with C
#define MSGRPRIV_X_CPP_STATE_(name, value, meaning) name,
/** @endcond */
/**
 * @brief All eight constants in declaration order, for range-for loops and
 *        constexpr tables: `for (SESSION_STATE s : msgrpriv::all_states)`.
 */
inline constexpr SESSION_STATE all_states[state_count] = {MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_X_CPP_STATE_)};
#undef MSGRPRIV_X_CPP_STATE_

/**
 * @brief The result of parse() and from_value(): a state, or failure.
 *
 * Failure is signalled without exceptions: `ok` is false and `state` is
 * `SS_UNKNOWN`. Test it with `if (result)` or `result.ok`.
 */
struct parse_result {
  /** @brief The state found; `SS_UNKNOWN` when `ok` is false. */
  SESSION_STATE state;
  /** @brief Whether a state was found. */
  bool ok;
  /** @brief Same as `ok`.
   *  @return `ok`. */
  constexpr explicit operator bool() const noexcept { return ok; }
};

/**
 * @brief The constant's name, such as `"SS_READY"`.
 * @param state One of the eight constants.
 * @return A static string, or `nullptr` for a value that is not one of the
 *         eight. In C++ such a value can only come from a cast that is
 *         itself undefined for an enum of this range; use from_value() to
 *         check raw integers first.
 */
constexpr const char *name(SESSION_STATE state) noexcept {
  const auto index = static_cast<unsigned long>(state);
  return index < state_count ? detail::strings[2 * index] : nullptr;
}

/**
 * @brief The constant's documented meaning, verbatim from the source page.
 * @param state One of the eight constants.
 * @return A static string, or `nullptr` for a value that is not one of the
 *         eight (see name()).
 */
constexpr const char *description(SESSION_STATE state) noexcept {
  const auto index = static_cast<unsigned long>(state);
  return index < state_count ? detail::strings[2 * index + 1] : nullptr;
}

/**
 * @brief Finds the constant named exactly by the `size` bytes at `data`
 *        (case-sensitive; embedded NUL bytes never match).
 * @param data The bytes to match, or `nullptr`.
 * @param size How many bytes `data` holds.
 * @return `{state, true}` on a match; `{SS_UNKNOWN, false}` otherwise,
 *         including when `data` is `nullptr`.
 *
 * Both parse() overloads are templates with one defaulted parameter only so
 * that compilers check their bodies where they are used, which keeps
 * including msgrpriv.hpp cheap (see the Performance page). Call them as
 * plain functions: `msgrpriv::parse("SS_READY")`.
 */
template <int DeferChecks = 0>
constexpr parse_result parse(const char *data, size_type size) noexcept {
  // Every name is "SS_" and 5 to 10 more letters: reject anything else at once.
  if (data == nullptr || size < 8 || size > 13 || data[0] != 'S' || data[1] != 'S' || data[2] != '_') {
    return {SS_UNKNOWN, false};
  }
  for (size_type i = 0; i < size_type{state_count}; ++i) {
    const char *candidate = detail::strings[2 * i];
    size_type at = 3;
    while (at < size && candidate[at] != '\0' && candidate[at] == data[at]) {
      ++at;
    }
    if (at == size && candidate[at] == '\0') {
      return {all_states[i], true};
    }
  }
  return {SS_UNKNOWN, false};
}
/**
 * @brief Finds the constant named exactly by the NUL-terminated `text`.
 * @param text A NUL-terminated string, or `nullptr`.
 * @return As parse(const char *, size_type); `{SS_UNKNOWN, false}` for
 *         `nullptr`.
 */
template <int DeferChecks = 0>
constexpr parse_result parse(const char *text) noexcept {
  if (text == nullptr) {
    return {SS_UNKNOWN, false};
  }
  // No name is longer than 13 bytes: stop counting at 14, whatever follows.
  size_type size = 0;
  while (size < 14 && text[size] != '\0') {
    ++size;
  }
  return parse(text, size);
}

/**
 * @brief Converts a raw integer, such as one read from the wire, to a state.
 * @param value Any integer.
 * @return `{state, true}` for 0 to 7; `{SS_UNKNOWN, false}` for any other
 *         value, without ever forming an out-of-range enum value.
 */
constexpr parse_result from_value(long value) noexcept {
  if (value >= 0 && value < state_count) {
    return {all_states[value], true};
  }
  return {SS_UNKNOWN, false};
}

}  // namespace msgrpriv

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* MSGRPRIV_HPP */
