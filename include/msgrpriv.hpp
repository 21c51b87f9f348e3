/*
 * msgrpriv.hpp - one constexpr C++17 API over every enumeration of the package:
 * msgrpriv.h's, msgrua.h's, mdisp.h's and basicim.h's.
 *
 * SPDX-License-Identifier: MIT
 */

/**
 * @file msgrpriv.hpp
 * @brief `constexpr`, `noexcept` C++17 helpers, the same for every enumeration
 *        of msgrpriv.h, msgrua.h, mdisp.h and basicim.h: `name`,
 *        `description`, `parse<E>`, `from_value<E>`, `values<E>`.
 *
 * Deliberately light: it includes only those four headers, which include
 * nothing, so it adds no standard library header. Its tables are theirs,
 * read in constant expressions; a template is compiled only where it is used.
 * Everything that reads a table has internal linkage (`static`), as in
 * the C headers, so that no two libraries share one. The names of msgrpriv 1.x
 * are in msgrpriv_v1.hpp.
 */
#ifndef MSGRPRIV_HPP
#define MSGRPRIV_HPP

#if !defined(__cplusplus) || \
    (__cplusplus < 201703L && (!defined(_MSVC_LANG) || _MSVC_LANG < 201703L))
#error "msgrpriv.hpp needs C++17 or later; from C or older C++, include msgrpriv.h instead."
#endif

#include "msgrpriv.h"  // IWYU pragma: export
#include "msgrua.h"  // IWYU pragma: export
#include "mdisp.h"  // IWYU pragma: export
#include "basicim.h"  // IWYU pragma: export

/* As in msgrpriv.h: the header's own code draws no warning in a user's build. */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
#pragma clang diagnostic ignored "-Wc++98-compat"
#pragma clang diagnostic ignored "-Wc++98-compat-pedantic"
#pragma clang diagnostic ignored "-Wpadded"
#pragma clang diagnostic ignored "-Wshadow"
#pragma clang diagnostic ignored "-Wconversion"
#pragma clang diagnostic ignored "-Wsign-conversion"
#if __has_warning("-Wunsafe-buffer-usage")
/* The ranges index their own tables, within the counts they hold. */
#pragma clang diagnostic ignored "-Wunsafe-buffer-usage"
#endif
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#pragma GCC diagnostic ignored "-Wpadded"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wuseless-cast"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

