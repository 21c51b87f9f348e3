/*
 * msgrpriv.h - the Service Enumerations of Msgrpriv.h (Windows Messenger 4.5),
 * kept as an annotated, C-compatible reference header.
 *
 * The meanings, summaries and deprecation notices are quoted word for word
 * from Microsoft's pages (see each block); each type is declared under the
 * name its page's title gives it. Quoted text: (c) Microsoft, CC BY 4.0.
 *
 * SPDX-License-Identifier: MIT AND CC-BY-4.0
 */

/**
 * @file msgrpriv.h
 * @brief The Service Enumerations of Windows Messenger 4.5, and C helpers that
 *        name, describe and parse their constants.
 *
 * Compiles warning-free as C89 through C2x and as C++98 through C++2b, and
 * includes no other header. Every enumeration is one block: its documentation
 * comment, one list of `X(name, value, meaning)` rows, and a line in
 * #MSGRPRIV_ENUMERATIONS. The enumeration, its C helpers, the C++ helpers of
 * msgrpriv.hpp and the reference pages are all generated from that list.
 */
#ifndef MSGRPRIV_H
#define MSGRPRIV_H
/* A C header: its macros and typedefs are not C++ style defects in a C++
 * build that includes it (clang-tidy). */
/* NOLINTBEGIN(cppcoreguidelines-macro-usage,modernize-use-using) */

/** @brief Major version of this package. */
#define MSGRPRIV_VERSION_MAJOR 1
/** @brief Minor version of this package. */
#define MSGRPRIV_VERSION_MINOR 1
/** @brief Patch version of this package. */
#define MSGRPRIV_VERSION_PATCH 0

/**
 * @brief The text of the deprecation diagnostic: "Do not use." and the source
 *        pages' banner sentence, verbatim.
 */
#define MSGRPRIV_DEPRECATION_MESSAGE "Do not use. LockStatus is no longer available for use as of Windows Vista. See Windows Messenger for more information."

#if defined(MSGRPRIV_DOXYGEN)
/**
 * @brief Define before including msgrpriv.h to silence the deprecation
 *        diagnostic on every type and constant of this header.
 *
 * Without it, code that names a type or a constant draws one diagnostic whose
 * text includes "Do not use". Merely including the header, or calling the
 * helpers with a value, draws none.
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
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
/* The generated enumerator lists end with a comma: C99 and C++11 syntax. */
#pragma clang diagnostic ignored "-Wc99-extensions"
#pragma clang diagnostic ignored "-Wc++11-extensions"
#pragma clang diagnostic ignored "-Wc++98-compat-pedantic"
/* The @deprecated comments stay when MSGRPRIV_NO_DEPRECATION_WARNINGS drops
 * the attribute, and clang reads the enum's comment on its tag. */
#pragma clang diagnostic ignored "-Wdocumentation-deprecated-sync"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#if (!defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 199901L)) || \
    (defined(__cplusplus) && __cplusplus < 201103L)
/* The generated enumerator lists end with a comma: C99 and C++11 syntax.
 * GCC files that under -Wpedantic only; every later dialect checks it all. */
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

/* static inline in every dialect: each file gets its own copy, so there is
 * nothing to link, no definition file and no clash between libraries. */
#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define MSGRPRIV_INLINE_ static inline
#elif defined(__GNUC__) || defined(__clang__)
#define MSGRPRIV_INLINE_ static __inline__
#elif defined(_MSC_VER)
#define MSGRPRIV_INLINE_ static __inline
#else
#define MSGRPRIV_INLINE_ static
#endif

#ifdef __cplusplus
#define MSGRPRIV_CAST_(type, x) static_cast<type>(x)
extern "C" {
#else
#define MSGRPRIV_CAST_(type, x) ((type)(x))
#endif
#if defined(__cplusplus) && (__cplusplus >= 201103L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201103L))
#define MSGRPRIV_NULL_ nullptr
#elif defined(__cplusplus) && defined(__GNUC__)
#define MSGRPRIV_NULL_ __null
#else
#define MSGRPRIV_NULL_ 0
#endif

/* Enumerators from a list row. HRESULT-style codes (0x80000000 and above) do
 * not fit in int, as ISO C requires before C23: they are declared as the
 * signed 32-bit HRESULT with the same bits, -(~v) - 1, so that
 * `hr == SR_SESSION_STATE_INVALID` holds for an HRESULT hr. */
/* Each enum's body is its list, expanded on the line of the declaration:
 * Doxygen 1.9.4 counts one line too few after a list expanded on a line of
 * its own, and the docs link every constant to its line. */
#define MSGRPRIV_ENUMERATOR_(name, value, meaning) name MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = (value),
#define MSGRPRIV_HRESULT_ENUMERATOR_(name, value, meaning) \
  name MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE) = -MSGRPRIV_CAST_(int, ~(value)) - 1,

