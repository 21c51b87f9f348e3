/*
 * msgrpriv.h - the Service Enumerations of Msgrpriv.h (Windows Messenger 4.5),
 * kept as an annotated, C-compatible reference header.
 *
 * The meanings, summaries and deprecation notices are quoted word for word
 * from Microsoft's pages (see each type); each type is declared under the name
 * its page's title gives it. Quoted text: (c) Microsoft, CC BY 4.0.
 *
 * The parts between "@generated" and "@end" lines are written by
 * scripts/generate_header.py from data/msgrpriv.toml: edit that file and run
 * the script, not those parts.
 *
 * SPDX-License-Identifier: MIT AND CC-BY-4.0
 */

/**
 * @file msgrpriv.h
 * @brief The Service Enumerations of Windows Messenger 4.5, and C helpers that
 *        name, describe and parse their constants.
 *
 * Compiles warning-free as C89 through C2x and as C++98 through C++2b, and
 * includes no other header.
 */
#ifndef MSGRPRIV_H
#define MSGRPRIV_H
/* A C header: in a C++ build that includes it, its macros, typedefs, plain enums,
 * static functions and casts are its design, not C++ style defects (clang-tidy). */
/* NOLINTBEGIN(cppcoreguidelines-macro-usage,modernize-use-using,modernize-macro-to-enum,cppcoreguidelines-macro-to-enum,performance-enum-size,misc-use-anonymous-namespace,cppcoreguidelines-pro-type-cstyle-cast,google-readability-casting,readability-redundant-casting) */

/** @brief Major version of this package. */
#define MSGRPRIV_VERSION_MAJOR 2
/** @brief Minor version of this package. */
#define MSGRPRIV_VERSION_MINOR 0
/** @brief Patch version of this package. */
#define MSGRPRIV_VERSION_PATCH 0

#if defined(MSGRPRIV_DOXYGEN)
/**
 * @brief Define before including msgrpriv.h to silence the deprecation
 *        diagnostic on every type and constant of this header.
 *
 * Without it, code that names a type or a constant draws one diagnostic whose
 * text begins "Do not use". Merely including the header, or calling the
 * helpers with a value, draws none.
 */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS
#endif

/* The deprecation diagnostic of each type and its constants: "Do not use.",
 * then the banner sentence of the type's source page, naming the type itself
 * where every page names LockStatus (see the errata). Each use names its
 * type's own macro, which needs no argument: a macro that took the type, or
 * adjacent string literals, would cost every includer in 59 places. */
/* @generated deprecation: from data/msgrpriv.toml by scripts/generate_header.py */
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
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_STATE_
#define MSGRPRIV_DEPRECATED_SESSION_STATE_
#define MSGRPRIV_DEPRECATED_TYPE_LockError_
#define MSGRPRIV_DEPRECATED_LockError_
#define MSGRPRIV_DEPRECATED_TYPE_LockStatus_
#define MSGRPRIV_DEPRECATED_LockStatus_
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_FLAGS_
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_RESULT_
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_
#elif defined(_MSC_VER) && defined(__cplusplus)
/* MSVC, and clang-cl (which also defines __clang__): __declspec before a typedef, and
 * [[deprecated]] after an enumerator in C++ only. */
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_STATE_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_SESSION_STATE_))
#define MSGRPRIV_DEPRECATED_SESSION_STATE_ \
  [[deprecated(MSGRPRIV_DEPRECATION_SESSION_STATE_)]]
#define MSGRPRIV_DEPRECATED_TYPE_LockError_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_LockError_))
#define MSGRPRIV_DEPRECATED_LockError_ \
  [[deprecated(MSGRPRIV_DEPRECATION_LockError_)]]
#define MSGRPRIV_DEPRECATED_TYPE_LockStatus_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_LockStatus_))
#define MSGRPRIV_DEPRECATED_LockStatus_ \
  [[deprecated(MSGRPRIV_DEPRECATION_LockStatus_)]]
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_FLAGS_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_SESSION_FLAGS_))
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_ \
  [[deprecated(MSGRPRIV_DEPRECATION_SESSION_FLAGS_)]]
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_RESULT_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_SESSION_RESULT_))
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_ \
  [[deprecated(MSGRPRIV_DEPRECATION_SESSION_RESULT_)]]
