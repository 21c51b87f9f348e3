/*
 * basicim.h - the Client Enumeration of Windows Messenger's Basicim.h that
 * has constants, kept as an annotated, C-compatible reference header named
 * as Microsoft's Basicim.h.
 *
 * The meanings, summaries and deprecation notices are quoted word for word
 * from Microsoft's pages (see each type). Quoted text: (c) Microsoft, CC BY 4.0.
 *
 * Everything but this comment and the include guard is written by
 * scripts/generate_header.py: the "@generated" parts from
 * data/enumerations.toml, the others copied from msgrpriv.h's "@shared"
 * parts. Edit those, and run the script.
 *
 * SPDX-License-Identifier: MIT AND CC-BY-4.0
 */

/**
 * @file basicim.h
 * @brief The Client Enumeration of Basicim.h (Windows Messenger) that has
 *        constants, and C helpers that name, describe and parse its constants.
 *
 * Compiles warning-free as C89 through C2x and as C++98 through C++2b, alone
 * or with msgrpriv.h and the other headers in any order, and includes no other
 * header. msgrpriv.hpp is its C++ API.
 */
#ifndef MSGRPRIV_BASICIM_H
#define MSGRPRIV_BASICIM_H

/* @generated prologue: copied from msgrpriv.h's @shared part by scripts/generate_header.py */
/* NOLINTBEGIN(cppcoreguidelines-macro-usage,modernize-use-using,modernize-macro-to-enum,cppcoreguidelines-macro-to-enum,performance-enum-size,misc-use-anonymous-namespace,cppcoreguidelines-pro-type-cstyle-cast,google-readability-casting,readability-redundant-casting) */
/* A C header: in a C++ build that includes it, its macros, typedefs, plain enums,
 * static functions and casts are its design, not C++ style defects (clang-tidy). */

/* The header's own code draws no warning in a user's build, whatever the
 * user's warning flags: only the user's own uses of its names do. */
#if defined(__clang__)
#pragma clang diagnostic push
/* The helpers take the deprecated types. */
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
/* A table is one string; C89 promises only 509 characters. */
#pragma clang diagnostic ignored "-Woverlength-strings"
/* The @deprecated texts stay when MSGRPRIV_NO_DEPRECATION_WARNINGS drops the
 * attributes. */
#pragma clang diagnostic ignored "-Wdocumentation-deprecated-sync"
/* The user's globals may be named like the helpers' parameters. */
#pragma clang diagnostic ignored "-Wshadow"
#if __has_warning("-Wreserved-macro-identifier")
/* _MSGR_CONSTANTS_ is the SDK's guard of the MSGR_ codes (msgrua.h, mdisp.h). */
#pragma clang diagnostic ignored "-Wreserved-macro-identifier"
#endif
#if defined(__cplusplus)
/* An HRESULT-style value is written (int)0x81000601, as the Windows SDK does;
 * nullptr and constexpr are chosen by the language version they need. */
#pragma clang diagnostic ignored "-Wold-style-cast"
#pragma clang diagnostic ignored "-Wc++98-compat"
#pragma clang diagnostic ignored "-Wc++98-compat-pedantic"
#pragma clang diagnostic ignored "-Wpre-c++14-compat"
#pragma clang diagnostic ignored "-Wpre-c++17-compat"
#endif
#if __has_warning("-Wunsafe-buffer-usage")
/* The finders index their own tables, within the counts they hold. */
#pragma clang diagnostic ignored "-Wunsafe-buffer-usage"
#endif
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#pragma GCC diagnostic ignored "-Woverlength-strings"
#pragma GCC diagnostic ignored "-Wshadow"
#if defined(__cplusplus)
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wuseless-cast"
#endif
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

/* Every enumeration has the fixed underlying type int where the language has
 * one (C++11 and later, C23): any 32-bit value is then a value of the type,
 * as in MIDL's 32-bit enums, and its size is 4 bytes even with -fshort-enums.
 * C before C23 and C++98 have none (see docs/api/c.rst). */
