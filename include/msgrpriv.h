/*
 * msgrpriv.h - the Service Enumerations of Msgrpriv.h (Windows Messenger 4.5),
 * kept as an annotated, C-compatible reference header.
 *
 * The meanings, summaries and deprecation notices are quoted word for word
 * from Microsoft's pages (see each type); each type is declared under the name
 * its page's title gives it. Quoted text: (c) Microsoft, CC BY 4.0.
 *
 * The parts between "@generated" and "@end" lines are written by
 * scripts/generate_header.py from data/enumerations.toml: edit that file (or
 * what scripts/import_pages.py writes it from) and run the script, not those
 * parts. The "@shared" parts are this header's own; the script copies them
 * into msgrua.h, mdisp.h and basicim.h.
 *
 * SPDX-License-Identifier: MIT AND CC-BY-4.0
 */

/**
 * @file msgrpriv.h
 * @brief The Service Enumerations of Windows Messenger 4.5, and C helpers that
 *        name, describe and parse their constants.
 *
 * Compiles warning-free as C89 through C2x and as C++98 through C++2b, alone
 * or with msgrua.h, mdisp.h and basicim.h in any order, and includes no other
 * header.
 */
#ifndef MSGRPRIV_H
#define MSGRPRIV_H

/* @shared prologue: msgrpriv.h's own; scripts/generate_header.py copies it into every header */
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

/** @brief Major version of this package. */
#define MSGRPRIV_VERSION_MAJOR 2
/** @brief Minor version of this package. */
#define MSGRPRIV_VERSION_MINOR 1
/** @brief Patch version of this package. */
#define MSGRPRIV_VERSION_PATCH 0

#if defined(MSGRPRIV_DOXYGEN)
/**
 * @brief Define before including msgrpriv.h, msgrua.h, mdisp.h or basicim.h
 *        to silence the deprecation diagnostic on every type and constant of
 *        the headers it includes after it.
 *
 * Without it, code that names a type or a constant draws one diagnostic whose
 * text begins "Do not use". Merely including the header, or calling the
 * helpers with a value, draws none.
 */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS
#endif

/* The deprecation diagnostic of each type and its constants: "Do not use.",
 * then the banner sentence of the type's source page, naming the type itself
 * where every page names LockStatus (see the errata). It sits on the typedef
 * name and on the tag, so that no spelling of the type escapes it, and on each
 * constant where the compiler does not carry the tag's to its constants. */
/* @generated deprecation: from data/enumerations.toml by scripts/generate_header.py */
#define MSGRPRIV_DEPRECATION_SESSION_STATE_ \
  "Do not use. SESSION_STATE is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_LockError_ \
  "Do not use. LockError is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_LockStatus_ \
  "Do not use. LockStatus is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_SESSION_FLAGS_ \
  "Do not use. SESSION_FLAGS is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_SESSION_RESULT_ \
  "Do not use. SESSION_RESULT is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#if defined(MSGRPRIV_NO_DEPRECATION_WARNINGS) || defined(MSGRPRIV_DOXYGEN) || \
    !(defined(_MSC_VER) || defined(__GNUC__) || defined(__clang__))
#define MSGRPRIV_DEPRECATED_TYPE_(T)
#define MSGRPRIV_DEPRECATED_TAG_(T)
#define MSGRPRIV_DEPRECATED_SESSION_STATE_
#define MSGRPRIV_DEPRECATED_LockError_
#define MSGRPRIV_DEPRECATED_LockStatus_
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_
#elif defined(__clang__)
/* Clang, clang-cl too: its attribute on the typedef name and on the tag, whose constants
 * inherit it (one diagnostic each, naming the constant, with the tag's text). */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_TAG_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_SESSION_STATE_
#define MSGRPRIV_DEPRECATED_LockError_
#define MSGRPRIV_DEPRECATED_LockStatus_
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_
#elif defined(__GNUC__)
/* GCC: its attribute on the typedef name, the tag and each constant. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_TAG_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_SESSION_STATE_ \
  __attribute__((deprecated("Do not use. SESSION_STATE is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_LockError_ \
  __attribute__((deprecated("Do not use. LockError is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_LockStatus_ \
  __attribute__((deprecated("Do not use. LockStatus is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_ \
  __attribute__((deprecated("Do not use. SESSION_FLAGS is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_ \
  __attribute__((deprecated("Do not use. SESSION_RESULT is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#elif defined(__cplusplus)
/* MSVC's C++: __declspec before the typedef, [[deprecated]] on the tag and each constant. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __declspec(deprecated(MSGRPRIV_DEPRECATION_##T##_))
#define MSGRPRIV_DEPRECATED_TAG_(T) [[deprecated(MSGRPRIV_DEPRECATION_##T##_)]]
#define MSGRPRIV_DEPRECATED_SESSION_STATE_ \
  [[deprecated(MSGRPRIV_DEPRECATION_SESSION_STATE_)]]
#define MSGRPRIV_DEPRECATED_LockError_ \
  [[deprecated(MSGRPRIV_DEPRECATION_LockError_)]]
#define MSGRPRIV_DEPRECATED_LockStatus_ \
  [[deprecated(MSGRPRIV_DEPRECATION_LockStatus_)]]
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_ \
  [[deprecated(MSGRPRIV_DEPRECATION_SESSION_FLAGS_)]]
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_ \
  [[deprecated(MSGRPRIV_DEPRECATION_SESSION_RESULT_)]]
#else
/* MSVC's C deprecates the typedef name only: neither a tag nor an enumerator takes
 * __declspec(deprecated) there, and it has no [[deprecated]]. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __declspec(deprecated(MSGRPRIV_DEPRECATION_##T##_))
#define MSGRPRIV_DEPRECATED_TAG_(T)
#define MSGRPRIV_DEPRECATED_SESSION_STATE_
#define MSGRPRIV_DEPRECATED_LockError_
#define MSGRPRIV_DEPRECATED_LockStatus_
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_
#endif
/* @end deprecation */

