/*
 * msgrpriv.h - SESSION_STATE from Msgrpriv.h (Windows Messenger 4.5), kept as
 * an annotated, C-compatible reference header.
 *
 * The meanings, the summary and the deprecation notice are quoted word for
 * word from Microsoft's page "SESSION_STATE enumeration"; the declaration
 * uses the name the page's title and every use give it, SESSION_STATE.
 *
 * SPDX-License-Identifier: MIT
 */

/**
 * @file msgrpriv.h
 * @brief The `SESSION_STATE` enumeration of Windows Messenger 4.5, and C
 *        helpers that name, describe and parse its constants.
 *
 * Compiles warning-free as C89 through C2x and as C++98 through C++2b.
 * Including it costs about nothing: it includes only `<stddef.h>`.
 */
#ifndef MSGRPRIV_H
#define MSGRPRIV_H

#include <stddef.h> /* NULL */

/** @brief Major version of this package. */
#define MSGRPRIV_VERSION_MAJOR 1
/** @brief Minor version of this package. */
#define MSGRPRIV_VERSION_MINOR 0
/** @brief Patch version of this package. */
#define MSGRPRIV_VERSION_PATCH 0

/**
 * @brief The text of the deprecation diagnostic: "Do not use." and the
 *        source page's banner sentence, verbatim.
 */
#define MSGRPRIV_DEPRECATION_MESSAGE                                         \
  "SESSION_STATE: Do not use. LockStatus is no longer available for use as " \
  "of Windows Vista. See Windows Messenger for more information."

#if defined(MSGRPRIV_DOXYGEN)
/**
 * @brief Define before including msgrpriv.h to silence the deprecation
 *        diagnostic on `SESSION_STATE` and the `SS_*` constants.
 *
 * Without it, code that names `SESSION_STATE` or any `SS_*` constant draws
 * one diagnostic whose text includes "Do not use". Merely including the
 * header, or calling the helpers with a value, draws none.
 */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS
#endif

#ifndef MSGRPRIV_DEPRECATED
/* The standard attribute where the language has it in every position used
 * here (typedef declarator and enumerator), else the compiler's own. */
#if defined(MSGRPRIV_NO_DEPRECATION_WARNINGS)
#define MSGRPRIV_DEPRECATED(msg)
#elif defined(__cplusplus) && (__cplusplus >= 201703L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201703L))
#define MSGRPRIV_DEPRECATED(msg) [[deprecated(msg)]]
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L && \
    (defined(__GNUC__) || defined(__clang__))
#define MSGRPRIV_DEPRECATED(msg) [[deprecated(msg)]]
#elif defined(__GNUC__) || defined(__clang__)
#define MSGRPRIV_DEPRECATED(msg) __attribute__((deprecated(msg)))
#elif defined(_MSC_VER)
#define MSGRPRIV_DEPRECATED(msg) __declspec(deprecated(msg))
#else
#define MSGRPRIV_DEPRECATED(msg)
#endif
#endif /* MSGRPRIV_DEPRECATED */

/* The header's own uses of the deprecated names must not warn in a user's
 * build: only the user's own uses should. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

/** @cond INTERNAL */
/* static inline where the language has it; unused helpers must not warn. */
#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define MSGRPRIV_INLINE static inline
#elif defined(__GNUC__) || defined(__clang__)
#define MSGRPRIV_INLINE static __inline__
#elif defined(_MSC_VER)
#define MSGRPRIV_INLINE static __inline
#else
#define MSGRPRIV_INLINE static
#endif
/** @endcond */

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Provides the list of possible state codes of the session invitation.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of
 * Windows Vista. See Windows Messenger for more information.
 *
 * Values follow from the source's declaration order (it gives no
 * initializers): `SS_UNKNOWN` is 0 and `SS_TERMINATED` is 7.
 *
 * @par Requirements
 * | Requirement              | Value                                   |
 * | ------------------------ | --------------------------------------- |
 * | Minimum supported client | Windows XP \[desktop apps only\]        |
 * | Minimum supported server | Windows Server 2003 \[desktop apps only\] |
 * | End of client support    | Windows XP                              |
 * | End of server support    | Windows Server 2003                     |
 * | Product                  | Messenger 4.5                           |
 * | Header                   | Msgrpriv.h                              |
 * | IDL                      | Msgrpriv.idl                            |
 *
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-invite-ovw">Messenger Session Invite and Messenger Private APIs</a>
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lock-and-key-ovw">Messenger Lock and Key API</a>
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockstatus-enum">LockStatus</a>
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry">Windows Messenger</a>
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-state-enum">SESSION_STATE enumeration (the source page)</a>
 */
