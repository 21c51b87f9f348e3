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
 * Including it costs about nothing: it includes no other header, and it only
 * declares the helpers. Their definitions are compiled in the one source file
 * that defines #MSGRPRIV_IMPLEMENTATION before including this header.
 */
#ifndef MSGRPRIV_H
#define MSGRPRIV_H

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
/* One literal, not concatenated pieces: it is expanded on every enumerator. */
#define MSGRPRIV_DEPRECATION_MESSAGE "SESSION_STATE: Do not use. LockStatus is no longer available for use as of Windows Vista. See Windows Messenger for more information."

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

/**
 * @brief Define in exactly one source file, before including msgrpriv.h, to
 *        compile the definitions of the C helpers there.
 *
 * Every other file only declares them, so including the header costs about
 * nothing (see the Performance page). Forgetting it gives "undefined
 * reference to MsgrSessionStateName" at link time. The enumeration and the
 * C++ helpers in msgrpriv.hpp need no definition file.
 */
#define MSGRPRIV_IMPLEMENTATION
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
 * The C helpers (msgrpriv_impl.h) and the C++ helpers (msgrpriv.hpp) are
 * built from it; use it to build your own tables. The meanings are the same verbatim texts as above (a test
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

/**
 * @brief The constant's name, such as `"SS_READY"`.
 *
 * @param state Any value; it need not be one of the eight.
 * @return A static string, or a null pointer when `state` is not one of the
 *         eight constants (for example -1, 8, `INT_MIN`, `INT_MAX` or 42).
 *         A bounds check and a table index: never allocates, keeps no state.
 */
const char *MsgrSessionStateName(SESSION_STATE state);

/**
 * @brief The constant's documented meaning, verbatim from the source page,
 *        such as `"The session is not ready."` for `SS_CONNECTED`.
 *
 * @param state Any value; it need not be one of the eight.
 * @return A static string, or a null pointer when `state` is not one of the
 *         eight constants. Never allocates, keeps no state.
 */
const char *MsgrSessionStateDescription(SESSION_STATE state);

/**
 * @brief Finds the constant whose full name is exactly `name`.
 *
 * The match is exact and case-sensitive: `"SS_READY"` matches, while
 * `"ss_ready"`, `"SS_READ"`, `"SS_READY "`, `"READY"` and `""` do not.
 *
 * @param name A NUL-terminated string, or a null pointer. Any length is
 *             safe: the comparison stops at the first byte that differs.
 * @param out  Where to store the constant on a match, or a null pointer.
 * @return 1 and sets `*out` when `name` is one of the eight names; 0 and
 *         leaves `*out` untouched otherwise, including when `name` or `out`
 *         is a null pointer. Never allocates, keeps no state.
 */
int MsgrSessionStateFromName(const char *name, SESSION_STATE *out);

/* The definitions live in their own file, so that no other file even reads them. */
#if defined(MSGRPRIV_IMPLEMENTATION) && !defined(MSGRPRIV_DOXYGEN)
#include "msgrpriv_impl.h"
#endif

#ifdef __cplusplus
} /* extern "C" */
#endif

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* MSGRPRIV_H */