/* ---------------------------------------------------------------------------
 * SESSION_STATE
 * ------------------------------------------------------------------------- */

/**
 * @brief Every constant of #SESSION_STATE in the source's order, as
 *        `X(name, value, meaning)`; use it to build your own tables.
 *
 * The source gives no initializers: values follow from the declaration order.
 */
#define MSGRPRIV_SESSION_STATE_LIST(X)                   \
  X(SS_UNKNOWN, 0, "Unknown response.")                 \
  X(SS_READY, 1, "The session is ready.")               \
  X(SS_INVITATION, 2, "The session is an invitation.")  \
  X(SS_ACCEPTED, 3, "The session is accepted.")         \
  X(SS_CONNECTED, 4, "The session is not ready.")       \
  X(SS_CANCELLED, 5, "The local session canceled.")     \
  X(SS_DECLINED, 6, "The session is remotely canceled.") \
  X(SS_TERMINATED, 7, "Protocol error.")

/**
 * @brief Provides the list of possible state codes of the session invitation.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of
 * Windows Vista. See Windows Messenger for more information.
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
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-state-enum">SESSION_STATE enumeration (the source page)</a>
 */
typedef enum tagSESSION_STATE { MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_ENUMERATOR_) } SESSION_STATE MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE);

/** @brief The number of #SESSION_STATE constants (eight, values 0 to 7); kept
 *         from msgrpriv 1.0. */
#define MSGRPRIV_SESSION_STATE_COUNT 8

/* ---------------------------------------------------------------------------
 * LockError
 * ------------------------------------------------------------------------- */

/**
 * @brief Every constant of #LockError in the source's order, as
 *        `X(name, value, meaning)`; use it to build your own tables.
 */
#define MSGRPRIV_LOCK_ERROR_LIST(X) \
  X(MSGR_E_API_NOTINITIALIZED, 0x81000751, "The restricted API is not initialized.")                                                                            \
  X(MSGR_E_API_LOCKED, 0x81000752, "The Messenger service API is locked.")                                                                                      \
  X(MSGR_E_API_UNLOCK_FAILED, 0x81000753, "The attempt to unlock the Messenger service API was unsuccessful.")                                                  \
  X(MSGR_E_API_ALREADY_UNLOCKED, 0x81000754, "The Messenger service API is already unlocked.")                                                                  \
  X(MSGR_E_API_PENDING_UNLOCK, 0x81000755, "A challenge request has been made by the application and the Messenger client application is awaiting a response.") \
  X(MSGR_E_API_DISABLED, 0x81000756, "The Messenger service API is disabled.")

/**
 * @brief Provides a list of Lock and Key error status codes.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of
 * Windows Vista. See Windows Messenger for more information.
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
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockerror-enum">LockError enumeration (the source page)</a>
 */
typedef enum tagLockError { MSGRPRIV_LOCK_ERROR_LIST(MSGRPRIV_HRESULT_ENUMERATOR_) } LockError MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE);

/* ---------------------------------------------------------------------------
 * LockStatus
 * ------------------------------------------------------------------------- */

/**
 * @brief Every constant of #LockStatus in the source's order, as
 *        `X(name, value, meaning)`; use it to build your own tables.
 */
#define MSGRPRIV_LOCK_STATUS_LIST(X) \
  X(LOCK_NOTINITIALIZED, 0x00000001, "The Messenger client Lock and Key mechanism is not initialized.")                                                                                                                      \
  X(LOCK_INITIALIZED, 0x00000002, "The Messenger service API is locked.")                                                                                                                                                    \
  X(LOCK_PENDINGRESULT, 0x00000003, "The application has successfully initiated a challenge request to the Messenger client and the Messenger client is awaiting the application response to its authentication challenge.") \
  X(LOCK_UNLOCKED, 0x00000004, "The Messenger service API is unlocked.")                                                                                                                                                     \
  X(LOCK_UNLOCKFAILED, 0x00000005, "The application response to the Messenger client authentication challenge failed.")                                                                                                      \
  X(LOCK_DISABLED, 0x00000006, "The Messenger client Lock and Key mechanism is disabled.")