#if defined(__cplusplus) && (__cplusplus >= 201103L || defined(_MSC_VER))
#define MSGRPRIV_FIXED_INT_ 1
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L
#define MSGRPRIV_FIXED_INT_ 1
#else
#define MSGRPRIV_FIXED_INT_ 0
#endif
#if MSGRPRIV_FIXED_INT_ && !defined(MSGRPRIV_DOXYGEN)
#define MSGRPRIV_INT_ : int
#else
#define MSGRPRIV_INT_
#endif

/* static in every dialect: each file gets its own copy of every table and
 * function, so there is nothing to link, no definition file, and no symbol
 * two libraries could share (in C++ too: no inline variable, no extern
 * "C" inline function). */
#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define MSGRPRIV_INLINE_ static inline
#elif defined(__GNUC__) || defined(__clang__)
#define MSGRPRIV_INLINE_ static __inline__
#elif defined(_MSC_VER)
#define MSGRPRIV_INLINE_ static __inline
#else
#define MSGRPRIV_INLINE_ static
#endif

/* C++: the tables and finders are read in constant expressions (msgrpriv.hpp).
 * The finders are always inlined where the compiler allows it: each helper
 * passes its own table, whose fixed part then reads as constants. */
#if defined(__cplusplus) && (__cplusplus >= 201103L || defined(_MSC_VER))
#define MSGRPRIV_TABLE_ static constexpr const char *
#else
#define MSGRPRIV_TABLE_ static const char *const
#endif
#if defined(__GNUC__) || defined(__clang__)
#define MSGRPRIV_ALWAYS_INLINE_ __attribute__((always_inline))
#else
#define MSGRPRIV_ALWAYS_INLINE_
#endif
#if defined(__cplusplus) && (__cplusplus >= 201402L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201402L))
#define MSGRPRIV_FINDER_ static constexpr MSGRPRIV_ALWAYS_INLINE_
#define MSGRPRIV_CONSTANT_FINDERS_ 1
#else
#define MSGRPRIV_FINDER_ MSGRPRIV_INLINE_ MSGRPRIV_ALWAYS_INLINE_
#define MSGRPRIV_CONSTANT_FINDERS_ 0
#endif

#if defined(__cplusplus) && (__cplusplus >= 201103L || defined(_MSC_VER))
#define MSGRPRIV_NULL_ nullptr
#elif defined(__cplusplus) && defined(__GNUC__)
#define MSGRPRIV_NULL_ __null
#else
#define MSGRPRIV_NULL_ 0
#endif

#if defined(__cplusplus)
#if __cplusplus >= 201402L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201402L)
#define MSGRPRIV_CONSTEXPR14_ constexpr
#else
#define MSGRPRIV_CONSTEXPR14_ inline
#endif
#if __cplusplus >= 201103L || defined(_MSC_VER)
#define MSGRPRIV_CONSTEXPR11_ constexpr
#define MSGRPRIV_NOEXCEPT_ noexcept
#else
#define MSGRPRIV_CONSTEXPR11_ inline
#define MSGRPRIV_NOEXCEPT_
#endif
#endif
/* @end prologue */

/* @generated deprecation: from data/enumerations.toml by scripts/generate_header.py */
#define MSGRPRIV_DEPRECATION_BIMSTATE_ \
  "Do not use. BIMSTATE is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#if defined(MSGRPRIV_NO_DEPRECATION_WARNINGS) || defined(MSGRPRIV_DOXYGEN) || \
    !(defined(_MSC_VER) || defined(__GNUC__) || defined(__clang__))