/* ---------------------------------------------------------------------------
 * The enumerations
 * ------------------------------------------------------------------------- */

/* @generated enumerations: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Provides the list of possible state codes of the session invitation.
 *
 * @deprecated Do not use. SESSION_STATE is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use.
 * [**LockStatus**](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockstatus-enum)
 * is no longer available for use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no values: each constant's value is its position, from 0.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | Minimum supported client | Windows XP \[desktop apps only\] |
 * | Minimum supported server | Windows Server 2003 \[desktop apps only\] |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Product | Messenger 4.5 |
 * | Header | Msgrpriv.h |
 * | IDL | Msgrpriv.idl |
 *
 * @see [Messenger Session Invite and Messenger Private APIs](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-invite-ovw)
 * @see [Messenger Lock and Key API](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lock-and-key-ovw)
 * @see [SESSION_STATE enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-state-enum)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(SESSION_STATE) enum MSGRPRIV_DEPRECATED_TAG_(SESSION_STATE) tagSESSION_STATE MSGRPRIV_INT_ {
  SS_UNKNOWN    MSGRPRIV_DEPRECATED_SESSION_STATE_ = 0, /**< Unknown response. */
  SS_READY      MSGRPRIV_DEPRECATED_SESSION_STATE_ = 1, /**< The session is ready. */
  SS_INVITATION MSGRPRIV_DEPRECATED_SESSION_STATE_ = 2, /**< The session is an invitation. */
  SS_ACCEPTED   MSGRPRIV_DEPRECATED_SESSION_STATE_ = 3, /**< The session is accepted. */
  SS_CONNECTED  MSGRPRIV_DEPRECATED_SESSION_STATE_ = 4, /**< The session is not ready. */
  SS_CANCELLED  MSGRPRIV_DEPRECATED_SESSION_STATE_ = 5, /**< The local session canceled. */
  SS_DECLINED   MSGRPRIV_DEPRECATED_SESSION_STATE_ = 6, /**< The session is remotely canceled. */
  SS_TERMINATED MSGRPRIV_DEPRECATED_SESSION_STATE_ = 7  /**< Protocol error. */
} SESSION_STATE;

/**
 * @brief Provides a list of Lock and Key error status codes.
 *
 * @deprecated Do not use. LockError is no longer available for use as of Windows Vista. See Windows
 * Messenger for more information.
 * @deprecated The source page's words: Do not use.
 * [**LockStatus**](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockstatus-enum)
 * is no longer available for use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | Minimum supported client | Windows XP \[desktop apps only\] |
 * | Minimum supported server | Windows Server 2003 \[desktop apps only\] |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Product | Messenger 4.5 |
 * | Header | Msgrpriv.h |
 * | IDL | Msgrpriv.idl |
 *
 * @see [Messenger Session Invite and Messenger Private APIs](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-invite-ovw)
 * @see [Messenger Lock and Key API](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lock-and-key-ovw)
 * @see [LockError enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockerror-enum)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(LockError) enum MSGRPRIV_DEPRECATED_TAG_(LockError) tagLockError MSGRPRIV_INT_ {
  MSGR_E_API_NOTINITIALIZED   MSGRPRIV_DEPRECATED_LockError_ = (int)0x81000751, /**<
      The restricted API is not initialized. */
  MSGR_E_API_LOCKED           MSGRPRIV_DEPRECATED_LockError_ = (int)0x81000752, /**<
      The Messenger service API is locked. */
  MSGR_E_API_UNLOCK_FAILED    MSGRPRIV_DEPRECATED_LockError_ = (int)0x81000753, /**<
      The attempt to unlock the Messenger service API was unsuccessful. */
  MSGR_E_API_ALREADY_UNLOCKED MSGRPRIV_DEPRECATED_LockError_ = (int)0x81000754, /**<
      The Messenger service API is already unlocked. */
  MSGR_E_API_PENDING_UNLOCK   MSGRPRIV_DEPRECATED_LockError_ = (int)0x81000755, /**<
      A challenge request has been made by the application and the Messenger client application is
      awaiting a response. */
  MSGR_E_API_DISABLED         MSGRPRIV_DEPRECATED_LockError_ = (int)0x81000756  /**<
      The Messenger service API is disabled. */
} LockError;