/**
 * @brief Provides the list of possible status codes for the Messenger Lock and Key API.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of
 * Windows Vista. See Windows Messenger for more information.
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
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockstatus-enum">LockStatus enumeration (the source page)</a>
 */
typedef enum tagLockStatus { MSGRPRIV_LOCK_STATUS_LIST(MSGRPRIV_ENUMERATOR_) } LockStatus MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE);

/* ---------------------------------------------------------------------------
 * SESSION_FLAGS
 * ------------------------------------------------------------------------- */

/**
 * @brief Every constant of #SESSION_FLAGS in the source's order, as
 *        `X(name, value, meaning)`; use it to build your own tables.
 */
#define MSGRPRIV_SESSION_FLAGS_LIST(X) \
  X(SF_NONE, 0x0000, "No such value.")                                                       \
  X(SF_INVITER, 0x0001, "The party that holds the session object is the inviter.")           \
  X(SF_INVITEE, 0x0002, "The party that holds the session object is the recipient.")         \
  X(SF_APP_INVITE_COMPATIBLE, 0x0004, "The application shared between users is compatible.")

/**
 * @brief Provides the list of possible flag codes for the session invitation.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of
 * Windows Vista. See Windows Messenger for more information.
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
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-flags-enum">SESSION_FLAGS enumeration (the source page)</a>
 */
typedef enum tagSESSION_FLAGS { MSGRPRIV_SESSION_FLAGS_LIST(MSGRPRIV_ENUMERATOR_) } SESSION_FLAGS MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE);

/* ---------------------------------------------------------------------------
 * SESSION_RESULT
 * ------------------------------------------------------------------------- */

/**
 * @brief Every constant of #SESSION_RESULT in the source's order, as
 *        `X(name, value, meaning)`; use it to build your own tables.
 */
#define MSGRPRIV_SESSION_RESULT_LIST(X) \
  X(SR_APPLICATION_LAUNCH_FAILED, 0x81000601, "The application failed to start.")                       \
  X(SR_INVITATION_DECLINED, 0x81000602, "The invitation was declined by the recipient.")                \
  X(SR_CONNECTION_FAILURE, 0x81000603, "Connection failure.")                                           \
  X(SR_AUTHENTICATION_FAILED, 0x81000604, "The authentication failed.")                                 \
  X(SR_SESSION_NOT_READY, 0x81000605, "The session is not ready.")                                      \
  X(SR_SESSION_CANCELLED_LOCAL, 0x81000606, "The local session canceled.")                              \
  X(SR_SESSION_CANCELLED_REMOTE, 0x81000607, "The session is remotely canceled.")                       \
  X(SR_SESSION_PROTOCOL_ERROR, 0x81000608, "Protocol error.")                                           \
  X(SR_SESSION_TIMEOUT, 0x81000609, "The session timed out.")                                           \
  X(SR_CANCEL_BEFORE_CONNECT, 0x8100060a, "The session canceled before the connection was made.")       \
  X(SR_NOT_INVITEE, 0x8100060b, "The recipient is not the invitee.")                                    \
  X(SR_NOT_INVITER, 0x8100060c, "The recipient is not the inviter.")                                    \
  X(SR_APP_ALREADY_REGISTERED, 0x8100060d, "The application is already registered.")                    \
  X(SR_APP_NOT_REGISTERED, 0x8100060e, "The application is not registered.")                            \
  X(SR_NOT_VALID_FOR_APP_INVITE, 0x8100060f, "The application does not allow a session to be created.") \
  X(SR_APP_NOT_SPECIFIED, 0x81000610, "The application is not specified for the session.")              \
  X(SR_CONTEXT_DATA_OVER_LIMIT, 0x81000611, "The context data exceeds the maximum allowed.")            \
  X(SR_NO_USER_INVITED, 0x81000612, "No user invited.")                                                 \
  X(SR_INVITED_SELF, 0x81000613, "The inviter invited self.")                                           \
  X(SR_SESSION_STATE_INVALID, 0x81000614, "The session state is invalid.")                              \
  X(SR_INVITATION_SEND_FAILURE, 0x81000615, "Send failure.")                                            \
  X(SR_CANCEL_SEND_FAILURE, 0x81000616, "The send failure was canceled.")                               \
  X(SR_DECLINE_SEND_FAILURE, 0x81000617, "The send failure was declined.")                              \
  X(SR_ACCEPT_SEND_FAILURE, 0x81000618, "The send failure was accepted.")                               \
  X(SR_CONTEXT_DATA_SEND_FAILURE, 0x81000619, "The context data sent failed.")                          \
  X(SR_NETWORK_CONFIG_FAILURE, 0x81000620, "A network configuration operation failed.")                 \
  X(SR_NET_NOT_SUPPORTED, 0x81000621, "An unsupported network was encountered.")                        \
  X(SR_REMOTE_NET_NOT_SUPPORTED, 0x81000622, "An unsupported remote network was encountered.")          \
  X(SR_FIREWALL_NOT_SUPPORTED, 0x81000623, "An unsupported firewall was encountered.")                  \
  X(SR_OLD_SIP_STACK, 0x81000624, "The SIP stack is out of date.")