#define MSGRPRIV_DEPRECATED_TYPE_(T)
#define MSGRPRIV_DEPRECATED_TAG_(T)
#define MSGRPRIV_DEPRECATED_BIMSTATE_
#elif defined(__clang__)
/* Clang, clang-cl too: its attribute on the typedef name and on the tag, whose constants
 * inherit it (one diagnostic each, naming the constant, with the tag's text). */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_TAG_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_BIMSTATE_
#elif defined(__GNUC__)
/* GCC: its attribute on the typedef name, the tag and each constant. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_TAG_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_BIMSTATE_ \
  __attribute__((deprecated("Do not use. BIMSTATE is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#elif defined(__cplusplus)
/* MSVC's C++: __declspec before the typedef, [[deprecated]] on the tag and each constant. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __declspec(deprecated(MSGRPRIV_DEPRECATION_##T##_))
#define MSGRPRIV_DEPRECATED_TAG_(T) [[deprecated(MSGRPRIV_DEPRECATION_##T##_)]]
#define MSGRPRIV_DEPRECATED_BIMSTATE_ \
  [[deprecated(MSGRPRIV_DEPRECATION_BIMSTATE_)]]
#else
/* MSVC's C deprecates the typedef name only: neither a tag nor an enumerator takes
 * __declspec(deprecated) there, and it has no [[deprecated]]. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __declspec(deprecated(MSGRPRIV_DEPRECATION_##T##_))
#define MSGRPRIV_DEPRECATED_TAG_(T)
#define MSGRPRIV_DEPRECATED_BIMSTATE_
#endif
/* @end deprecation */

/* @generated enumerations: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Specifies local or remote client state.
 *
 * @deprecated Do not use. BIMSTATE is no longer available for use as of Windows Vista. See Windows
 * Messenger for more information.
 * @deprecated The source page's words: Do not use. **BIMSTATE** is no longer available for use as
 * of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par The source page's note
 * The **BIMSTATE** enumerated type is available for use in Windows Messenger 4.7. It might be
 * altered or unavailable in subsequent versions of Windows Messenger. You should use
 * [**MISTATUS**](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-mistatus)
 * instead.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Basicim.h |
 * | IDL | Basicim.idl |
 *
 * @see [BIMSTATE enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-bimstate)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(BIMSTATE) enum MSGRPRIV_DEPRECATED_TAG_(BIMSTATE) tagBIMSTATE MSGRPRIV_INT_ {
  BIMSTATE_UNKNOWN                         MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0000, /**<
      The state of the local or remote client is unknown. */
  BIMSTATE_OFFLINE                         MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0001, /**<
      The local or remote client is not connected to a server. */
  BIMSTATE_ONLINE                          MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0002, /**<
      The local or remote client is connected to a server. */
  BIMSTATE_INVISIBLE                       MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0006, /**<
      The local or remote client is connected to a server, but invisible to other users. */
  BIMSTATE_BUSY                            MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x000A, /**<
      The local or remote client is connected to a server and in a user-selected busy state. */
  BIMSTATE_BE_RIGHT_BACK                   MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x000E, /**<
      The local or remote client user is away from the computer for a short time. This is a
      user-selected state. */
  BIMSTATE_IDLE                            MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0012, /**<
      The local or remote client has not detected mouse or keyboard input on the computer for a
      determined time. The user is most likely away from the computer. The user can select whether
      to transmit idle state and idle time threshold. */
  BIMSTATE_AWAY                            MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0022, /**<
      The local or remote client user is away from the computer. This is a user-selected state. */
  BIMSTATE_ON_THE_PHONE                    MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0032, /**<
      The local or remote client user is on the phone. This is a user-selected state. */
  BIMSTATE_OUT_TO_LUNCH                    MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0042, /**<
      The local or remote client user is at lunch. This is a user-selected state. */
  BIMSTATE_LOCAL_FINDING_SERVER            MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0100, /**<
      The local client is attempting to find the server. */
  BIMSTATE_LOCAL_CONNECTING_TO_SERVER      MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0200, /**<
      The local client is connecting to the server. */
  BIMSTATE_LOCAL_SYNCHRONIZING_WITH_SERVER MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0300, /**<
      The local client is synchronizing with the server. */
  BIMSTATE_LOCAL_DISCONNECTING_FROM_SERVER MSGRPRIV_DEPRECATED_BIMSTATE_ = 0x0400  /**<
      The local client is disconnecting from the server. */
} BIMSTATE;
/* @end enumerations */

