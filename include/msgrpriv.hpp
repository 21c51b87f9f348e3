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
 * so it adds no standard library header. Its tables are msgrpriv.h's own,
 * read in constant expressions; a template is compiled only where it is used.
 * The names of msgrpriv 1.x are in msgrpriv_v1.hpp.
 */
#ifndef MSGRPRIV_HPP
#define MSGRPRIV_HPP

#if !defined(__cplusplus) || \
    (__cplusplus < 201703L && (!defined(_MSVC_LANG) || _MSVC_LANG < 201703L))
#error "msgrpriv.hpp needs C++17 or later; from C or older C++, include msgrpriv.h instead."
#endif

#include "msgrpriv.h"  // IWYU pragma: export

/* As in msgrpriv.h: the header's own code draws no warning in a user's build. */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
#pragma clang diagnostic ignored "-Wc++98-compat"
#pragma clang diagnostic ignored "-Wc++98-compat-pedantic"
#pragma clang diagnostic ignored "-Wpadded"
#if __has_warning("-Wunsafe-buffer-usage")
/* The ranges index their own tables, within the counts they hold. */
#pragma clang diagnostic ignored "-Wunsafe-buffer-usage"
#endif
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

/** @brief The C++ helpers: one API for every enumeration of msgrpriv.h. */
namespace msgrpriv {

/** @brief The size type of parse() and values; `std::size_t`, named without
 *         including `<cstddef>`. */
using size_type = decltype(sizeof 0);

/**
 * @brief What msgrpriv knows of the enumeration `E`: specialized for each type
 *        in #MSGRPRIV_ENUMERATIONS, and for nothing else.
 *
 * Each specialization has `type` (`E`), `type_name` (such as
 * `"SESSION_STATE"`) and `table`, msgrpriv.h's table of its constants. The
 * helpers take only these types: for any other type they are simply not
 * candidates.
 * @tparam E The enumeration.
 */
template <class E>
struct enumeration {};

/**
 * @brief With MSVC, what dereferencing an empty msgrpriv::result (or indexing
 *        msgrpriv::values past its end) throws out of a `noexcept` function:
 *        the program ends in `std::terminate`, and the runtime that says why
 *        names this type. GCC and Clang stop the program at a trap instead.
 */
struct empty_result {};

/** @cond INTERNAL */
// NOLINTNEXTLINE(cppcoreguidelines-macro-usage): specializations from the C list
#define MSGRPRIV_CPP_ENUMERATION_(TYPE, Prefix)                            \
  template <>                                                              \
  struct enumeration<TYPE> {                                               \
    using type = TYPE;                                                     \
    static constexpr const char *type_name = #TYPE;                        \
    static constexpr const msgrpriv_table_ &table = msgrpriv_table_##Prefix##_; \
  };
MSGRPRIV_ENUMERATIONS(MSGRPRIV_CPP_ENUMERATION_)
#undef MSGRPRIV_CPP_ENUMERATION_

namespace detail {
// The integer types from_value() takes, each with `type` and whether it is
// signed: the standard signed and unsigned integer types, not bool, the
// character types or floating point.
template <class T>
struct integer {};
// NOLINTNEXTLINE(cppcoreguidelines-macro-usage): ten one-line specializations
#define MSGRPRIV_INTEGER_(T, SIGNED)            \
  template <>                                   \
  struct integer<T> {                           \
    using type = T;                             \
    static constexpr bool is_signed = (SIGNED); \
  };
MSGRPRIV_INTEGER_(signed char, true)
MSGRPRIV_INTEGER_(unsigned char, false)
MSGRPRIV_INTEGER_(short, true)
MSGRPRIV_INTEGER_(unsigned short, false)
MSGRPRIV_INTEGER_(int, true)
MSGRPRIV_INTEGER_(unsigned int, false)
MSGRPRIV_INTEGER_(long, true)
MSGRPRIV_INTEGER_(unsigned long, false)
MSGRPRIV_INTEGER_(long long, true)
MSGRPRIV_INTEGER_(unsigned long long, false)
#undef MSGRPRIV_INTEGER_

template <class E>
constexpr size_type count_of() noexcept {
  return static_cast<size_type>(enumeration<E>::table.count);
}

// The table's values must ascend: the look-ups search them in order.
template <class E>
constexpr bool ascending() noexcept {
  for (size_type i = 1; i < count_of<E>(); ++i) {
    if (!(enumeration<E>::table.values[i - 1] < enumeration<E>::table.values[i])) {
      return false;
    }
  }
  return true;
}

// E's table, checked when a helper is first used with E: at every include,
// the check would cost every includer.
template <class E>
constexpr const msgrpriv_table_ *table_of() noexcept {
  static_assert(ascending<E>(), "msgrpriv: the values of this enumeration must ascend");
  return &enumeration<E>::table;
}

// The constant of E in a row of its table.
template <class E>
constexpr E constant_at(const msgrpriv_table_ *table, size_type row) noexcept {
  // NOLINTNEXTLINE(clang-analyzer-optin.core.EnumCastOutOfRange): each row holds a constant of E
  return static_cast<E>(table->values[row]);
}

// Every constant of E as an E, in the table's order: the storage values<E>
// iterates with plain pointers.
template <class E>
struct constants {
  E items[count_of<E>()];
};
template <class E>
constexpr constants<E> constants_of() noexcept {
  constants<E> all{};
  for (size_type i = 0; i < count_of<E>(); ++i) {
    all.items[i] = constant_at<E>(table_of<E>(), i);
  }
  return all;
}
template <class E>
inline constexpr constants<E> all = constants_of<E>();

// A broken precondition (an empty result, an index past the end) ends the
// program at once: in a constant expression it is a compile error (this is no
// constexpr function). GCC and Clang stop at a trap, so no exception can
// escape the user's code (clang-tidy's bugprone-exception-escape); MSVC, which
// needs <intrin.h> for a trap, throws out of the noexcept caller: terminate.
#if defined(__GNUC__) || defined(__clang__)
[[noreturn]] inline void precondition_failed() noexcept { __builtin_trap(); }
#else
[[noreturn]] inline void precondition_failed() { throw empty_result{}; }
#endif

// The iterable of values<E>: plain pointers into all<E>.
template <class E>
struct value_range {
  [[nodiscard]] static constexpr const E *begin() noexcept { return all<E>.items; }
  [[nodiscard]] static constexpr const E *end() noexcept { return all<E>.items + count_of<E>(); }
  [[nodiscard]] static constexpr size_type size() noexcept { return count_of<E>(); }
  [[nodiscard]] constexpr E operator[](size_type i) const noexcept {
    if (i >= count_of<E>()) {
      precondition_failed();
    }
    return all<E>.items[i];
  }
};
}  // namespace detail
/** @endcond */

/**
 * @brief The result of parse() and from_value(): a constant of `E`, or
 *        nothing.
 *
 * Like `std::optional<E>` without the header: test it with `if (result)` or
 * has_value(), then read it with `*result`, or use value_or(). An empty
 * result holds no constant, so it cannot pass for one: dereferencing it is a
 * compile error in a constant expression and ends the program at run time, in
 * every build (a trap with GCC and Clang; std::terminate, naming
 * msgrpriv::empty_result, with MSVC).
 * @tparam E The enumeration.
 */
template <class E>
class result {
 public:
  /** @brief An empty result. */
  constexpr result() noexcept = default;
  /** @brief A result holding `value`.
   *  @param value A constant of `E`. */
  constexpr explicit result(E value) noexcept : raw_(static_cast<long long>(value)) {}
  /** @brief Whether a constant was found.
   *  @return has_value(). */
  constexpr explicit operator bool() const noexcept { return raw_ != none_; }
  /** @brief Whether a constant was found.
   *  @return `true` when the result holds a constant. */
  [[nodiscard]] constexpr bool has_value() const noexcept { return raw_ != none_; }
  /** @brief The constant, or `fallback` when there is none.
   *  @param fallback What to return for an empty result.
   *  @return The constant found, or `fallback`. */
  [[nodiscard]] constexpr E value_or(E fallback) const noexcept { return raw_ != none_ ? constant_() : fallback; }
  /** @brief The constant found; only for a result that has_value().
   *  @return The constant. */
  [[nodiscard]] constexpr E operator*() const noexcept {
    if (raw_ == none_) {
      detail::precondition_failed();
    }
    return constant_();
  }