/**
 * @brief Provides the list of possible result codes of the session invitation.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of
 * Windows Vista. See Windows Messenger for more information.
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
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-result-enum">SESSION_RESULT enumeration (the source page)</a>
 */
typedef enum tagSESSION_RESULT { MSGRPRIV_SESSION_RESULT_LIST(MSGRPRIV_HRESULT_ENUMERATOR_) } SESSION_RESULT MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE);

/* ---------------------------------------------------------------------------
 * Every enumeration
 * ------------------------------------------------------------------------- */

/**
 * @brief Every enumeration of this header, in index order:
 *        `X(TYPE, Prefix, LIST)`.
 *
 * `TYPE` is the C type, `Prefix` names its C helpers (`MsgrPrefixName`,
 * `MsgrPrefixDescription`, `MsgrPrefixFromName`) and `LIST` is its list
 * macro. msgrpriv.hpp builds its tables from it; so can you.
 */
#define MSGRPRIV_ENUMERATIONS(X) \
  X(SESSION_STATE, SessionState, MSGRPRIV_SESSION_STATE_LIST)       \
  X(LockError, LockError, MSGRPRIV_LOCK_ERROR_LIST)                  \
  X(LockStatus, LockStatus, MSGRPRIV_LOCK_STATUS_LIST)               \
  X(SESSION_FLAGS, SessionFlags, MSGRPRIV_SESSION_FLAGS_LIST)        \
  X(SESSION_RESULT, SessionResult, MSGRPRIV_SESSION_RESULT_LIST)

/* ---------------------------------------------------------------------------
 * The C helpers, three per enumeration, generated from the lists. Doxygen
 * does not read them: the reference pages document each one from the lists.
 * ------------------------------------------------------------------------- */
#if !defined(MSGRPRIV_DOXYGEN)

/* One row per constant; the lists are in ascending value order. */
typedef struct msgrpriv_row_ {
  long value;
  const char *name;
  const char *meaning;
  unsigned long length; /* of name: parsing rejects most rows on it */
} msgrpriv_row_;

/* constexpr in C++14 and later, where loops may run in constant expressions:
 * msgrpriv.hpp's lookups call these same finders. */
#if defined(__cplusplus) && (__cplusplus >= 201402L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201402L))
#define MSGRPRIV_FINDER_ MSGRPRIV_INLINE_ constexpr
#else
#define MSGRPRIV_FINDER_ MSGRPRIV_INLINE_
#endif

/* The row holding value: a bounds check and a load when the values from the
 * first on are dense, else a binary search. */