/**
 * @brief Provides the list of possible status codes for the Messenger Lock and Key API.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **LockStatus** is no longer available for use as
 * of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | Minimum supported client | Windows XP \[desktop apps only\] |
 * | Minimum supported server | Windows Server 2003 \[desktop apps only\] |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Product | Messenger 4.5 |
 * | Header | Msgrpriv.h |
 * | IDL | Msgrpriv.idl |
 *
 * @see [Messenger Session Invite and Messenger Private APIs](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-invite-ovw)
 * @see [Messenger Lock and Key API](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lock-and-key-ovw)
 * @see [LockStatus enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockstatus-enum)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(LockStatus) enum MSGRPRIV_DEPRECATED_TAG_(LockStatus) tagLockStatus MSGRPRIV_INT_ {
  LOCK_NOTINITIALIZED MSGRPRIV_DEPRECATED_LockStatus_ = 0x00000001, /**<
      The Messenger client Lock and Key mechanism is not initialized. */
  LOCK_INITIALIZED    MSGRPRIV_DEPRECATED_LockStatus_ = 0x00000002, /**<
      The Messenger service API is locked. */
  LOCK_PENDINGRESULT  MSGRPRIV_DEPRECATED_LockStatus_ = 0x00000003, /**<
      The application has successfully initiated a challenge request to the Messenger client and the
      Messenger client is awaiting the application response to its authentication challenge. */
  LOCK_UNLOCKED       MSGRPRIV_DEPRECATED_LockStatus_ = 0x00000004, /**<
      The Messenger service API is unlocked. */
  LOCK_UNLOCKFAILED   MSGRPRIV_DEPRECATED_LockStatus_ = 0x00000005, /**<
      The application response to the Messenger client authentication challenge failed. */
  LOCK_DISABLED       MSGRPRIV_DEPRECATED_LockStatus_ = 0x00000006  /**<
      The Messenger client Lock and Key mechanism is disabled. */
} LockStatus;

/**
 * @brief Provides the list of possible flag codes for the session invitation.
 *
 * A value may combine flags. The source page names 0x0002 SF_INVITER, as it names 0x0001: this
 * header names it SF_INVITEE (see the errata).
 *
 * @deprecated Do not use. SESSION_FLAGS is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use.
 * [**LockStatus**](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockstatus-enum)
 * is no longer available for use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | Minimum supported client | Windows XP \[desktop apps only\] |
 * | Minimum supported server | Windows Server 2003 \[desktop apps only\] |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Product | Messenger 4.5 |
 * | Header | Msgrpriv.h |
 * | IDL | Msgrpriv.idl |
 *
 * @see [Messenger Session Invite and Messenger Private APIs](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-invite-ovw)
 * @see [Messenger Lock and Key API](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lock-and-key-ovw)
 * @see [SESSION_FLAGS enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-flags-enum)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(SESSION_FLAGS) enum MSGRPRIV_DEPRECATED_TAG_(SESSION_FLAGS) tagSESSION_FLAGS MSGRPRIV_INT_ {
  SF_NONE                  MSGRPRIV_DEPRECATED_SESSION_FLAGS_ = 0x0000, /**< No such value. */
  SF_INVITER               MSGRPRIV_DEPRECATED_SESSION_FLAGS_ = 0x0001, /**<
      The party that holds the session object is the inviter. */
  SF_INVITEE               MSGRPRIV_DEPRECATED_SESSION_FLAGS_ = 0x0002, /**<
      The party that holds the session object is the recipient. */
  SF_APP_INVITE_COMPATIBLE MSGRPRIV_DEPRECATED_SESSION_FLAGS_ = 0x0004  /**<
      The application shared between users is compatible. */
} SESSION_FLAGS;