/* @generated registry: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Every enumeration of basicim.h, in its order, as `X(TYPE, Prefix)`: `TYPE` is the C type
 *        and `Prefix` names its C helpers (`MsgrPrefixName`, `MsgrPrefixDescription`,
 *        `MsgrPrefixFromName`, `MsgrPrefixFromValue`). msgrpriv.hpp builds on it; so can you.
 */
#define MSGRPRIV_BASICIM_ENUMERATIONS(X) \
  X(BIMSTATE, BIMState)
/* @end registry */

/* @generated finders: copied from msgrpriv.h's @shared part by scripts/generate_header.py */
/* Defined once in a translation unit, by whichever header comes first. */
#ifndef MSGRPRIV_FINDERS_
#define MSGRPRIV_FINDERS_
#ifdef __cplusplus
extern "C" {
#endif
#if !defined(MSGRPRIV_DOXYGEN)
/* The finders, one set for every enumeration. Each reads the enumeration's
 * table, one string written by scripts/generate_header.py (table_bytes says
 * what is where): numbers as bytes, then the names, then the meanings. Its
 * rows are the constants in the page's order, then, for a flags type, the
 * combinations of flags. A value finds its row in one slot of a range of
 * values (or among the few outside it), a name through a hash of three of its
 * bytes: one bucket, usually of one row, whatever the number of constants or
 * the order of their values. Each helper passes its own table, so
 * a compiler that inlines it reads the table's fixed part as constants. */

/* The byte at table + at, as a number (each is written plus 32). */
MSGRPRIV_FINDER_ unsigned long msgrpriv_u8_(const char *table, unsigned long at) {
  return ((unsigned char)table[at] - 32UL) & 0xFFUL;
}

MSGRPRIV_FINDER_ unsigned long msgrpriv_u16_(const char *table, unsigned long at) {
  return (msgrpriv_u8_(table, at) << 8) | msgrpriv_u8_(table, at + 1);
}

MSGRPRIV_FINDER_ unsigned long msgrpriv_u32_(const char *table, unsigned long at) {
  return (msgrpriv_u16_(table, at) << 16) | msgrpriv_u16_(table, at + 2);
}

/* The first row whose value has these 32 bits, or -1. */
MSGRPRIV_FINDER_ long msgrpriv_row_of_bits_(const char *table, unsigned long bits) {
  const unsigned long slot = (bits - msgrpriv_u32_(table, 17)) & 0xFFFFFFFFUL;
  const unsigned long exceptions = msgrpriv_u16_(table, 26);
  unsigned long at = 0;
  if (slot < msgrpriv_u16_(table, 21)) {
    return (long)msgrpriv_u8_(table, msgrpriv_u16_(table, 23) + slot) - 1;
  }
  for (at = 0; at < msgrpriv_u8_(table, 25); ++at) {
    if (msgrpriv_u32_(table, exceptions + (5 * at)) == bits) {
      return (long)msgrpriv_u8_(table, exceptions + (5 * at) + 4);
    }
  }
  return -1;
}

/* Whether a number is a 32-bit value as an enumerator holds it (-2^31 to
 * 2^31 - 1) or as a page writes it (0 to 2^32 - 1): both readings of an
 * HRESULT find it. */
MSGRPRIV_FINDER_ int msgrpriv_is_32_bits_(long value) {
  if (value < 0) {
    return value >= -2147483647L - 1 ? 1 : 0;
  }
  return ((value >> 16) >> 16) == 0 ? 1 : 0;
}

/* The row of a 32-bit value, or -1. */
MSGRPRIV_FINDER_ long msgrpriv_row_of_value_(const char *table, long value) {
  return msgrpriv_is_32_bits_(value) != 0 ? msgrpriv_row_of_bits_(table, (unsigned long)value & 0xFFFFFFFFUL) : -1;
}

/* The byte of a name's key at position (the position's byte in table), or 0
 * past the known bytes of text. */
MSGRPRIV_FINDER_ unsigned long msgrpriv_key_byte_(const char *table, unsigned long position, const char *text,
                                                  unsigned long known) {
  const unsigned long at = msgrpriv_u8_(table, position);
  return at < known ? (unsigned long)(unsigned char)text[at] : 0UL;
}

/* Whether two NUL-terminated names are the same. GCC's and Clang's built-in
 * compares many bytes at a time (outside constant expressions, where it takes
 * only literals) and reads no further than the loop. */
MSGRPRIV_FINDER_ int msgrpriv_same_(const char *name, const char *text) {
#if (defined(__GNUC__) || defined(__clang__)) && !MSGRPRIV_CONSTANT_FINDERS_
  return __builtin_strcmp(name, text) == 0 ? 1 : 0;
#else
#if defined(__GNUC__) || defined(__clang__)
  if (!__builtin_is_constant_evaluated()) {
    return __builtin_strcmp(name, text) == 0 ? 1 : 0;
  }
#endif
  while (*name != '\0' && *name == *text) {
    ++name;
    ++text;
  }
  return *name == *text ? 1 : 0;
#endif
}

/* The row of the name that is the NUL-terminated text, or -1. text is read
 * up to the first byte that differs from a name: at most 64 bytes. */
MSGRPRIV_FINDER_ long msgrpriv_row_of_name_(const char *table, const char *text) {
  unsigned long known = 0; /* bytes of text, up to the last position of the key */
  unsigned long bucket = 0;
  unsigned long at = 0;
  while (text != MSGRPRIV_NULL_ && known <= msgrpriv_u8_(table, 7) && text[known] != '\0') {
    ++known;
  }
  if (known == 0) {
    return -1;
  }
  bucket = msgrpriv_key_byte_(table, 5, text, known) | (msgrpriv_key_byte_(table, 6, text, known) << 8) |
           (msgrpriv_key_byte_(table, 7, text, known) << 16);
  bucket = msgrpriv_u16_(table, 13) + (((bucket * msgrpriv_u32_(table, 9)) & 0xFFFFFFFFUL) >> msgrpriv_u8_(table, 8));
  for (at = msgrpriv_u8_(table, bucket); at < msgrpriv_u8_(table, bucket + 1); ++at) {
    const unsigned long row = msgrpriv_u8_(table, msgrpriv_u16_(table, 15) + at);
    if (msgrpriv_same_(table + msgrpriv_u16_(table, 30 + msgrpriv_u8_(table, 1) + (2 * row)), text) != 0) {
      return (long)row;
    }
  }
  return -1;
}

/* The text of value's row: its name (what 0), or, for a constant, its
 * meaning (what 1); or a null pointer. */
MSGRPRIV_FINDER_ const char *msgrpriv_text_(const char *table, long value, unsigned long what) {
  const long row = msgrpriv_row_of_value_(table, value);
  const unsigned long rows = msgrpriv_u8_(table, 1);
  return row < 0 || (what == 1 && (unsigned long)row >= msgrpriv_u8_(table, 0))
             ? MSGRPRIV_NULL_
             : table + msgrpriv_u16_(table, 30 + rows + (2 * rows * what) + (2 * (unsigned long)row));
}

/* The name of value's row, or a null pointer: for a value in the range, its
 * slot's name, one look-up. */
MSGRPRIV_FINDER_ const char *msgrpriv_name_(const char *table, long value) {
  const unsigned long slot = ((unsigned long)value - msgrpriv_u32_(table, 17)) & 0xFFFFFFFFUL;
  if (msgrpriv_is_32_bits_(value) != 0 && slot < msgrpriv_u16_(table, 21)) {
    const unsigned long at = msgrpriv_u16_(table, msgrpriv_u16_(table, 28) + (2 * slot));
    return at == 0 ? MSGRPRIV_NULL_ : table + at;
  }
  return msgrpriv_text_(table, value, 0);
}

/* A row's value as the enumerator holds it (an HRESULT-style code, its top
 * bit set, is the signed 32-bit HRESULT): the first value of the range plus
 * the row's place in it, or its exception's value. */
MSGRPRIV_FINDER_ long msgrpriv_value_(const char *table, unsigned long row) {
  const unsigned long place = msgrpriv_u8_(table, 30 + row);
  const unsigned long span = msgrpriv_u16_(table, 21);
  const unsigned long bits = place < span ? (msgrpriv_u32_(table, 17) + place) & 0xFFFFFFFFUL
                                          : msgrpriv_u32_(table, msgrpriv_u16_(table, 26) + (5 * (place - span)));
  return bits >= 0x80000000UL ? -(long)(0xFFFFFFFFUL - bits) - 1 : (long)bits;
}

/* 1 and *found set when text names a row and out is no null pointer; else 0. */
MSGRPRIV_FINDER_ int msgrpriv_from_name_(const char *table, const char *text, const void *out, long *found) {
  const long row = msgrpriv_row_of_name_(table, text);
  if (row < 0 || out == MSGRPRIV_NULL_) {
    return 0;
  }
  *found = msgrpriv_value_(table, (unsigned long)row);
  return 1;
}

/* As from_name_; the value found is the number itself, as the enumerator
 * holds it. */
MSGRPRIV_FINDER_ int msgrpriv_from_value_(const char *table, long value, const void *out, long *found) {
  if (msgrpriv_row_of_value_(table, value) < 0 || out == MSGRPRIV_NULL_) {
    return 0;
  }
  *found = value > 2147483647L ? (value - 2147483647L) - 2147483647L - 2 : value;
  return 1;
}
#endif /* !MSGRPRIV_DOXYGEN */
#ifdef __cplusplus
} /* extern "C" */
#endif
#endif /* MSGRPRIV_FINDERS_ */
/* @end finders */