typedef enum tagSESSION_STATE {
  /** @brief Unknown response. */
  SS_UNKNOWN MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 0,
  /** @brief The session is ready. */
  SS_READY MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 1,
  /** @brief The session is an invitation. */
  SS_INVITATION MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 2,
  /** @brief The session is accepted. */
  SS_ACCEPTED MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 3,
  /** @brief The session is not ready. */
  SS_CONNECTED MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 4,
  /** @brief The local session canceled. */
  SS_CANCELLED MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 5,
  /** @brief The session is remotely canceled. */
  SS_DECLINED MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 6,
  /** @brief Protocol error. */
  SS_TERMINATED MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = 7
} SESSION_STATE MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE);

/** @brief The number of `SESSION_STATE` constants (eight, values 0 to 7). */
#define MSGRPRIV_SESSION_STATE_COUNT 8

/**
 * @brief X-macro over every constant in declaration order:
 *        `X(name, value, meaning)`.
 *
 * The helpers here and in msgrpriv.hpp are built from it; use it to build
 * your own tables. The meanings are the same verbatim texts as above (a test
 * checks that the two agree).
 */
#define MSGRPRIV_SESSION_STATE_LIST(X)                  \
  X(SS_UNKNOWN, 0, "Unknown response.")                 \
  X(SS_READY, 1, "The session is ready.")               \
  X(SS_INVITATION, 2, "The session is an invitation.")  \
  X(SS_ACCEPTED, 3, "The session is accepted.")         \
  X(SS_CONNECTED, 4, "The session is not ready.")       \
  X(SS_CANCELLED, 5, "The local session canceled.")     \
  X(SS_DECLINED, 6, "The session is remotely canceled.") \
  X(SS_TERMINATED, 7, "Protocol error.")

/** @cond INTERNAL */
#define MSGRPRIV_X_NAME_(name, value, meaning) #name,
#define MSGRPRIV_X_MEANING_(name, value, meaning) meaning,
/** @endcond */

/**
 * @brief The constant's name, such as `"SS_READY"`.
 *
 * @param state Any value; it need not be one of the eight.
 * @return A static string, or `NULL` when `state` is not one of the eight
 *         constants (for example -1, 8, `INT_MIN`, `INT_MAX` or 42).
 *         Never allocates; safe to call from any thread.
 */
MSGRPRIV_INLINE const char *MsgrSessionStateName(SESSION_STATE state) {
  static const char *const names[MSGRPRIV_SESSION_STATE_COUNT] = {
      MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_X_NAME_)};
  /* One unsigned compare rejects negative and too-large values alike,
   * whatever integer type the compiler picked for the enum. */
  unsigned long index = (unsigned long)state;
  return index < MSGRPRIV_SESSION_STATE_COUNT ? names[index] : NULL;
}

/**
 * @brief The constant's documented meaning, verbatim from the source page,
 *        such as `"The session is not ready."` for `SS_CONNECTED`.
 *
 * @param state Any value; it need not be one of the eight.
 * @return A static string, or `NULL` when `state` is not one of the eight
 *         constants. Never allocates; safe to call from any thread.
 */
MSGRPRIV_INLINE const char *MsgrSessionStateDescription(SESSION_STATE state) {
  static const char *const meanings[MSGRPRIV_SESSION_STATE_COUNT] = {
      MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_X_MEANING_)};
  unsigned long index = (unsigned long)state;
  return index < MSGRPRIV_SESSION_STATE_COUNT ? meanings[index] : NULL;
}

/**
 * @brief Finds the constant whose full name is exactly `name`.
 *
 * The match is exact and case-sensitive: `"SS_READY"` matches, while
 * `"ss_ready"`, `"SS_READ"`, `"SS_READY "`, `"READY"` and `""` do not.
 *
 * @param name A NUL-terminated string, or `NULL`. Any length is safe: the
 *             comparison stops at the first byte that differs.
 * @param out  Where to store the constant on a match, or `NULL`.
 * @return 1 and sets `*out` when `name` is one of the eight names; 0 and
 *         leaves `*out` untouched otherwise, including when `name` or `out`
 *         is `NULL`. Never allocates; safe to call from any thread.
 */
MSGRPRIV_INLINE int MsgrSessionStateFromName(const char *name, SESSION_STATE *out) {
  static const char *const names[MSGRPRIV_SESSION_STATE_COUNT] = {
      MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_X_NAME_)};
  int index = 0;
  if (name == NULL || out == NULL) {
    return 0;
  }
  /* Every name starts with "SS_": reject anything else before the scan. */
  if (name[0] != 'S' || name[1] != 'S' || name[2] != '_') {
    return 0;
  }
  for (index = 0; index < MSGRPRIV_SESSION_STATE_COUNT; ++index) {
    const char *a = name + 3;
    const char *b = names[index] + 3;
    while (*a != '\0' && *a == *b) {
      ++a;
      ++b;
    }
    if (*a == '\0' && *b == '\0') {
      *out = (SESSION_STATE)index;
      return 1;
    }
  }
  return 0;
}

#ifdef __cplusplus
} /* extern "C" */
#endif

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* MSGRPRIV_H */
