/*
 * msgrpriv.hpp - one constexpr C++17 API over every enumeration of msgrpriv.h.
 *
 * SPDX-License-Identifier: MIT
 */

/**
 * @file msgrpriv.hpp
 * @brief `constexpr`, `noexcept` C++17 helpers, the same for every enumeration
 *        of msgrpriv.h: `name`, `description`, `parse<E>`, `from_value<E>`,
 *        `values<E>`.
 *
 * Deliberately light: it includes only msgrpriv.h, which includes nothing,
 * so it adds no standard library header. Its tables are msgrpriv.h's own
 * rows, read in constant expressions; a template is compiled only where it
 * is used.
 */
#ifndef MSGRPRIV_HPP
#define MSGRPRIV_HPP

#if !defined(__cplusplus) || \
    (__cplusplus < 201703L && (!defined(_MSVC_LANG) || _MSVC_LANG < 201703L))
#error "msgrpriv.hpp needs C++17 or later; from C or older C++, include msgrpriv.h instead."
#endif

#include "msgrpriv.h"

/* As in msgrpriv.h: the header's own uses of the deprecated names stay quiet. */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
#pragma clang diagnostic ignored "-Wc++98-compat"
#pragma clang diagnostic ignored "-Wc++98-compat-pedantic"
#pragma clang diagnostic ignored "-Wpadded"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

/** @brief The C++ helpers: one API for every enumeration of msgrpriv.h. */
namespace msgrpriv {

/** @brief The size type of parse(); `std::size_t`, named without including
 *         `<cstddef>`. */
using size_type = decltype(sizeof 0);

/**
 * @brief What msgrpriv knows of the enumeration `E`: specialized for each
 *        type in #MSGRPRIV_ENUMERATIONS, and for nothing else.
 *
 * Each specialization has `type_name` (such as `"SESSION_STATE"`) and `rows`,
 * the header's rows in the list's order. Using any helper with another type
 * fails to compile with "not an enumeration of msgrpriv.h".
 * @tparam E The enumeration.
 */
template <class E>
struct enumeration {
  static_assert(sizeof(E) == 0, "msgrpriv: not an enumeration of msgrpriv.h");
};

/** @cond INTERNAL */
// NOLINTNEXTLINE(cppcoreguidelines-macro-usage): specializations from the C list
#define MSGRPRIV_CPP_ENUMERATION_(TYPE, Prefix, LIST)                       \
  template <>                                                               \
  struct enumeration<TYPE> {                                                \
    static constexpr const char *type_name = #TYPE;                         \
    static constexpr const msgrpriv_row_ (&rows)[sizeof msgrpriv_rows_##Prefix##_ / \
                                                 sizeof(msgrpriv_row_)] = msgrpriv_rows_##Prefix##_; \
  };
MSGRPRIV_ENUMERATIONS(MSGRPRIV_CPP_ENUMERATION_)
#undef MSGRPRIV_CPP_ENUMERATION_

namespace detail {
// Dereferencing an empty result in a constant expression calls this
// non-constexpr function, which makes it a compile error.
inline void dereferenced_an_empty_result() noexcept {}

template <class E>
constexpr size_type count_of() noexcept {
  return sizeof(enumeration<E>::rows) / sizeof(msgrpriv_row_);
}

// The row holding value, or nullptr: msgrpriv.h's finder, constexpr here.
template <class E>
constexpr const msgrpriv_row_ *row_of(long value) noexcept {
  return msgrpriv_find_(enumeration<E>::rows, static_cast<unsigned long>(count_of<E>()), value);
}

// Iterates the constants of E as E values.
template <class E>
struct value_iterator {
  const msgrpriv_row_ *row;
  constexpr E operator*() const noexcept { return static_cast<E>(row->value); }
  constexpr value_iterator &operator++() noexcept {
    ++row;
    return *this;
  }
  constexpr bool operator!=(value_iterator other) const noexcept { return row != other.row; }
  constexpr bool operator==(value_iterator other) const noexcept { return row == other.row; }
};

template <class E>
struct value_range {
  [[nodiscard]] constexpr value_iterator<E> begin() const noexcept { return {enumeration<E>::rows}; }
  [[nodiscard]] constexpr value_iterator<E> end() const noexcept { return {enumeration<E>::rows + count_of<E>()}; }
  [[nodiscard]] static constexpr size_type size() noexcept { return count_of<E>(); }
  [[nodiscard]] constexpr E operator[](size_type i) const noexcept { return static_cast<E>(enumeration<E>::rows[i].value); }
};
}  // namespace detail
/** @endcond */

/**
 * @brief The result of parse() and from_value(): a constant of `E`, or
 *        nothing.
 *
 * Like `std::optional<E>` without the header: test it with `if (result)` or
 * has_value(), then read it with `*result`, or use value_or(). A failed
 * result holds no constant, so it cannot pass for one.
 * @tparam E The enumeration.
 */
template <class E>
class result {
 public:
  /** @brief An empty result. */
  constexpr result() noexcept = default;
  /** @brief A result holding `value`.
   *  @param value A constant of `E`. */
  constexpr explicit result(E value) noexcept : value_(value), ok_(true) {}
  /** @brief Whether a constant was found.
   *  @return has_value(). */
  constexpr explicit operator bool() const noexcept { return ok_; }
  /** @brief Whether a constant was found.
   *  @return `true` when the result holds a constant. */
  [[nodiscard]] constexpr bool has_value() const noexcept { return ok_; }
  /** @brief The constant, or `fallback` when there is none.
   *  @param fallback What to return for an empty result.
   *  @return The constant found, or `fallback`. */
  [[nodiscard]] constexpr E value_or(E fallback) const noexcept { return ok_ ? value_ : fallback; }
  /** @brief The constant found. Only for a result that has_value(): in a
   *         constant expression, an empty one is a compile error.
   *  @return The constant. */
  [[nodiscard]] constexpr E operator*() const noexcept {
    return ok_ ? value_ : (static_cast<void>(detail::dereferenced_an_empty_result()), value_);
  }