/* @generated helpers: from data/enumerations.toml by scripts/generate_header.py */
#ifdef __cplusplus
extern "C" {
#endif
/* BIMSTATE: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_BIMState_ =
    ".. -H */;\035l\026\273!6!W     S \204% \035 \267 !\042&*.2BRSTUVW!e!v!\207!\227!\252!\270!\317"
    "!\335!\353!\001!\027\0425\042Y\042\202\042\253\042\337\042\030#M#\240#\367$b%I%\243%\363&\077&"
    "r&\240&\323!\042#   $   %   &   '               (               )!e!v!\207      !\227      !"
    "\252      !\270      !\317                              !\335                              !"
    "\353   b)  ! *  \042 +  # ,  $ - !!!!!!!!\042\042#$%%&''(())))*++,-....,(#)%'*-+&\042!$ "
    "BIMSTATE_UNKNOWN\0"
    "BIMSTATE_OFFLINE\0"
    "BIMSTATE_ONLINE\0"
    "BIMSTATE_INVISIBLE\0"
    "BIMSTATE_BUSY\0"
    "BIMSTATE_BE_RIGHT_BACK\0"
    "BIMSTATE_IDLE\0"
    "BIMSTATE_AWAY\0"
    "BIMSTATE_ON_THE_PHONE\0"
    "BIMSTATE_OUT_TO_LUNCH\0"
    "BIMSTATE_LOCAL_FINDING_SERVER\0"
    "BIMSTATE_LOCAL_CONNECTING_TO_SERVER\0"
    "BIMSTATE_LOCAL_SYNCHRONIZING_WITH_SERVER\0"
    "BIMSTATE_LOCAL_DISCONNECTING_FROM_SERVER\0"
    "The state of the local or remote client is unknown.\0"
    "The local or remote client is not connected to a server.\0"
    "The local or remote client is connected to a server.\0"
    "The local or remote client is connected to a server, but invisible to other users.\0"
    "The local or remote client is connected to a server and in a user-selected busy state.\0"
    "The local or remote client user is away from the computer for a short time. This is a "
    "user-selected state.\0"
    "The local or remote client has not detected mouse or keyboard input on the computer for a "
    "determined time. The user is most likely away from the computer. The user can select "
    "whether to transmit idle state and idle time threshold.\0"
    "The local or remote client user is away from the computer. This is a user-selected state.\0"
    "The local or remote client user is on the phone. This is a user-selected state.\0"
    "The local or remote client user is at lunch. This is a user-selected state.\0"
    "The local client is attempting to find the server.\0"
    "The local client is connecting to the server.\0"
    "The local client is synchronizing with the server.\0"
    "The local client is disconnecting from the server.";

/**
 * @brief The name of a #BIMSTATE constant, such as `"BIMSTATE_UNKNOWN"`.
 * @param value A #BIMSTATE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrBIMStateName(BIMSTATE value) {
  return msgrpriv_name_(msgrpriv_table_BIMState_, value);
}

/**
 * @brief The documented meaning of a #BIMSTATE constant, verbatim from its source page.
 * @param value A #BIMSTATE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrBIMStateDescription(BIMSTATE value) {
  return msgrpriv_text_(msgrpriv_table_BIMState_, value, 1);
}

/**
 * @brief Finds the #BIMSTATE constant named exactly @p text (case-sensitive), such as
 *        `"BIMSTATE_UNKNOWN"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrBIMStateFromName(const char *text, BIMSTATE *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_BIMState_, text, out, &found) == 0) {
    return 0;
  }
  *out = (BIMSTATE)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the #BIMSTATE
 *        constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrBIMStateFromValue(long value, BIMSTATE *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_BIMState_, value, out, &found) == 0) {
    return 0;
  }
  *out = (BIMSTATE)found;
  return 1;
}

#ifdef __cplusplus
} /* extern "C" */
#endif
/* @end helpers */

/* @generated cleanup: from data/enumerations.toml by scripts/generate_header.py */
#undef MSGRPRIV_DEPRECATION_BIMSTATE_
#undef MSGRPRIV_DEPRECATED_BIMSTATE_
#undef MSGRPRIV_DEPRECATED_TYPE_
#undef MSGRPRIV_DEPRECATED_TAG_
/* @end cleanup */

/* @generated epilogue: copied from msgrpriv.h's @shared part by scripts/generate_header.py */
#undef MSGRPRIV_FIXED_INT_
#undef MSGRPRIV_INT_
#undef MSGRPRIV_INLINE_
#undef MSGRPRIV_TABLE_
#undef MSGRPRIV_FINDER_
#undef MSGRPRIV_ALWAYS_INLINE_
#undef MSGRPRIV_CONSTANT_FINDERS_
#undef MSGRPRIV_NULL_
#if defined(__cplusplus)
#undef MSGRPRIV_CONSTEXPR14_
#undef MSGRPRIV_CONSTEXPR11_
#undef MSGRPRIV_NOEXCEPT_
#endif

#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

/* NOLINTEND(cppcoreguidelines-macro-usage,modernize-use-using,modernize-macro-to-enum,cppcoreguidelines-macro-to-enum,performance-enum-size,misc-use-anonymous-namespace,cppcoreguidelines-pro-type-cstyle-cast,google-readability-casting,readability-redundant-casting) */
/* @end epilogue */
#endif /* MSGRPRIV_BASICIM_H */