MSGRPRIV_FINDER_ const msgrpriv_row_ *msgrpriv_find_(const msgrpriv_row_ *rows, unsigned long count,
                                                       long value) {
  unsigned long low = 0;
  unsigned long high = count;
  unsigned long offset = MSGRPRIV_CAST_(unsigned long, value) - MSGRPRIV_CAST_(unsigned long, rows[0].value);
  if (offset < count && rows[offset].value == value) {
    return rows + offset;
  }
  while (low < high) {
    unsigned long middle = low + (high - low) / 2;
    if (rows[middle].value == value) {
      return rows + middle;
    }
    if (rows[middle].value < value) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return MSGRPRIV_NULL_;
}

/* The row named exactly by the length bytes at text: a row of another length
 * is skipped unread, and names sharing a prefix are compared from their
 * ends, where they differ. */
MSGRPRIV_FINDER_ const msgrpriv_row_ *msgrpriv_find_name_n_(const msgrpriv_row_ *rows, unsigned long count,
                                                              const char *text, unsigned long length) {
  unsigned long row = 0;
  if (text == MSGRPRIV_NULL_ || length == 0) {
    return MSGRPRIV_NULL_;
  }
  for (row = 0; row < count; ++row) {
    const char *name = rows[row].name;
    unsigned long at = length;
    if (rows[row].length != length) {
      continue;
    }
    while (at > 0 && name[at - 1] == text[at - 1]) {
      --at;
    }
    if (at == 0) {
      return rows + row;
    }
  }
  return MSGRPRIV_NULL_;
}

/* The length of text, counted up to 64 bytes: names are short, and text
 * need not be terminated within them. */
MSGRPRIV_FINDER_ unsigned long msgrpriv_name_length_(const char *text) {
  unsigned long length = 0;
  while (text != MSGRPRIV_NULL_ && length < 64 && text[length] != '\0') {
    ++length;
  }
  return length;
}

/* constexpr in C++11 and later, so that msgrpriv.hpp reads the same rows in
 * constant expressions. */
#if defined(__cplusplus) && (__cplusplus >= 201103L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201103L))
#define MSGRPRIV_ROWS_ static constexpr
#else
#define MSGRPRIV_ROWS_ static const
#endif
#define MSGRPRIV_ROW_(name, value, meaning) {name, #name, meaning, sizeof #name - 1},
#define MSGRPRIV_C_HELPERS_(TYPE, Prefix, LIST)                                                          \
  MSGRPRIV_ROWS_ msgrpriv_row_ msgrpriv_rows_##Prefix##_[] = {LIST(MSGRPRIV_ROW_)};                    \
  MSGRPRIV_INLINE_ const char *Msgr##Prefix##Name(TYPE value) {                                          \
    const msgrpriv_row_ *row = msgrpriv_find_(msgrpriv_rows_##Prefix##_,                               \
                                              sizeof msgrpriv_rows_##Prefix##_ / sizeof(msgrpriv_row_), \
                                              MSGRPRIV_CAST_(long, value));                            \
    return row != MSGRPRIV_NULL_ ? row->name : MSGRPRIV_NULL_;                                           \
  }                                                                                                      \
  MSGRPRIV_INLINE_ const char *Msgr##Prefix##Description(TYPE value) {                                   \
    const msgrpriv_row_ *row = msgrpriv_find_(msgrpriv_rows_##Prefix##_,                               \
                                              sizeof msgrpriv_rows_##Prefix##_ / sizeof(msgrpriv_row_), \
                                              MSGRPRIV_CAST_(long, value));                            \
    return row != MSGRPRIV_NULL_ ? row->meaning : MSGRPRIV_NULL_;                                        \
  }                                                                                                      \
  MSGRPRIV_INLINE_ int Msgr##Prefix##FromName(const char *text, TYPE *out) { /* NOLINT(bugprone-macro-parentheses) */ \
    const msgrpriv_row_ *row = msgrpriv_find_name_n_(msgrpriv_rows_##Prefix##_,                        \
                                                     sizeof msgrpriv_rows_##Prefix##_ / sizeof(msgrpriv_row_), \
                                                     text, msgrpriv_name_length_(text));                \
    if (row == MSGRPRIV_NULL_ || out == MSGRPRIV_NULL_) {                                                \
      return 0;                                                                                          \
    }                                                                                                    \
    *out = MSGRPRIV_CAST_(TYPE, row->value);                                                             \
    return 1;                                                                                            \
  }

MSGRPRIV_ENUMERATIONS(MSGRPRIV_C_HELPERS_)

#endif /* !MSGRPRIV_DOXYGEN */

/* The internal macros (a trailing underscore) end here: the user's code keeps
 * only the public names. */
#undef MSGRPRIV_INLINE_
#undef MSGRPRIV_FINDER_
#undef MSGRPRIV_CAST_
#undef MSGRPRIV_NULL_
#undef MSGRPRIV_ENUMERATOR_
#undef MSGRPRIV_HRESULT_ENUMERATOR_
#undef MSGRPRIV_ROWS_
#undef MSGRPRIV_ROW_
#undef MSGRPRIV_C_HELPERS_

#ifdef __cplusplus
} /* extern "C" */
#endif

#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

/* NOLINTEND(cppcoreguidelines-macro-usage,modernize-use-using) */
#endif /* MSGRPRIV_H */