 private:
  E value_{};
  bool ok_ = false;
};

/**
 * @brief Every constant of `E` in the source's order, for range-for loops:
 *        `for (SESSION_STATE s : msgrpriv::values<SESSION_STATE>)`.
 *
 * Has `size()` and `operator[]`, so `std::size(values<E>)` works too.
 * @tparam E The enumeration.
 */
template <class E>
inline constexpr detail::value_range<E> values{};

/** @brief The number of constants of `E` (eight for `SESSION_STATE`).
 *  @tparam E The enumeration. */
template <class E>
inline constexpr int count = static_cast<int>(detail::count_of<E>());

/** @brief The C name of `E`, such as `"SESSION_STATE"`.
 *  @tparam E The enumeration. */
template <class E>
inline constexpr const char *type_name = enumeration<E>::type_name;

/**
 * @brief The constant's name, such as `"SS_READY"`.
 * @param value A constant of any enumeration of msgrpriv.h.
 * @return A static string, or `nullptr` for a value that is not one of the
 *         constants, such as a combination of `SESSION_FLAGS` bits.
 */
template <class E>
[[nodiscard]] constexpr const char *name(E value) noexcept {
  const msgrpriv_row_ *row = detail::row_of<E>(static_cast<long>(value));
  return row != nullptr ? row->name : nullptr;
}

/**
 * @brief The constant's documented meaning, verbatim from its source page.
 * @param value A constant of any enumeration of msgrpriv.h.
 * @return A static string, or `nullptr` for a value that is not one of the
 *         constants.
 */
template <class E>
[[nodiscard]] constexpr const char *description(E value) noexcept {
  const msgrpriv_row_ *row = detail::row_of<E>(static_cast<long>(value));
  return row != nullptr ? row->meaning : nullptr;
}

/**
 * @brief Finds the constant of `E` named exactly by the `size` bytes at
 *        `data` (case-sensitive; an embedded NUL never matches).
 * @param data The bytes, or `nullptr`.
 * @param size How many bytes `data` holds.
 * @return The constant, or an empty result (also for `nullptr`).
 */
template <class E>
[[nodiscard]] constexpr result<E> parse(const char *data, size_type size) noexcept {
  // msgrpriv.h's finder. Names are short: a longer size is no name (and is
  // never narrowed to unsigned long, which is 32 bits on Windows).
  const msgrpriv_row_ *row = size > 64 ? nullptr
      : msgrpriv_find_name_n_(enumeration<E>::rows, static_cast<unsigned long>(detail::count_of<E>()), data,
                              static_cast<unsigned long>(size));
  return row != nullptr ? result<E>(static_cast<E>(row->value)) : result<E>();
}

/**
 * @brief Finds the constant of `E` named exactly by the NUL-terminated `text`.
 * @param text A NUL-terminated string, or `nullptr`.
 * @return As parse(const char *, size_type).
 */
template <class E>
[[nodiscard]] constexpr result<E> parse(const char *text) noexcept {
  return parse<E>(text, msgrpriv_name_length_(text));
}

/**
 * @brief Finds the constant of `E` named by `text`, anything with `data()`
 *        and `size()`, such as `std::string_view` or `std::string`.
 * @param text The name.
 * @return As parse(const char *, size_type).
 */
template <class E, class Text>
[[nodiscard]] constexpr auto parse(const Text &text) noexcept
    -> decltype(static_cast<void>(text.size()), static_cast<void>(text.data()), result<E>()) {
  return parse<E>(static_cast<const char *>(text.data()), static_cast<size_type>(text.size()));
}

/**
 * @brief Converts an integer of any type, such as one read from a log or the
 *        wire, to a constant of `E`, without forming an out-of-range value.
 *
 * Values are compared exactly, never truncated. For HRESULT-style
 * enumerations (`SESSION_RESULT`, `LockError`), the code may be given as the
 * signed 32-bit HRESULT or as the unsigned 32-bit value the source writes:
 * `-2130704876` and `0x81000614` both find `SR_SESSION_STATE_INVALID`.
 * @param value Any integer.
 * @return The constant, or an empty result.
 */
template <class E, class Integer>
[[nodiscard]] constexpr result<E> from_value(Integer value) noexcept {
  constexpr bool is_signed = static_cast<Integer>(-1) < static_cast<Integer>(0);
  constexpr auto long_max = static_cast<long long>(~0ULL >> 1);
  if (!is_signed && static_cast<unsigned long long>(value) > static_cast<unsigned long long>(long_max)) {
    return {};
  }
  auto wide = static_cast<long long>(value);
  // HRESULT-style codes are negative as declared: accept their unsigned form.
  if (enumeration<E>::rows[0].value < 0 && wide >= 0x80000000LL && wide <= 0xFFFFFFFFLL) {
    wide -= 0x100000000LL;
  }
  // The rows hold a long, 32 bits on LLP64 Windows: never truncate to it.
  if (static_cast<long long>(static_cast<long>(wide)) != wide) {
    return {};
  }
  const msgrpriv_row_ *row = detail::row_of<E>(static_cast<long>(wide));
  if (row == nullptr) {
    return {};
  }
  return result<E>(static_cast<E>(row->value));
}

/**
 * @brief The deprecated, SESSION_STATE-only spellings of msgrpriv 1.0, kept so
 *        that old code compiles; each use says what replaces it.
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
[[deprecated("use msgrpriv::count<SESSION_STATE>")]] inline constexpr int state_count = count<SESSION_STATE>;

/** @brief Every `SESSION_STATE` constant, for range-for loops.
 *  @deprecated Use `msgrpriv::values<SESSION_STATE>`. */
[[deprecated("use msgrpriv::values<SESSION_STATE>")]] inline constexpr detail::value_range<SESSION_STATE> all_states{};

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

/** @cond INTERNAL */
namespace v1_detail {
constexpr parse_result old_result(result<SESSION_STATE> found) noexcept {
  return {found.value_or(SS_UNKNOWN), found.has_value()};
}
}  // namespace v1_detail
/** @endcond */

/** @brief Parses a `SESSION_STATE` name.
 *  @deprecated Use `msgrpriv::parse<SESSION_STATE>(text)`.
 *  @param text A NUL-terminated string, or `nullptr`.
 *  @return `{state, true}`, or `{SS_UNKNOWN, false}`. */
[[deprecated("use msgrpriv::parse<SESSION_STATE>")]] constexpr parse_result parse(const char *text) noexcept {
  return v1_detail::old_result(::msgrpriv::parse<SESSION_STATE>(text));
}

/** @brief Parses a `SESSION_STATE` name of `size` bytes.
 *  @deprecated Use `msgrpriv::parse<SESSION_STATE>(data, size)`.
 *  @param data The bytes, or `nullptr`.
 *  @param size How many bytes `data` holds.
 *  @return `{state, true}`, or `{SS_UNKNOWN, false}`. */
[[deprecated("use msgrpriv::parse<SESSION_STATE>")]] constexpr parse_result parse(const char *data,
                                                                                  size_type size) noexcept {
  return v1_detail::old_result(::msgrpriv::parse<SESSION_STATE>(data, size));
}

/** @brief Converts an integer to a `SESSION_STATE`.
 *  @deprecated Use `msgrpriv::from_value<SESSION_STATE>(value)`.
 *  @param value Any integer.
 *  @return `{state, true}` for 0 to 7, else `{SS_UNKNOWN, false}`. */
[[deprecated("use msgrpriv::from_value<SESSION_STATE>")]] constexpr parse_result from_value(long value) noexcept {
  return v1_detail::old_result(::msgrpriv::from_value<SESSION_STATE>(value));
}
}  // namespace v1

}  // namespace msgrpriv

#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* MSGRPRIV_HPP */