/**
 * @brief Provides the list of possible result codes of the session invitation.
 *
 * The source page's values skip 0x8100061A to 0x8100061F.
 *
 * @deprecated Do not use. SESSION_RESULT is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use.
 * [**LockStatus**](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lockstatus-enum)
 * is no longer available for use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | Minimum supported client | Windows XP \[desktop apps only\] |
 * | Minimum supported server | Windows Server 2003 \[desktop apps only\] |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Product | Messenger 4.5 |
 * | Header | Msgrpriv.h |
 * | IDL | Msgrpriv.idl |
 *
 * @see [Messenger Session Invite and Messenger Private APIs](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-invite-ovw)
 * @see [Messenger Lock and Key API](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lock-and-key-ovw)
 * @see [SESSION_RESULT enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-result-enum)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(SESSION_RESULT) enum MSGRPRIV_DEPRECATED_TAG_(SESSION_RESULT) tagSESSION_RESULT MSGRPRIV_INT_ {
  SR_APPLICATION_LAUNCH_FAILED MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000601, /**<
      The application failed to start. */
  SR_INVITATION_DECLINED       MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000602, /**<
      The invitation was declined by the recipient. */
  SR_CONNECTION_FAILURE        MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000603, /**<
      Connection failure. */
  SR_AUTHENTICATION_FAILED     MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000604, /**<
      The authentication failed. */
  SR_SESSION_NOT_READY         MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000605, /**<
      The session is not ready. */
  SR_SESSION_CANCELLED_LOCAL   MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000606, /**<
      The local session canceled. */
  SR_SESSION_CANCELLED_REMOTE  MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000607, /**<
      The session is remotely canceled. */
  SR_SESSION_PROTOCOL_ERROR    MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000608, /**<
      Protocol error. */
  SR_SESSION_TIMEOUT           MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000609, /**<
      The session timed out. */
  SR_CANCEL_BEFORE_CONNECT     MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x8100060a, /**<
      The session canceled before the connection was made. */
  SR_NOT_INVITEE               MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x8100060b, /**<
      The recipient is not the invitee. */
  SR_NOT_INVITER               MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x8100060c, /**<
      The recipient is not the inviter. */
  SR_APP_ALREADY_REGISTERED    MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x8100060d, /**<
      The application is already registered. */
  SR_APP_NOT_REGISTERED        MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x8100060e, /**<
      The application is not registered. */
  SR_NOT_VALID_FOR_APP_INVITE  MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x8100060f, /**<
      The application does not allow a session to be created. */
  SR_APP_NOT_SPECIFIED         MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000610, /**<
      The application is not specified for the session. */
  SR_CONTEXT_DATA_OVER_LIMIT   MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000611, /**<
      The context data exceeds the maximum allowed. */
  SR_NO_USER_INVITED           MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000612, /**<
      No user invited. */
  SR_INVITED_SELF              MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000613, /**<
      The inviter invited self. */
  SR_SESSION_STATE_INVALID     MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000614, /**<
      The session state is invalid. */
  SR_INVITATION_SEND_FAILURE   MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000615, /**<
      Send failure. */
  SR_CANCEL_SEND_FAILURE       MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000616, /**<
      The send failure was canceled. */
  SR_DECLINE_SEND_FAILURE      MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000617, /**<
      The send failure was declined. */
  SR_ACCEPT_SEND_FAILURE       MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000618, /**<
      The send failure was accepted. */
  SR_CONTEXT_DATA_SEND_FAILURE MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000619, /**<
      The context data sent failed. */
  SR_NETWORK_CONFIG_FAILURE    MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000620, /**<
      A network configuration operation failed. */
  SR_NET_NOT_SUPPORTED         MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000621, /**<
      An unsupported network was encountered. */
  SR_REMOTE_NET_NOT_SUPPORTED  MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000622, /**<
      An unsupported remote network was encountered. */
  SR_FIREWALL_NOT_SUPPORTED    MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000623, /**<
      An unsupported firewall was encountered. */
  SR_OLD_SIP_STACK             MSGRPRIV_DEPRECATED_SESSION_RESULT_ = (int)0x81000624  /**<
      The SIP stack is out of date. */
} SESSION_RESULT;
/* @end enumerations */

/* @generated registry: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Every enumeration of msgrpriv.h, in its order, as `X(TYPE, Prefix)`: `TYPE` is the C type
 *        and `Prefix` names its C helpers (`MsgrPrefixName`, `MsgrPrefixDescription`,
 *        `MsgrPrefixFromName`, `MsgrPrefixFromValue`). msgrpriv.hpp builds on it; so can you.
 */
#define MSGRPRIV_ENUMERATIONS(X) \
  X(SESSION_STATE, SessionState) \
  X(LockError, LockError) \
  X(LockStatus, LockStatus) \
  X(SESSION_FLAGS, SessionFlags) \
  X(SESSION_RESULT, SessionResult)

/**
 * @brief The enumerations of this header whose constants are flags, as `X(TYPE, Prefix)`: a
 *        value may combine them, and the helpers name, find and accept every combination.
 */
#define MSGRPRIV_FLAGS_ENUMERATIONS(X) \
  X(SESSION_FLAGS, SessionFlags)
/* @end registry */

/* @shared finders: msgrpriv.h's own; scripts/generate_header.py copies it into every header */
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

#if defined(__cplusplus)
/* ---------------------------------------------------------------------------
 * C++: the operators of a flags type
 * ------------------------------------------------------------------------- */
/* One template of each operator for every flags type (each a specialization
 * of msgrpriv_flags_), compiled only where it is used; static, so that each
 * file has its own, as with the C helpers below. */