#elif defined(_MSC_VER)
/* MSVC's C has no way to deprecate an enumerator. */
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_STATE_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_SESSION_STATE_))
#define MSGRPRIV_DEPRECATED_SESSION_STATE_
#define MSGRPRIV_DEPRECATED_TYPE_LockError_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_LockError_))
#define MSGRPRIV_DEPRECATED_LockError_
#define MSGRPRIV_DEPRECATED_TYPE_LockStatus_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_LockStatus_))
#define MSGRPRIV_DEPRECATED_LockStatus_
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_FLAGS_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_SESSION_FLAGS_))
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_RESULT_ \
  __declspec(deprecated(MSGRPRIV_DEPRECATION_SESSION_RESULT_))
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_
#else
/* GCC and Clang: their attribute in both places, in every C and C++ mode. */
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_STATE_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_SESSION_STATE_)))
#define MSGRPRIV_DEPRECATED_SESSION_STATE_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_SESSION_STATE_)))
#define MSGRPRIV_DEPRECATED_TYPE_LockError_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_LockError_)))
#define MSGRPRIV_DEPRECATED_LockError_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_LockError_)))
#define MSGRPRIV_DEPRECATED_TYPE_LockStatus_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_LockStatus_)))
#define MSGRPRIV_DEPRECATED_LockStatus_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_LockStatus_)))
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_FLAGS_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_SESSION_FLAGS_)))
#define MSGRPRIV_DEPRECATED_SESSION_FLAGS_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_SESSION_FLAGS_)))
#define MSGRPRIV_DEPRECATED_TYPE_SESSION_RESULT_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_SESSION_RESULT_)))
#define MSGRPRIV_DEPRECATED_SESSION_RESULT_ \
  __attribute__((deprecated(MSGRPRIV_DEPRECATION_SESSION_RESULT_)))
#endif
/* @end deprecation */

/* The header's own code draws no warning in a user's build, whatever the
 * user's warning flags: only the user's own uses of its names do. */
#if defined(__clang__)
#pragma clang diagnostic push
/* The helpers take the deprecated types. */
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
/* An HRESULT-style value is written (int)0x81000601, as the Windows SDK does. */
#pragma clang diagnostic ignored "-Wold-style-cast"
/* A table's text is one string; C89 promises only 509 characters. */
#pragma clang diagnostic ignored "-Woverlength-strings"
/* The @deprecated texts stay when MSGRPRIV_NO_DEPRECATION_WARNINGS drops the
 * attributes. */
#pragma clang diagnostic ignored "-Wdocumentation-deprecated-sync"
#if defined(__cplusplus)
/* nullptr and constexpr are chosen by the language version they need. */
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
#if defined(__cplusplus)
#pragma GCC diagnostic ignored "-Wold-style-cast"
#endif
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif

/* ---------------------------------------------------------------------------
 * The enumerations
 * ------------------------------------------------------------------------- */

/* @generated enumerations: from data/msgrpriv.toml by scripts/generate_header.py */
/**
 * @brief Provides the list of possible state codes of the session invitation.
 *
 * @deprecated Do not use.
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
typedef MSGRPRIV_DEPRECATED_TYPE_SESSION_STATE_ enum tagSESSION_STATE {
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
 * @deprecated Do not use.
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
typedef MSGRPRIV_DEPRECATED_TYPE_LockError_ enum tagLockError {
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
 * @deprecated Do not use. **LockStatus** is no longer available for use as of Windows Vista. See
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
typedef MSGRPRIV_DEPRECATED_TYPE_LockStatus_ enum tagLockStatus {
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
 * @deprecated Do not use.
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
typedef MSGRPRIV_DEPRECATED_TYPE_SESSION_FLAGS_ enum tagSESSION_FLAGS {
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
 * @deprecated Do not use.
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
typedef MSGRPRIV_DEPRECATED_TYPE_SESSION_RESULT_ enum tagSESSION_RESULT {
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

/* @generated registry: from data/msgrpriv.toml by scripts/generate_header.py */
/**
 * @brief Every enumeration of this header, in its order, as `X(TYPE, Prefix)`: `TYPE` is the C
 *        type and `Prefix` names its C helpers (`MsgrPrefixName`, `MsgrPrefixDescription`,
 *        `MsgrPrefixFromName`). msgrpriv.hpp builds on it; so can you.
 */
#define MSGRPRIV_ENUMERATIONS(X) \
  X(SESSION_STATE, SessionState) \
  X(LockError, LockError) \
  X(LockStatus, LockStatus) \
  X(SESSION_FLAGS, SessionFlags) \
  X(SESSION_RESULT, SessionResult)