 private:
  // The constant's value, or none_, which no constant has (each fits in 32
  // bits): one scalar, which a compiler keeps in one register, where a value
  // and a flag were packed and unpacked around every parse.
  static constexpr long long none_ = -(1LL << 40);
  // NOLINTNEXTLINE(clang-analyzer-optin.core.EnumCastOutOfRange): raw_ came from an E
  [[nodiscard]] constexpr E constant_() const noexcept { return static_cast<E>(raw_); }
  long long raw_ = none_;
};

/**
 * @brief Every constant of `E` in the source's order, as a range of plain
 *        pointers: `for (SESSION_STATE s : msgrpriv::values<SESSION_STATE>)`,
 *        `std::vector<E>(values<E>.begin(), values<E>.end())`,
 *        `std::ranges::find(values<E>, x)`.
 *
 * Has `size()` and `operator[]` (an index past the end ends the program), so
 * `std::size(values<E>)` works too.
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
 * @param value A value of any enumeration of msgrpriv.h.
 * @return A static string; `""` (never a null pointer) for a value that is
 *         none of the constants, such as a combination of `SESSION_FLAGS` bits.
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] constexpr const char *name(E value) noexcept {
  const msgrpriv_table_ *table = detail::table_of<E>();
  const long at = msgrpriv_index_(table, static_cast<long>(value));
  return at >= 0 ? table->names + table->name_starts[at] : "";
}

/**
 * @brief The constant's documented meaning, verbatim from its source page.
 * @param value A value of any enumeration of msgrpriv.h.
 * @return A static string; `""` (never a null pointer) for a value that is
 *         none of the constants.
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] constexpr const char *description(E value) noexcept {
  const msgrpriv_table_ *table = detail::table_of<E>();
  const long at = msgrpriv_index_(table, static_cast<long>(value));
  return at >= 0 ? table->meanings + table->meaning_starts[at] : "";
}

/**
 * @brief Finds the constant of `E` named exactly by the `size` bytes at
 *        `data` (case-sensitive; an embedded NUL never matches).
 * @param data The bytes, or `nullptr`.
 * @param size How many bytes `data` holds.
 * @return The constant, or an empty result (also for `nullptr`).
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] constexpr result<E> parse(const char *data, size_type size) noexcept {
  // Names are short: a longer size is no name (and is never narrowed to
  // unsigned long, which is 32 bits on Windows).
  const msgrpriv_table_ *table = detail::table_of<E>();
  const long at = size > 64 ? -1 : msgrpriv_index_of_name_n_(table, data, static_cast<unsigned long>(size));
  return at >= 0 ? result<E>(detail::constant_at<E>(table, static_cast<size_type>(at))) : result<E>();
}

/**
 * @brief Finds the constant of `E` named exactly by the NUL-terminated `text`.
 * @param text A NUL-terminated string, or `nullptr`.
 * @return As parse(const char *, size_type).
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] constexpr result<E> parse(const char *text) noexcept {
  return parse<E>(text, msgrpriv_name_length_(text));
}

/**
 * @brief Finds the constant of `E` named by `text`, anything with `data()`
 *        and `size()`, such as `std::string_view` or `std::string`.
 * @param text The name.
 * @return As parse(const char *, size_type).
 */
template <class E, class Text, class = typename enumeration<E>::type>
[[nodiscard]] constexpr auto parse(const Text &text) noexcept
    -> decltype(static_cast<void>(text.size()), static_cast<void>(text.data()), result<E>()) {
  return parse<E>(static_cast<const char *>(text.data()), static_cast<size_type>(text.size()));
}

/**
 * @brief Converts an integer, such as one read from a log or the wire, to a
 *        constant of `E`, without forming an out-of-range value.
 *
 * Takes the standard signed and unsigned integer types only: `bool`,
 * characters, floating point and other enumerations are not candidates. Values
 * are compared exactly, never truncated. For HRESULT-style enumerations
 * (`SESSION_RESULT`, `LockError`), the code may be given as the signed 32-bit
 * HRESULT or as the unsigned 32-bit value the source writes: `-2130704876` and
 * `0x81000614` both find `SR_SESSION_STATE_INVALID`.
 * @param value An integer.
 * @return The constant, or an empty result.
 */
template <class E, class Integer, class = typename enumeration<E>::type,
          class = typename detail::integer<Integer>::type>
[[nodiscard]] constexpr result<E> from_value(Integer value) noexcept {
  constexpr unsigned long long long_long_max = ~0ULL >> 1;
  if constexpr (!detail::integer<Integer>::is_signed) {
    if (static_cast<unsigned long long>(value) > long_long_max) {
      return {};
    }
  }
  auto wide = static_cast<long long>(value);
  // HRESULT-style codes are negative as declared: accept their unsigned form.
  const msgrpriv_table_ *table = detail::table_of<E>();
  if (table->values[0] < 0 && wide >= 0x80000000LL && wide <= 0xFFFFFFFFLL) {
    wide -= 0x100000000LL;
  }
  // The tables hold a long, 32 bits on LLP64 Windows: never truncate to it.
  if (static_cast<long long>(static_cast<long>(wide)) != wide) {
    return {};
  }
  const long at = msgrpriv_index_(table, static_cast<long>(wide));
  return at >= 0 ? result<E>(detail::constant_at<E>(table, static_cast<size_type>(at))) : result<E>();
}

}  // namespace msgrpriv

#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* MSGRPRIV_HPP */