extern "C++" {
/** @cond INTERNAL */
template <class E>
struct msgrpriv_flags_ {};
/* @generated operators: from data/enumerations.toml by scripts/generate_header.py */
template <>
struct msgrpriv_flags_<SESSION_FLAGS> {
  typedef SESSION_FLAGS type;
};
/* @end operators */
/** @endcond */

/**
 * @brief The flags of @p a and of @p b: `SF_INVITER | SF_INVITEE` is a #SESSION_FLAGS, for every
 *        flags type (#MSGRPRIV_FLAGS_ENUMERATIONS), as the Windows SDK's DEFINE_ENUM_FLAG_OPERATORS
 *        makes it (C++ only).
 * @tparam E A flags type.
 * @param a Flags.
 * @param b Flags.
 * @return The flags, as an `E`.
 */
template <class E>
static MSGRPRIV_CONSTEXPR11_ typename msgrpriv_flags_<E>::type operator|(E a, E b) MSGRPRIV_NOEXCEPT_ {
  return static_cast<E>(static_cast<int>(a) | static_cast<int>(b));
}

/**
 * @brief The flags both @p a and @p b have, as for `|`.
 * @tparam E A flags type.
 * @param a Flags.
 * @param b Flags.
 * @return The flags, as an `E`.
 */
template <class E>
static MSGRPRIV_CONSTEXPR11_ typename msgrpriv_flags_<E>::type operator&(E a, E b) MSGRPRIV_NOEXCEPT_ {
  return static_cast<E>(static_cast<int>(a) & static_cast<int>(b));
}

/**
 * @brief The flags one of @p a and @p b has and the other has not, as for `|`.
 * @tparam E A flags type.
 * @param a Flags.
 * @param b Flags.
 * @return The flags, as an `E`.
 */
template <class E>
static MSGRPRIV_CONSTEXPR11_ typename msgrpriv_flags_<E>::type operator^(E a, E b) MSGRPRIV_NOEXCEPT_ {
  return static_cast<E>(static_cast<int>(a) ^ static_cast<int>(b));
}

#if MSGRPRIV_FIXED_INT_
/**
 * @brief Every bit @p a has not, as for `|` (C++11 and later, where an `E` holds any `int`).
 * @tparam E A flags type.
 * @param a Flags.
 * @return The bits, as an `E`.
 */
template <class E>
static MSGRPRIV_CONSTEXPR11_ typename msgrpriv_flags_<E>::type operator~(E a) MSGRPRIV_NOEXCEPT_ {
  return static_cast<E>(~static_cast<int>(a));
}
#endif

/**
 * @brief Adds the flags of @p b to @p a, as for `|`.
 * @tparam E A flags type.
 * @param a Flags, changed.
 * @param b Flags.
 * @return @p a.
 */
template <class E>
static MSGRPRIV_CONSTEXPR14_ typename msgrpriv_flags_<E>::type &operator|=(E &a, E b) MSGRPRIV_NOEXCEPT_ {
  return a = static_cast<E>(static_cast<int>(a) | static_cast<int>(b));
}

/**
 * @brief Keeps in @p a only the flags @p b has too, as for `|`.
 * @tparam E A flags type.
 * @param a Flags, changed.
 * @param b Flags.
 * @return @p a.
 */
template <class E>
static MSGRPRIV_CONSTEXPR14_ typename msgrpriv_flags_<E>::type &operator&=(E &a, E b) MSGRPRIV_NOEXCEPT_ {
  return a = static_cast<E>(static_cast<int>(a) & static_cast<int>(b));
}

/**
 * @brief Flips in @p a the flags @p b has, as for `|`.
 * @tparam E A flags type.
 * @param a Flags, changed.
 * @param b Flags.
 * @return @p a.
 */
template <class E>
static MSGRPRIV_CONSTEXPR14_ typename msgrpriv_flags_<E>::type &operator^=(E &a, E b) MSGRPRIV_NOEXCEPT_ {
  return a = static_cast<E>(static_cast<int>(a) ^ static_cast<int>(b));
}
}
#endif