// NOLINTBEGIN(misc-use-anonymous-namespace): internal linkage by `static`, which Doxygen documents
/** @brief The C++ helpers: one API for every enumeration of the package. */
namespace msgrpriv {

/** @brief The size type of parse() and values; `std::size_t`, named without
 *         including `<cstddef>`. */
using size_type = decltype(sizeof 0);

/**
 * @brief What msgrpriv knows of the enumeration `E`: specialized for each type
 *        in #MSGRPRIV_ENUMERATIONS, #MSGRPRIV_MSGRUA_ENUMERATIONS,
 *        #MSGRPRIV_MDISP_ENUMERATIONS and #MSGRPRIV_BASICIM_ENUMERATIONS, and
 *        for nothing else.
 *
 * Each specialization has `type` (`E`) and `type_name` (such as
 * `"SESSION_STATE"`). The helpers take only these types: for any other type
 * they are simply not candidates.
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
// NOLINTBEGIN(cppcoreguidelines-macro-usage): a specialization per type of the C list
// table_ is the C header's table of the type, whose address differs in each
// file: it is only ever read as a value, in constant expressions, never
// stored, so no file's answers can reach another's.
#define MSGRPRIV_CPP_ENUMERATION_(TYPE, Prefix)                       \
  template <>                                                         \
  struct enumeration<TYPE> {                                          \
    using type = TYPE;                                                \
    static constexpr const char *type_name = #TYPE;                   \
    static constexpr const char *table_ = msgrpriv_table_##Prefix##_; \
  };
MSGRPRIV_ENUMERATIONS(MSGRPRIV_CPP_ENUMERATION_)
MSGRPRIV_MSGRUA_ENUMERATIONS(MSGRPRIV_CPP_ENUMERATION_)
MSGRPRIV_MDISP_ENUMERATIONS(MSGRPRIV_CPP_ENUMERATION_)
MSGRPRIV_BASICIM_ENUMERATIONS(MSGRPRIV_CPP_ENUMERATION_)
#undef MSGRPRIV_CPP_ENUMERATION_
// NOLINTEND(cppcoreguidelines-macro-usage)

namespace detail {
// E's table, a copy of the pointer in each file's own variable.
template <class E>
static constexpr const char *table = enumeration<E>::table_;

// Whether T and U are one type.
template <class T, class U>
struct same {
  static constexpr bool value = false;
};
template <class T>
struct same<T, T> {
  static constexpr bool value = true;
};
// The integer types from_value() takes: the standard signed and unsigned
// integer types, not bool, the character types or floating point.
template <class T>
static constexpr bool is_integer =
    same<T, signed char>::value || same<T, unsigned char>::value || same<T, short>::value ||
    same<T, unsigned short>::value || same<T, int>::value || same<T, unsigned int>::value ||
    same<T, long>::value || same<T, unsigned long>::value || same<T, long long>::value ||
    same<T, unsigned long long>::value;
// A type only where the condition holds (std::enable_if, without the header).
template <bool Condition>
struct when {};
template <>
struct when<true> {
  using type = void;
};

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

// Whether value is a constant of E (or a combination of its flags).
template <class E>
static constexpr bool holds(E value) noexcept {
  return msgrpriv_row_of_value_(table<E>, value) >= 0;
}

// A constructor argument that only the finders pass: the value is E's.
struct checked {};

// The number of constants of E, and whether they are flags.
template <class E>
static constexpr size_type count_of() noexcept {
  return msgrpriv_u8_(table<E>, 0);
}
template <class E>
static constexpr bool flags_of() noexcept {
  return msgrpriv_u8_(table<E>, 2) != 0;
}

// Every constant of E in the page's order, held in the object itself: its
// members read nothing else, so a copy of them in any library answers alike.
template <class E, size_type N>
class value_list {
 public:
  constexpr explicit value_list(const char *table) noexcept {
    for (size_type i = 0; i < N; ++i) {
      items_[i] = static_cast<E>(msgrpriv_value_(table, i));
    }
  }
  [[nodiscard]] constexpr const E *begin() const noexcept { return items_; }
  [[nodiscard]] constexpr const E *end() const noexcept { return items_ + N; }
  [[nodiscard]] constexpr const E *data() const noexcept { return items_; }
  [[nodiscard]] static constexpr size_type size() noexcept { return N; }
  [[nodiscard]] static constexpr bool empty() noexcept { return N == 0; }
  [[nodiscard]] constexpr const E &front() const noexcept { return items_[0]; }
  [[nodiscard]] constexpr const E &back() const noexcept { return items_[N - 1]; }
  [[nodiscard]] constexpr const E &operator[](size_type i) const noexcept {
    if (i >= N) {
      precondition_failed();
    }
    return items_[i];
  }

 private:
  E items_[N]{};
};
// values<E>.
template <class E>
static constexpr value_list<E, count_of<E>()> values_of() noexcept {
  return value_list<E, count_of<E>()>(table<E>);
}
}  // namespace detail
/** @endcond */

/**
 * @brief The number of constants of `E` (eight for `SESSION_STATE`); a
 *        combination of flags is no constant.
 * @tparam E The enumeration.
 */
template <class E>
static constexpr size_type count = detail::count_of<E>();

/** @brief The C name of `E`, such as `"SESSION_STATE"`.
 *  @tparam E The enumeration. */
template <class E>
static constexpr const char *type_name = enumeration<E>::type_name;

/**
 * @brief Whether the constants of `E` are flags, which a value may combine
 *        (#MSGRPRIV_FLAGS_ENUMERATIONS): `true` for `SESSION_FLAGS`.
 * @tparam E The enumeration.
 */
template <class E>
static constexpr bool is_flags = detail::flags_of<E>();

/**
 * @brief Every constant of `E` in the source's order, as an array-like range
 *        of plain pointers: `for (SESSION_STATE s : msgrpriv::values<SESSION_STATE>)`,
 *        `std::vector<E>(values<E>.begin(), values<E>.end())`,
 *        `std::ranges::find(values<E>, x)`.
 *
 * Has what `std::span` has: `data()`, `size()`, `empty()`, `front()`, `back()`
 * and `operator[]` (an index past the end ends the program), so `std::data`,
 * `std::size` and `std::empty` work too.
 * @tparam E The enumeration.
 */
template <class E>
static constexpr auto values = detail::values_of<E>();

/**
 * @brief The result of parse() and from_value(): a constant of `E` (for a
 *        flags type, also a combination of its flags), or nothing.
 *
 * Like `std::optional<E>` without the header: test it with `if (result)` or
 * has_value(), then read it with `*result`, or use value_or(); compare it with
 * a constant (`parse<E>(text) == SS_READY`), which an empty result never
 * equals. An empty result holds no constant, so it cannot pass for one:
 * dereferencing it is a compile error in a constant expression and ends the
 * program at run time, in every build (a trap with GCC and Clang;
 * std::terminate, naming msgrpriv::empty_result, with MSVC).
 * @tparam E The enumeration.
 */
template <class E>
class result {
 public:
  /** @brief An empty result. */
  constexpr result() noexcept = default;
  /**
   * @brief A result holding `value` when it is a constant of `E` (or a
   *        combination of its flags); else an empty one.
   * @tparam Holds Internal (each file's own check).
   * @param value A value of `E`.
   */
  template <bool (*Holds)(E) noexcept = &detail::holds<E>>
  constexpr explicit result(E value) noexcept : raw_(Holds(value) ? static_cast<long long>(value) : none_) {}
  /** @cond INTERNAL */
  constexpr result(detail::checked /*unused*/, E value) noexcept : raw_(static_cast<long long>(value)) {}
  /** @endcond */
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
  /** @brief Whether @p found holds @p value.
   *  @param found A result.
   *  @param value A value of `E`.
   *  @return `true` when @p found is not empty and holds @p value. */
  friend constexpr bool operator==(const result &found, E value) noexcept {
    return found.raw_ == static_cast<long long>(value);
  }
  /** @brief Whether @p found holds @p value.
   *  @param value A value of `E`.
   *  @param found A result.
   *  @return As `found == value`. */
  friend constexpr bool operator==(E value, const result &found) noexcept { return found == value; }
  /** @brief Whether @p found does not hold @p value.
   *  @param found A result.
   *  @param value A value of `E`.
   *  @return `!(found == value)`. */
  friend constexpr bool operator!=(const result &found, E value) noexcept { return !(found == value); }
  /** @brief Whether @p found does not hold @p value.
   *  @param value A value of `E`.
   *  @param found A result.
   *  @return `!(found == value)`. */
  friend constexpr bool operator!=(E value, const result &found) noexcept { return !(found == value); }