/* @end registry */

/* ---------------------------------------------------------------------------
 * The C helpers: three per enumeration, and the tables they read
 * ------------------------------------------------------------------------- */

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

/* C++17: one definition of each table and finder in the program (inline), read
 * in constant expressions, so that msgrpriv.hpp's templates share them. */
#if defined(__cplusplus) && \
    (__cplusplus >= 201703L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201703L))
#define MSGRPRIV_TABLE_ inline constexpr
#define MSGRPRIV_FINDER_ inline constexpr
#else
#define MSGRPRIV_TABLE_ static const
#define MSGRPRIV_FINDER_ MSGRPRIV_INLINE_
#endif

#ifdef __cplusplus
extern "C" {
#endif
#if defined(__cplusplus) && \
    (__cplusplus >= 201103L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201103L))
#define MSGRPRIV_NULL_ nullptr
#elif defined(__cplusplus) && defined(__GNUC__)
#define MSGRPRIV_NULL_ __null
#else
#define MSGRPRIV_NULL_ 0
#endif

#if !defined(MSGRPRIV_DOXYGEN)
/* One enumeration's constants, ascending by value: their values, and their
 * names and meanings, each text ended by a NUL, one after another, with where
 * each starts (and, last, where the last one ends). */
typedef struct msgrpriv_table_ {
  const long *values;
  const char *names;
  const unsigned short *name_starts;
  const char *meanings;
  const unsigned short *meaning_starts;
  unsigned long count;
} msgrpriv_table_;

/* The position of value in table, or -1: a bounds check and a load when the
 * values from the first on are dense, else a binary search. */