/* @generated helpers: from data/enumerations.toml by scripts/generate_header.py */
#ifdef __cplusplus
extern "C" {
#endif
/* SESSION_STATE: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_SessionState_ =
    "(( (- #$<)\343\313a ~ \217     ( f  ~ n !\042#$%&' \227 \242 \253 \271 \305 \322 \337 \353 "
    "\371 \013!!!\077!X!r!\216!\260!\042#$%&'( \227 \242 \253 \271 \305 \322 \337 \353   !\042#$$$%"
    "%&&&''(\042$& '#%!"
    "SS_UNKNOWN\0"
    "SS_READY\0"
    "SS_INVITATION\0"
    "SS_ACCEPTED\0"
    "SS_CONNECTED\0"
    "SS_CANCELLED\0"
    "SS_DECLINED\0"
    "SS_TERMINATED\0"
    "Unknown response.\0"
    "The session is ready.\0"
    "The session is an invitation.\0"
    "The session is accepted.\0"
    "The session is not ready.\0"
    "The local session canceled.\0"
    "The session is remotely canceled.\0"
    "Protocol error.";

/**
 * @brief The name of a #SESSION_STATE constant, such as `"SS_UNKNOWN"`.
 * @param value A #SESSION_STATE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionStateName(SESSION_STATE value) {
  return msgrpriv_name_(msgrpriv_table_SessionState_, value);
}

/**
 * @brief The documented meaning of a #SESSION_STATE constant, verbatim from its source page.
 * @param value A #SESSION_STATE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionStateDescription(SESSION_STATE value) {
  return msgrpriv_text_(msgrpriv_table_SessionState_, value, 1);
}

/**
 * @brief Finds the #SESSION_STATE constant named exactly @p text (case-sensitive), such as
 *        `"SS_UNKNOWN"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionStateFromName(const char *text, SESSION_STATE *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_SessionState_, text, out, &found) == 0) {
    return 0;
  }
  *out = (SESSION_STATE)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #SESSION_STATE constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionStateFromValue(long value, SESSION_STATE *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_SessionState_, value, out, &found) == 0) {
    return 0;
  }
  *out = (SESSION_STATE)found;
  return 1;
}

/* LockError: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_LockError_ =
    "&& 1;  +<\004\3576g n \177\241 'q & \134  n b !\042#$% \205 \237 \261 \312 \346 \000 \024!;!`!"
    "\242!\321\042C!\042#$%& \205 \237 \261 \312 \346 \000 !\042\042\042\042\042\042\042###$%%&&%$"
    "\042!# "
    "MSGR_E_API_NOTINITIALIZED\0"
    "MSGR_E_API_LOCKED\0"
    "MSGR_E_API_UNLOCK_FAILED\0"
    "MSGR_E_API_ALREADY_UNLOCKED\0"
    "MSGR_E_API_PENDING_UNLOCK\0"
    "MSGR_E_API_DISABLED\0"
    "The restricted API is not initialized.\0"
    "The Messenger service API is locked.\0"
    "The attempt to unlock the Messenger service API was unsuccessful.\0"
    "The Messenger service API is already unlocked.\0"
    "A challenge request has been made by the application and the Messenger client application "
    "is awaiting a response.\0"
    "The Messenger service API is disabled.";

/**
 * @brief The name of a #LockError constant, such as `"MSGR_E_API_NOTINITIALIZED"`.
 * @param value A #LockError value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockErrorName(LockError value) {
  return msgrpriv_name_(msgrpriv_table_LockError_, value);
}

/**
 * @brief The documented meaning of a #LockError constant, verbatim from its source page.
 * @param value A #LockError value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockErrorDescription(LockError value) {
  return msgrpriv_text_(msgrpriv_table_LockError_, value, 1);
}

/**
 * @brief Finds the #LockError constant named exactly @p text (case-sensitive), such as
 *        `"MSGR_E_API_NOTINITIALIZED"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrLockErrorFromName(const char *text, LockError *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_LockError_, text, out, &found) == 0) {
    return 0;
  }
  *out = (LockError)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #LockError constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrLockErrorFromValue(long value, LockError *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_LockError_, value, out, &found) == 0) {
    return 0;
  }
  *out = (LockError)found;
  return 1;
}

/* LockStatus: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_LockStatus_ =
    "&& -3  %<\347b\020\301 n \177   ! & \134  n b !\042#$% \205 \231 \252 \275 \313 \335 \353!+!P!"
    "\006\042-\042\177!\042#$%& \205 \231 \252 \275 \313 \335    !!\042\042\042\042\042####%&\042 !"
    "#$%"
    "LOCK_NOTINITIALIZED\0"
    "LOCK_INITIALIZED\0"
    "LOCK_PENDINGRESULT\0"
    "LOCK_UNLOCKED\0"
    "LOCK_UNLOCKFAILED\0"
    "LOCK_DISABLED\0"
    "The Messenger client Lock and Key mechanism is not initialized.\0"
    "The Messenger service API is locked.\0"
    "The application has successfully initiated a challenge request to the Messenger client and "
    "the Messenger client is awaiting the application response to its authentication challenge.\0"
    "The Messenger service API is unlocked.\0"
    "The application response to the Messenger client authentication challenge failed.\0"
    "The Messenger client Lock and Key mechanism is disabled.";

/**
 * @brief The name of a #LockStatus constant, such as `"LOCK_NOTINITIALIZED"`.
 * @param value A #LockStatus value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockStatusName(LockStatus value) {
  return msgrpriv_name_(msgrpriv_table_LockStatus_, value);
}

/**
 * @brief The documented meaning of a #LockStatus constant, verbatim from its source page.
 * @param value A #LockStatus value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockStatusDescription(LockStatus value) {
  return msgrpriv_text_(msgrpriv_table_LockStatus_, value, 1);
}

/**
 * @brief Finds the #LockStatus constant named exactly @p text (case-sensitive), such as
 *        `"LOCK_NOTINITIALIZED"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrLockStatusFromName(const char *text, LockStatus *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_LockStatus_, text, out, &found) == 0) {
    return 0;
  }
  *out = (LockStatus)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #LockStatus constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrLockStatusFromValue(long value, LockStatus *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_LockStatus_, value, out, &found) == 0) {
    return 0;
  }
  *out = (LockStatus)found;
  return 1;
}

/* SESSION_FLAGS: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_SessionFlags_ =
    "$(!'R )*<\004\3576g v \207     ( ^  v f !\042$#%&' \217 \227 \242 \255 \306 \336 \004!*!]!l!"
    "\244!\336!\042#%$&'( \217 \227 \242 \306 \255 \336 \004!* !\042##&&&&''''((((\042# $%'!&"
    "SF_NONE\0"
    "SF_INVITER\0"
    "SF_INVITEE\0"
    "SF_APP_INVITE_COMPATIBLE\0"
    "SF_INVITER | SF_INVITEE\0"
    "SF_INVITER | SF_APP_INVITE_COMPATIBLE\0"
    "SF_INVITEE | SF_APP_INVITE_COMPATIBLE\0"
    "SF_INVITER | SF_INVITEE | SF_APP_INVITE_COMPATIBLE\0"
    "No such value.\0"
    "The party that holds the session object is the inviter.\0"
    "The party that holds the session object is the recipient.\0"
    "The application shared between users is compatible.";

/**
 * @brief The name of a #SESSION_FLAGS constant, such as `"SF_NONE"`, or a combination of its flags
 *        (such as `"SF_INVITER | SF_INVITEE"`).
 * @param value A #SESSION_FLAGS value.
 * @return A static string, or `NULL` when @p value is none of the constants or combinations.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionFlagsName(SESSION_FLAGS value) {
  return msgrpriv_name_(msgrpriv_table_SessionFlags_, value);
}

/**
 * @brief The documented meaning of a #SESSION_FLAGS constant, verbatim from its source page.
 * @param value A #SESSION_FLAGS value.
 * @return A static string, or `NULL` when @p value is none of the constants (a combination of flags
 *         has no one meaning).
 */
MSGRPRIV_INLINE_ const char *MsgrSessionFlagsDescription(SESSION_FLAGS value) {
  return msgrpriv_text_(msgrpriv_table_SessionFlags_, value, 1);
}

/**
 * @brief Finds the #SESSION_FLAGS constant named exactly @p text (case-sensitive), such as
 *        `"SF_NONE"`, or a combination of its flags (such as `"SF_INVITER | SF_INVITEE"`).
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionFlagsFromName(const char *text, SESSION_FLAGS *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_SessionFlags_, text, out, &found) == 0) {
    return 0;
  }
  *out = (SESSION_FLAGS)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #SESSION_FLAGS constant or combination of flags with that value, without forming any other
 *        value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionFlagsFromValue(long value, SESSION_FLAGS *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_SessionFlags_, value, out, &found) == 0) {
    return 0;
  }
  *out = (SESSION_FLAGS)found;
  return 1;
}

/* SESSION_RESULT: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_SessionResult_ =
    ">> .<#*+:\376\212\320\007!@!\201\241 &! D \324 !@ \370 !\042#$%&'()*+,-./012345678\077@ABC!"
    "\237!\274!\323!\351!\002!\027\0422\042N\042h\042{\042\224\042\243\042\262\042\314\042\342\042"
    "\376\042\023#.#A#Q#j#\205#\234#\264#\313#\350#\002#\027$3$M$^$\177$\255$\301$\334$\366$\022%4%"
    "D%[%\220%\262%\324%\373%\036&V&\210&\266&\307&\341&\377&\015','K'j'\210'\262'\332'\011(2!\042#"
    "$%&'()*+,-./0123456789      :;<=>!\237!\274!\323!\351!\002!\027\0422\042N\042h\042{\042\224"
    "\042\243\042\262\042\314\042\342\042\376\042\023#.#A#Q#j#\205#\234#\264#\313            #\350#"
    "\002#\027$3$M \042##$$$$$%&&'(()++++++++,,-./1122222223444455567899;<<<<<<<<====>%&63<,.#\042*"
    "+2)/;!45=$9:-7(081 '"
    "SR_APPLICATION_LAUNCH_FAILED\0"
    "SR_INVITATION_DECLINED\0"
    "SR_CONNECTION_FAILURE\0"
    "SR_AUTHENTICATION_FAILED\0"
    "SR_SESSION_NOT_READY\0"
    "SR_SESSION_CANCELLED_LOCAL\0"
    "SR_SESSION_CANCELLED_REMOTE\0"
    "SR_SESSION_PROTOCOL_ERROR\0"
    "SR_SESSION_TIMEOUT\0"
    "SR_CANCEL_BEFORE_CONNECT\0"
    "SR_NOT_INVITEE\0"
    "SR_NOT_INVITER\0"
    "SR_APP_ALREADY_REGISTERED\0"
    "SR_APP_NOT_REGISTERED\0"
    "SR_NOT_VALID_FOR_APP_INVITE\0"
    "SR_APP_NOT_SPECIFIED\0"
    "SR_CONTEXT_DATA_OVER_LIMIT\0"
    "SR_NO_USER_INVITED\0"
    "SR_INVITED_SELF\0"
    "SR_SESSION_STATE_INVALID\0"
    "SR_INVITATION_SEND_FAILURE\0"
    "SR_CANCEL_SEND_FAILURE\0"
    "SR_DECLINE_SEND_FAILURE\0"
    "SR_ACCEPT_SEND_FAILURE\0"
    "SR_CONTEXT_DATA_SEND_FAILURE\0"
    "SR_NETWORK_CONFIG_FAILURE\0"
    "SR_NET_NOT_SUPPORTED\0"
    "SR_REMOTE_NET_NOT_SUPPORTED\0"
    "SR_FIREWALL_NOT_SUPPORTED\0"
    "SR_OLD_SIP_STACK\0"
    "The application failed to start.\0"
    "The invitation was declined by the recipient.\0"
    "Connection failure.\0"
    "The authentication failed.\0"
    "The session is not ready.\0"
    "The local session canceled.\0"
    "The session is remotely canceled.\0"
    "Protocol error.\0"
    "The session timed out.\0"
    "The session canceled before the connection was made.\0"
    "The recipient is not the invitee.\0"
    "The recipient is not the inviter.\0"
    "The application is already registered.\0"
    "The application is not registered.\0"
    "The application does not allow a session to be created.\0"
    "The application is not specified for the session.\0"
    "The context data exceeds the maximum allowed.\0"
    "No user invited.\0"
    "The inviter invited self.\0"
    "The session state is invalid.\0"
    "Send failure.\0"
    "The send failure was canceled.\0"
    "The send failure was declined.\0"
    "The send failure was accepted.\0"
    "The context data sent failed.\0"
    "A network configuration operation failed.\0"
    "An unsupported network was encountered.\0"
    "An unsupported remote network was encountered.\0"
    "An unsupported firewall was encountered.\0"
    "The SIP stack is out of date.";

/**
 * @brief The name of a #SESSION_RESULT constant, such as `"SR_APPLICATION_LAUNCH_FAILED"`.
 * @param value A #SESSION_RESULT value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionResultName(SESSION_RESULT value) {
  return msgrpriv_name_(msgrpriv_table_SessionResult_, value);
}

/**
 * @brief The documented meaning of a #SESSION_RESULT constant, verbatim from its source page.
 * @param value A #SESSION_RESULT value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionResultDescription(SESSION_RESULT value) {
  return msgrpriv_text_(msgrpriv_table_SessionResult_, value, 1);
}

/**
 * @brief Finds the #SESSION_RESULT constant named exactly @p text (case-sensitive), such as
 *        `"SR_APPLICATION_LAUNCH_FAILED"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionResultFromName(const char *text, SESSION_RESULT *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_SessionResult_, text, out, &found) == 0) {
    return 0;
  }
  *out = (SESSION_RESULT)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #SESSION_RESULT constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionResultFromValue(long value, SESSION_RESULT *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_SessionResult_, value, out, &found) == 0) {
    return 0;
  }
  *out = (SESSION_RESULT)found;
  return 1;
}

#ifdef __cplusplus
} /* extern "C" */
#endif
/* @end helpers */

/* @generated cleanup: from data/enumerations.toml by scripts/generate_header.py */
#undef MSGRPRIV_DEPRECATION_SESSION_STATE_
#undef MSGRPRIV_DEPRECATED_SESSION_STATE_
#undef MSGRPRIV_DEPRECATION_LockError_
#undef MSGRPRIV_DEPRECATED_LockError_
#undef MSGRPRIV_DEPRECATION_LockStatus_
#undef MSGRPRIV_DEPRECATED_LockStatus_
#undef MSGRPRIV_DEPRECATION_SESSION_FLAGS_
#undef MSGRPRIV_DEPRECATED_SESSION_FLAGS_
#undef MSGRPRIV_DEPRECATION_SESSION_RESULT_
#undef MSGRPRIV_DEPRECATED_SESSION_RESULT_
#undef MSGRPRIV_DEPRECATED_TYPE_
#undef MSGRPRIV_DEPRECATED_TAG_
/* @end cleanup */

/* @shared epilogue: msgrpriv.h's own; scripts/generate_header.py copies it into every header */
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
#endif /* MSGRPRIV_H */