 private:
  // The constant's value, or none_, which no constant has (each fits in 32
  // bits): one scalar, which a compiler keeps in one register.
  static constexpr long long none_ = -(1LL << 40);
  // NOLINTNEXTLINE(clang-analyzer-optin.core.EnumCastOutOfRange): raw_ came from an E
  [[nodiscard]] constexpr E constant_() const noexcept { return static_cast<E>(raw_); }
  long long raw_ = none_;
};

/** @cond INTERNAL */
namespace detail {
// The result for one of E's rows, or an empty one.
template <class E>
static constexpr result<E> found(long row) noexcept {
  // NOLINTNEXTLINE(clang-analyzer-optin.core.EnumCastOutOfRange): each row holds a value of E
  return row >= 0 ? result<E>(checked{}, static_cast<E>(msgrpriv_value_(table<E>, static_cast<unsigned long>(row))))
                  : result<E>();
}
}  // namespace detail
/** @endcond */

/**
 * @brief The constant's name, such as `"SS_READY"`; for a flags type, a
 *        combination's too, such as `"SF_INVITER | SF_INVITEE"`.
 * @param value A value of any enumeration of the package.
 * @return A static string; `""` (never a null pointer) for a value that is
 *         none of the constants (nor a combination of flags).
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] static constexpr const char *name(E value) noexcept {
  const char *text = msgrpriv_name_(detail::table<E>, value);
  return text != nullptr ? text : "";
}

/**
 * @brief The constant's documented meaning, verbatim from its source page.
 * @param value A value of any enumeration of the package.
 * @return A static string; `""` (never a null pointer) for a value that is
 *         none of the constants (a combination of flags has no one meaning).
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] static constexpr const char *description(E value) noexcept {
  const char *text = msgrpriv_text_(detail::table<E>, value, 1);
  return text != nullptr ? text : "";
}

/**
 * @brief Finds the constant of `E` named exactly by the `size` bytes at
 *        `data` (case-sensitive; an embedded NUL never matches); for a flags
 *        type, a combination named as name() names it too.
 * @param data The bytes, or `nullptr`.
 * @param size How many bytes `data` holds.
 * @return The constant, or an empty result (also for `nullptr`).
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] static constexpr result<E> parse(const char *data, size_type size) noexcept {
  // A name is shorter than 64 bytes and holds no NUL: copied with its NUL, it
  // is what the finder reads. A longer size is no name (and is never narrowed
  // to unsigned long, 32 bits on Windows).
  char bytes[64]{};
  for (size_type i = 0; data != nullptr && i < size && size < sizeof bytes; ++i) {
    if (data[i] == '\0') {
      return {};
    }
    bytes[i] = data[i];
  }
  return data != nullptr && size < sizeof bytes ? detail::found<E>(msgrpriv_row_of_name_(detail::table<E>, bytes))
                                                : result<E>();
}

/**
 * @brief Finds the constant of `E` named exactly by the NUL-terminated `text`.
 * @param text A NUL-terminated string, or `nullptr`.
 * @return As parse(const char *, size_type).
 */
template <class E, class = typename enumeration<E>::type>
[[nodiscard]] static constexpr result<E> parse(const char *text) noexcept {
  return detail::found<E>(msgrpriv_row_of_name_(detail::table<E>, text));
}

/**
 * @brief Finds the constant of `E` named by `text`, anything with `data()`
 *        and `size()`, such as `std::string_view` or `std::string`.
 * @param text The name.
 * @return As parse(const char *, size_type).
 */
template <class E, class Text, class = typename enumeration<E>::type>
[[nodiscard]] static constexpr auto parse(const Text &text) noexcept
    -> decltype(static_cast<void>(text.size()), static_cast<void>(text.data()), result<E>()) {
  const char *data = text.data();
  const size_type size = text.size();
  return parse<E>(data, size);
}

/**
 * @brief Converts an integer, such as one read from a log or the wire, to a
 *        constant of `E` (for a flags type, also a combination of its flags),
 *        without forming any other value.
 *
 * Takes the standard signed and unsigned integer types, and `E` itself (such
 * as `SF_INVITER | SF_INVITEE`): `bool`, characters, floating point and other
 * enumerations are not candidates. Values are compared exactly, never
 * truncated. An HRESULT-style code may be given as
 * the signed 32-bit HRESULT or as the unsigned 32-bit value the source writes:
 * `-2130704876` and `0x81000614` both find `SR_SESSION_STATE_INVALID`.
 * @param value An integer.
 * @return The constant, or an empty result.
 */
template <class E, class Integer, class = typename enumeration<E>::type,
          class = typename detail::when<detail::is_integer<Integer> || detail::same<Integer, E>::value>::type>
[[nodiscard]] static constexpr result<E> from_value(Integer value) noexcept {
  if constexpr (static_cast<Integer>(-1) > static_cast<Integer>(0)) {  // unsigned
    if (static_cast<unsigned long long>(value) > 0xFFFFFFFFULL) {
      return {};
    }
  }
  auto wide = static_cast<long long>(value);
  // A 32-bit value, signed or not; as a signed one, it fits a long everywhere.
  if (wide < -0x80000000LL || wide > 0xFFFFFFFFLL) {
    return {};
  }
  if (wide > 0x7FFFFFFFLL) {
    wide -= 0x100000000LL;
  }
  // NOLINTNEXTLINE(clang-analyzer-optin.core.EnumCastOutOfRange): wide is a value of E when found
  return msgrpriv_row_of_value_(detail::table<E>, static_cast<long>(wide)) >= 0 ? result<E>(detail::checked{}, static_cast<E>(wide))
                                                                               : result<E>();
}

}  // namespace msgrpriv
// NOLINTEND(misc-use-anonymous-namespace)

#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* MSGRPRIV_HPP */