MSGRPRIV_FINDER_ long msgrpriv_index_(const msgrpriv_table_ *table, long value) {
  const long *values = table->values;
  unsigned long low = 0;
  unsigned long high = table->count;
  const unsigned long offset = (unsigned long)value - (unsigned long)values[0];
  if (offset < high && values[offset] == value) {
    return (long)offset;
  }
  while (low < high) {
    const unsigned long middle = low + ((high - low) / 2);
    if (values[middle] == value) {
      return (long)middle;
    }
    if (values[middle] < value) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return -1;
}

MSGRPRIV_FINDER_ const char *msgrpriv_name_(const msgrpriv_table_ *table, long value) {
  const long at = msgrpriv_index_(table, value);
  return at < 0 ? MSGRPRIV_NULL_ : table->names + table->name_starts[at];
}

MSGRPRIV_FINDER_ const char *msgrpriv_meaning_(const msgrpriv_table_ *table, long value) {
  const long at = msgrpriv_index_(table, value);
  return at < 0 ? MSGRPRIV_NULL_ : table->meanings + table->meaning_starts[at];
}

/* The position of the name that is exactly the length bytes at text, or -1: a
 * name of another length is skipped unread, and names sharing a prefix are
 * compared from their ends, where they differ. */
MSGRPRIV_FINDER_ long msgrpriv_index_of_name_n_(const msgrpriv_table_ *table, const char *text,
                                                 unsigned long length) {
  unsigned long row = 0;
  if (text == MSGRPRIV_NULL_ || length == 0) {
    return -1;
  }
  for (row = 0; row < table->count; ++row) {
    const unsigned long start = table->name_starts[row];
    const char *name = table->names + start;
    unsigned long at = length;
    if (table->name_starts[row + 1] - start != length + 1) {
      continue;
    }
    while (at > 0 && name[at - 1] == text[at - 1]) {
      --at;
    }
    if (at == 0) {
      return (long)row;
    }
  }
  return -1;
}

/* The length of text, counted up to 64 bytes: every name is shorter, and text
 * need not be terminated within them. */
MSGRPRIV_FINDER_ unsigned long msgrpriv_name_length_(const char *text) {
  unsigned long length = 0;
  while (text != MSGRPRIV_NULL_ && length < 64 && text[length] != '\0') {
    ++length;
  }
  return length;
}

MSGRPRIV_FINDER_ long msgrpriv_index_of_name_(const msgrpriv_table_ *table, const char *text) {
  return msgrpriv_index_of_name_n_(table, text, msgrpriv_name_length_(text));
}
#endif /* !MSGRPRIV_DOXYGEN */

/* @generated helpers: from data/msgrpriv.toml by scripts/generate_header.py */
/* SESSION_STATE */
MSGRPRIV_TABLE_ long msgrpriv_values_SessionState_[] = {
    0, 1, 2, 3, 4, 5, 6, 7
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_name_starts_SessionState_[] = {
    0, 11, 20, 34, 46, 59, 72, 84, 98
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_meaning_starts_SessionState_[] = {
    0, 18, 40, 70, 95, 121, 149, 183, 199
};
MSGRPRIV_TABLE_ msgrpriv_table_ msgrpriv_table_SessionState_ = {
    msgrpriv_values_SessionState_,
    "SS_UNKNOWN\0"
    "SS_READY\0"
    "SS_INVITATION\0"
    "SS_ACCEPTED\0"
    "SS_CONNECTED\0"
    "SS_CANCELLED\0"
    "SS_DECLINED\0"
    "SS_TERMINATED",
    msgrpriv_name_starts_SessionState_,
    "Unknown response.\0"
    "The session is ready.\0"
    "The session is an invitation.\0"
    "The session is accepted.\0"
    "The session is not ready.\0"
    "The local session canceled.\0"
    "The session is remotely canceled.\0"
    "Protocol error.",
    msgrpriv_meaning_starts_SessionState_, 8};

/**
 * @brief The name of a #SESSION_STATE constant, such as `"SS_UNKNOWN"`.
 * @param value A #SESSION_STATE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionStateName(SESSION_STATE value) {
  return msgrpriv_name_(&msgrpriv_table_SessionState_, (long)value);
}

/**
 * @brief The documented meaning of a #SESSION_STATE constant, verbatim from its source page.
 * @param value A #SESSION_STATE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionStateDescription(SESSION_STATE value) {
  return msgrpriv_meaning_(&msgrpriv_table_SessionState_, (long)value);
}

/**
 * @brief Finds the #SESSION_STATE constant named exactly @p text (case-sensitive), such as
 *        `"SS_UNKNOWN"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also
 *         when either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionStateFromName(const char *text, SESSION_STATE *out) {
  const long at = msgrpriv_index_of_name_(&msgrpriv_table_SessionState_, text);
  if (at < 0 || out == MSGRPRIV_NULL_) {
    return 0;
  }
  *out = (SESSION_STATE)msgrpriv_values_SessionState_[at];
  return 1;
}

/* LockError */
MSGRPRIV_TABLE_ long msgrpriv_values_LockError_[] = {
    (int)0x81000751, (int)0x81000752, (int)0x81000753, (int)0x81000754, (int)0x81000755,
    (int)0x81000756
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_name_starts_LockError_[] = {
    0, 26, 44, 69, 97, 123, 143
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_meaning_starts_LockError_[] = {
    0, 39, 76, 142, 189, 303, 342
};
MSGRPRIV_TABLE_ msgrpriv_table_ msgrpriv_table_LockError_ = {
    msgrpriv_values_LockError_,
    "MSGR_E_API_NOTINITIALIZED\0"
    "MSGR_E_API_LOCKED\0"
    "MSGR_E_API_UNLOCK_FAILED\0"
    "MSGR_E_API_ALREADY_UNLOCKED\0"
    "MSGR_E_API_PENDING_UNLOCK\0"
    "MSGR_E_API_DISABLED",
    msgrpriv_name_starts_LockError_,
    "The restricted API is not initialized.\0"
    "The Messenger service API is locked.\0"
    "The attempt to unlock the Messenger service API was unsuccessful.\0"
    "The Messenger service API is already unlocked.\0"
    "A challenge request has been made by the application and the Messenger client application "
    "is awaiting a response.\0"
    "The Messenger service API is disabled.",
    msgrpriv_meaning_starts_LockError_, 6};

/**
 * @brief The name of a #LockError constant, such as `"MSGR_E_API_NOTINITIALIZED"`.
 * @param value A #LockError value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockErrorName(LockError value) {
  return msgrpriv_name_(&msgrpriv_table_LockError_, (long)value);
}

/**
 * @brief The documented meaning of a #LockError constant, verbatim from its source page.
 * @param value A #LockError value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockErrorDescription(LockError value) {
  return msgrpriv_meaning_(&msgrpriv_table_LockError_, (long)value);
}

/**
 * @brief Finds the #LockError constant named exactly @p text (case-sensitive), such as
 *        `"MSGR_E_API_NOTINITIALIZED"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also
 *         when either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrLockErrorFromName(const char *text, LockError *out) {
  const long at = msgrpriv_index_of_name_(&msgrpriv_table_LockError_, text);
  if (at < 0 || out == MSGRPRIV_NULL_) {
    return 0;
  }
  *out = (LockError)msgrpriv_values_LockError_[at];
  return 1;
}

/* LockStatus */
MSGRPRIV_TABLE_ long msgrpriv_values_LockStatus_[] = {
    0x00000001, 0x00000002, 0x00000003, 0x00000004, 0x00000005, 0x00000006
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_name_starts_LockStatus_[] = {
    0, 20, 37, 56, 70, 88, 102
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_meaning_starts_LockStatus_[] = {
    0, 64, 101, 283, 322, 404, 461
};
MSGRPRIV_TABLE_ msgrpriv_table_ msgrpriv_table_LockStatus_ = {
    msgrpriv_values_LockStatus_,
    "LOCK_NOTINITIALIZED\0"
    "LOCK_INITIALIZED\0"
    "LOCK_PENDINGRESULT\0"
    "LOCK_UNLOCKED\0"
    "LOCK_UNLOCKFAILED\0"
    "LOCK_DISABLED",
    msgrpriv_name_starts_LockStatus_,
    "The Messenger client Lock and Key mechanism is not initialized.\0"
    "The Messenger service API is locked.\0"
    "The application has successfully initiated a challenge request to the Messenger client and "
    "the Messenger client is awaiting the application response to its authentication challenge.\0"
    "The Messenger service API is unlocked.\0"
    "The application response to the Messenger client authentication challenge failed.\0"
    "The Messenger client Lock and Key mechanism is disabled.",
    msgrpriv_meaning_starts_LockStatus_, 6};

/**
 * @brief The name of a #LockStatus constant, such as `"LOCK_NOTINITIALIZED"`.
 * @param value A #LockStatus value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockStatusName(LockStatus value) {
  return msgrpriv_name_(&msgrpriv_table_LockStatus_, (long)value);
}

/**
 * @brief The documented meaning of a #LockStatus constant, verbatim from its source page.
 * @param value A #LockStatus value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrLockStatusDescription(LockStatus value) {
  return msgrpriv_meaning_(&msgrpriv_table_LockStatus_, (long)value);
}

/**
 * @brief Finds the #LockStatus constant named exactly @p text (case-sensitive), such as
 *        `"LOCK_NOTINITIALIZED"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also
 *         when either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrLockStatusFromName(const char *text, LockStatus *out) {
  const long at = msgrpriv_index_of_name_(&msgrpriv_table_LockStatus_, text);
  if (at < 0 || out == MSGRPRIV_NULL_) {
    return 0;
  }
  *out = (LockStatus)msgrpriv_values_LockStatus_[at];
  return 1;
}

/* SESSION_FLAGS */
MSGRPRIV_TABLE_ long msgrpriv_values_SessionFlags_[] = {
    0x0000, 0x0001, 0x0002, 0x0004
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_name_starts_SessionFlags_[] = {
    0, 8, 19, 30, 55
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_meaning_starts_SessionFlags_[] = {
    0, 15, 71, 129, 181
};
MSGRPRIV_TABLE_ msgrpriv_table_ msgrpriv_table_SessionFlags_ = {
    msgrpriv_values_SessionFlags_,
    "SF_NONE\0"
    "SF_INVITER\0"
    "SF_INVITEE\0"
    "SF_APP_INVITE_COMPATIBLE",
    msgrpriv_name_starts_SessionFlags_,
    "No such value.\0"
    "The party that holds the session object is the inviter.\0"
    "The party that holds the session object is the recipient.\0"
    "The application shared between users is compatible.",
    msgrpriv_meaning_starts_SessionFlags_, 4};

/**
 * @brief The name of a #SESSION_FLAGS constant, such as `"SF_NONE"`.
 * @param value A #SESSION_FLAGS value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionFlagsName(SESSION_FLAGS value) {
  return msgrpriv_name_(&msgrpriv_table_SessionFlags_, (long)value);
}

/**
 * @brief The documented meaning of a #SESSION_FLAGS constant, verbatim from its source page.
 * @param value A #SESSION_FLAGS value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionFlagsDescription(SESSION_FLAGS value) {
  return msgrpriv_meaning_(&msgrpriv_table_SessionFlags_, (long)value);
}

/**
 * @brief Finds the #SESSION_FLAGS constant named exactly @p text (case-sensitive), such as
 *        `"SF_NONE"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also
 *         when either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionFlagsFromName(const char *text, SESSION_FLAGS *out) {
  const long at = msgrpriv_index_of_name_(&msgrpriv_table_SessionFlags_, text);
  if (at < 0 || out == MSGRPRIV_NULL_) {
    return 0;
  }
  *out = (SESSION_FLAGS)msgrpriv_values_SessionFlags_[at];
  return 1;
}

/* SESSION_RESULT */
MSGRPRIV_TABLE_ long msgrpriv_values_SessionResult_[] = {
    (int)0x81000601, (int)0x81000602, (int)0x81000603, (int)0x81000604, (int)0x81000605,
    (int)0x81000606, (int)0x81000607, (int)0x81000608, (int)0x81000609, (int)0x8100060a,
    (int)0x8100060b, (int)0x8100060c, (int)0x8100060d, (int)0x8100060e, (int)0x8100060f,
    (int)0x81000610, (int)0x81000611, (int)0x81000612, (int)0x81000613, (int)0x81000614,
    (int)0x81000615, (int)0x81000616, (int)0x81000617, (int)0x81000618, (int)0x81000619,
    (int)0x81000620, (int)0x81000621, (int)0x81000622, (int)0x81000623, (int)0x81000624
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_name_starts_SessionResult_[] = {
    0, 29, 52, 74, 99, 120, 147, 175, 201, 220, 245, 260, 275, 301, 323, 351, 372, 399, 418, 434,
    459, 486, 509, 533, 556, 585, 611, 632, 660, 686, 703
};
MSGRPRIV_TABLE_ unsigned short msgrpriv_meaning_starts_SessionResult_[] = {
    0, 33, 79, 99, 126, 152, 180, 214, 230, 253, 306, 340, 374, 413, 448, 504, 554, 600, 617, 643,
    673, 687, 718, 749, 780, 810, 852, 892, 939, 980, 1010
};
MSGRPRIV_TABLE_ msgrpriv_table_ msgrpriv_table_SessionResult_ = {
    msgrpriv_values_SessionResult_,
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
    "SR_OLD_SIP_STACK",
    msgrpriv_name_starts_SessionResult_,
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
    "The SIP stack is out of date.",
    msgrpriv_meaning_starts_SessionResult_, 30};

/**
 * @brief The name of a #SESSION_RESULT constant, such as `"SR_APPLICATION_LAUNCH_FAILED"`.
 * @param value A #SESSION_RESULT value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionResultName(SESSION_RESULT value) {
  return msgrpriv_name_(&msgrpriv_table_SessionResult_, (long)value);
}

/**
 * @brief The documented meaning of a #SESSION_RESULT constant, verbatim from its source page.
 * @param value A #SESSION_RESULT value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrSessionResultDescription(SESSION_RESULT value) {
  return msgrpriv_meaning_(&msgrpriv_table_SessionResult_, (long)value);
}

/**
 * @brief Finds the #SESSION_RESULT constant named exactly @p text (case-sensitive), such as
 *        `"SR_APPLICATION_LAUNCH_FAILED"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also
 *         when either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrSessionResultFromName(const char *text, SESSION_RESULT *out) {
  const long at = msgrpriv_index_of_name_(&msgrpriv_table_SessionResult_, text);
  if (at < 0 || out == MSGRPRIV_NULL_) {
    return 0;
  }
  *out = (SESSION_RESULT)msgrpriv_values_SessionResult_[at];
  return 1;
}
/* @end helpers */

/* The internal macros (a trailing underscore) end here: the user's code keeps
 * only the public names. */
#undef MSGRPRIV_DEPRECATED_TYPE_
#undef MSGRPRIV_DEPRECATED_
#undef MSGRPRIV_DEPRECATION_TEXT_
#undef MSGRPRIV_INLINE_
#undef MSGRPRIV_TABLE_
#undef MSGRPRIV_FINDER_
#undef MSGRPRIV_NULL_

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

/* NOLINTEND(cppcoreguidelines-macro-usage,modernize-use-using,modernize-macro-to-enum,cppcoreguidelines-macro-to-enum,performance-enum-size,misc-use-anonymous-namespace,cppcoreguidelines-pro-type-cstyle-cast,google-readability-casting,readability-redundant-casting) */
#endif /* MSGRPRIV_H */
