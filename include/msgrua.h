/*
 * msgrua.h - the Client Enumerations of Windows Messenger's Msgrua.h that
 * have constants, MSGRConstants among them, kept as an annotated,
 * C-compatible reference header named as Microsoft's Msgrua.h.
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
 * @file msgrua.h
 * @brief The Client Enumerations of Msgrua.h (Windows Messenger) that have
 *        constants, MSGRConstants among them, and C helpers that name,
 *        describe and parse their constants.
 *
 * Compiles warning-free as C89 through C2x and as C++98 through C++2b, alone
 * or with msgrpriv.h and the other headers in any order, and includes no other
 * header. msgrpriv.hpp is its C++ API.
 */
#ifndef MSGRPRIV_MSGRUA_H
#define MSGRPRIV_MSGRUA_H

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
#define MSGRPRIV_DEPRECATION_MCONTACTPROPERTY_ \
  "Do not use. MCONTACTPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MISTATUS_ \
  "Do not use. MISTATUS is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MMESSENGERPROPERTY_ \
  "Do not use. MMESSENGERPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MOPTIONPAGE_ \
  "Do not use. MOPTIONPAGE is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MPHONE_TYPE_ \
  "Do not use. MPHONE_TYPE is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MSERVICEPROPERTY_ \
  "Do not use. MSERVICEPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MSGRConstants_ \
  "Do not use. MSGRConstants is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MUAFOLDER_ \
  "Do not use. MUAFOLDER is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MUASORT_ \
  "Do not use. MUASORT is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#define MSGRPRIV_DEPRECATION_MWINDOWPROPERTY_ \
  "Do not use. MWINDOWPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information."
#if defined(MSGRPRIV_NO_DEPRECATION_WARNINGS) || defined(MSGRPRIV_DOXYGEN) || \
    !(defined(_MSC_VER) || defined(__GNUC__) || defined(__clang__))
#define MSGRPRIV_DEPRECATED_TYPE_(T)
#define MSGRPRIV_DEPRECATED_TAG_(T)
#define MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_
#define MSGRPRIV_DEPRECATED_MISTATUS_
#define MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_
#define MSGRPRIV_DEPRECATED_MOPTIONPAGE_
#define MSGRPRIV_DEPRECATED_MPHONE_TYPE_
#define MSGRPRIV_DEPRECATED_MSERVICEPROPERTY_
#define MSGRPRIV_DEPRECATED_MSGRConstants_
#define MSGRPRIV_DEPRECATED_MUAFOLDER_
#define MSGRPRIV_DEPRECATED_MUASORT_
#define MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_
#elif defined(__clang__)
/* Clang, clang-cl too: its attribute on the typedef name and on the tag, whose constants
 * inherit it (one diagnostic each, naming the constant, with the tag's text). */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_TAG_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_
#define MSGRPRIV_DEPRECATED_MISTATUS_
#define MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_
#define MSGRPRIV_DEPRECATED_MOPTIONPAGE_
#define MSGRPRIV_DEPRECATED_MPHONE_TYPE_
#define MSGRPRIV_DEPRECATED_MSERVICEPROPERTY_
#define MSGRPRIV_DEPRECATED_MSGRConstants_
#define MSGRPRIV_DEPRECATED_MUAFOLDER_
#define MSGRPRIV_DEPRECATED_MUASORT_
#define MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_
#elif defined(__GNUC__)
/* GCC: its attribute on the typedef name, the tag and each constant. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_TAG_(T) __attribute__((deprecated(MSGRPRIV_DEPRECATION_##T##_)))
#define MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_ \
  __attribute__((deprecated("Do not use. MCONTACTPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MISTATUS_ \
  __attribute__((deprecated("Do not use. MISTATUS is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_ \
  __attribute__((deprecated("Do not use. MMESSENGERPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MOPTIONPAGE_ \
  __attribute__((deprecated("Do not use. MOPTIONPAGE is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MPHONE_TYPE_ \
  __attribute__((deprecated("Do not use. MPHONE_TYPE is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MSERVICEPROPERTY_ \
  __attribute__((deprecated("Do not use. MSERVICEPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MSGRConstants_ \
  __attribute__((deprecated("Do not use. MSGRConstants is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MUAFOLDER_ \
  __attribute__((deprecated("Do not use. MUAFOLDER is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MUASORT_ \
  __attribute__((deprecated("Do not use. MUASORT is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#define MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_ \
  __attribute__((deprecated("Do not use. MWINDOWPROPERTY is no longer available for use as of Windows Vista. See Windows Messenger for more information.")))
#elif defined(__cplusplus)
/* MSVC's C++: __declspec before the typedef, [[deprecated]] on the tag and each constant. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __declspec(deprecated(MSGRPRIV_DEPRECATION_##T##_))
#define MSGRPRIV_DEPRECATED_TAG_(T) [[deprecated(MSGRPRIV_DEPRECATION_##T##_)]]
#define MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MCONTACTPROPERTY_)]]
#define MSGRPRIV_DEPRECATED_MISTATUS_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MISTATUS_)]]
#define MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MMESSENGERPROPERTY_)]]
#define MSGRPRIV_DEPRECATED_MOPTIONPAGE_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MOPTIONPAGE_)]]
#define MSGRPRIV_DEPRECATED_MPHONE_TYPE_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MPHONE_TYPE_)]]
#define MSGRPRIV_DEPRECATED_MSERVICEPROPERTY_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MSERVICEPROPERTY_)]]
#define MSGRPRIV_DEPRECATED_MSGRConstants_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MSGRConstants_)]]
#define MSGRPRIV_DEPRECATED_MUAFOLDER_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MUAFOLDER_)]]
#define MSGRPRIV_DEPRECATED_MUASORT_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MUASORT_)]]
#define MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_ \
  [[deprecated(MSGRPRIV_DEPRECATION_MWINDOWPROPERTY_)]]
#else
/* MSVC's C deprecates the typedef name only: neither a tag nor an enumerator takes
 * __declspec(deprecated) there, and it has no [[deprecated]]. */
#define MSGRPRIV_DEPRECATED_TYPE_(T) __declspec(deprecated(MSGRPRIV_DEPRECATION_##T##_))
#define MSGRPRIV_DEPRECATED_TAG_(T)
#define MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_
#define MSGRPRIV_DEPRECATED_MISTATUS_
#define MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_
#define MSGRPRIV_DEPRECATED_MOPTIONPAGE_
#define MSGRPRIV_DEPRECATED_MPHONE_TYPE_
#define MSGRPRIV_DEPRECATED_MSERVICEPROPERTY_
#define MSGRPRIV_DEPRECATED_MSGRConstants_
#define MSGRPRIV_DEPRECATED_MUAFOLDER_
#define MSGRPRIV_DEPRECATED_MUASORT_
#define MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_
#endif
/* @end deprecation */

/* @generated enumerations: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Used to ask for the property that indicates which groups a user belongs to, or the
 *        contact's e-mail address.
 *
 * @deprecated Do not use. MCONTACTPROPERTY is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **MCONTACTPROPERTY** is no longer available for
 * use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no value for MCONTACTPROP_GROUPS_PROPERTY (0): C gives it the value
 * after the constant before it (the first, 0).
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MCONTACTPROPERTY enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-mcontactproperty)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MCONTACTPROPERTY) enum MSGRPRIV_DEPRECATED_TAG_(MCONTACTPROPERTY) tagMCONTACTPROPERTY MSGRPRIV_INT_ {
  MCONTACTPROP_INVALID_PROPERTY MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_ = -1, /**<
      Not a valid property. */
  MCONTACTPROP_GROUPS_PROPERTY  MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_ = 0,  /**<
      Used to ask for the property that indicates which groups a user belongs to. */
  MCONTACTPROP_EMAIL            MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_ = 1   /**<
      Used to ask for the property that indicates the contact's e-mail address. */
} MCONTACTPROPERTY;

/**
 * @brief Specifies local or remote client state. The user can select these options from the
 *        **File** menu of the **Messenger** window or by clicking the **Messenger** icon in the
 *        taskbar. The current state of the local user is detected on the local client. The current
 *        state of the remote clients is detected through the server automatically. Not all states
 *        are valid for remote clients.
 *
 * @deprecated Do not use. MISTATUS is no longer available for use as of Windows Vista. See Windows
 * Messenger for more information.
 * @deprecated The source page's words: Do not use. **MISTATUS** is no longer available for use as
 * of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MISTATUS enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-mistatus)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MISTATUS) enum MSGRPRIV_DEPRECATED_TAG_(MISTATUS) tagMISTATUS MSGRPRIV_INT_ {
  MISTATUS_UNKNOWN                         MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0000, /**<
      The state of the local or remote client is unknown. */
  MISTATUS_OFFLINE                         MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0001, /**<
      The local or remote client is not connected to a server. */
  MISTATUS_ONLINE                          MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0002, /**<
      The local or remote client is connected to a server. */
  MISTATUS_INVISIBLE                       MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0006, /**<
      The local or remote client is connected to a server, but invisible to other users. */
  MISTATUS_BUSY                            MSGRPRIV_DEPRECATED_MISTATUS_ = 0x000A, /**<
      The local or remote client is connected to a server and in a user-selected busy state. */
  MISTATUS_BE_RIGHT_BACK                   MSGRPRIV_DEPRECATED_MISTATUS_ = 0x000E, /**<
      The local or remote client user is away from the computer for a short time. This is a
      user-selected state. */
  MISTATUS_IDLE                            MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0012, /**<
      The local or remote client has not detected mouse or keyboard input on the computer for a
      determined time. The user is most likely away from the computer. The user can select whether
      to transmit idle state and idle time threshold. */
  MISTATUS_AWAY                            MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0022, /**<
      The local or remote client user is away from the computer. This is a user-selected state. */
  MISTATUS_ON_THE_PHONE                    MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0032, /**<
      The local or remote client user is on the phone. This is a user-selected state. */
  MISTATUS_OUT_TO_LUNCH                    MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0042, /**<
      The local or remote client user is at lunch. This is a user-selected state. */
  MISTATUS_LOCAL_FINDING_SERVER            MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0100, /**<
      The local client is attempting to find the server. */
  MISTATUS_LOCAL_CONNECTING_TO_SERVER      MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0200, /**<
      The local client is connecting to the server. */
  MISTATUS_LOCAL_SYNCHRONIZING_WITH_SERVER MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0300, /**<
      The local client is synchronizing with the server. */
  MISTATUS_LOCAL_DISCONNECTING_FROM_SERVER MSGRPRIV_DEPRECATED_MISTATUS_ = 0x0400  /**<
      The local client is disconnecting from the server. */
} MISTATUS;

/**
 * @brief Used to retrieve the Messenger client version and client locale ID (LCID).
 *
 * @deprecated Do not use. MMESSENGERPROPERTY is no longer available for use as of Windows Vista.
 * See Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **MMESSENGERPROPERTY** is no longer available
 * for use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no value for MMESSENGERPROP_VERSION (0): C gives it the value after the
 * constant before it (the first, 0).
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MMESSENGERPROPERTY enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-mmessengerproperty)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MMESSENGERPROPERTY) enum MSGRPRIV_DEPRECATED_TAG_(MMESSENGERPROPERTY) tagMMESSENGERPROPERTY MSGRPRIV_INT_ {
  MMESSENGERPROP_VERSION MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_ = 0, /**<
      Used to retrieve the Messenger client version. */
  MMESSENGERPROP_PLCID   MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_ = 1  /**<
      Used to retrieve the LCID of the Messenger client. */
} MMESSENGERPROPERTY;

/**
 * @brief Specifies which page of the Messenger client **Options** dialog box to display to the user
 *        through the user interface (UI) and several related tracking constants.
 *
 * @deprecated Do not use. MOPTIONPAGE is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **MOPTIONPAGE** is no longer available for use
 * as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no value for MOPT_GENERAL_PAGE (0): C gives it the value after the
 * constant before it (the first, 0).
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MOPTIONPAGE enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-moptionpage)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MOPTIONPAGE) enum MSGRPRIV_DEPRECATED_TAG_(MOPTIONPAGE) tagMOPTIONPAGE MSGRPRIV_INT_ {
  MOPT_GENERAL_PAGE     MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 0, /**<
      Display the Personal tab of the Options dialog box (default). */
  MOPT_PRIVACY_PAGE     MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 1, /**<
      Display the Privacy tab of the Options dialog box. */
  MOPT_EXCHANGE_PAGE    MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 2, /**<
      Display the Accounts tab of the Options dialog box. This tab is not available in Windows
      Messenger version 4.5 or later. */
  MOPT_ACCOUNTS_PAGE    MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 3, /**<
      Display the Accounts tab of the Options dialog box. */
  MOPT_CONNECTION_PAGE  MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 4, /**<
      Display the Connection tab of the Options dialog box. */
  MOPT_PREFERENCES_PAGE MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 5, /**<
      Display the Preferences tab of the Options dialog box. */
  MOPT_SERVICES_PAGE    MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 6, /**< Reserved. */
  MOPT_PHONE_PAGE       MSGRPRIV_DEPRECATED_MOPTIONPAGE_ = 7  /**<
      Display the Phone tab of the Options dialog box. */
} MOPTIONPAGE;

/**
 * @brief Specifies which phone number of a given contact is used.
 *
 * @deprecated Do not use. MPHONE_TYPE is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **MPHONE\_TYPE** is no longer available for use
 * as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no value for MPHONE_TYPE_HOME (0): C gives it the value after the
 * constant before it (the first, 0).
 *
 * @par The source page's remarks
 * This constant is used as an index for APIs that get or set phone number information stored in the
 * properties of a contact or current client user.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MPHONE_TYPE enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-mphone-type)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MPHONE_TYPE) enum MSGRPRIV_DEPRECATED_TAG_(MPHONE_TYPE) tagMPHONE_TYPE MSGRPRIV_INT_ {
  MPHONE_TYPE_ALL    MSGRPRIV_DEPRECATED_MPHONE_TYPE_ = -1, /**< Valid with Phone method only. */
  MPHONE_TYPE_HOME   MSGRPRIV_DEPRECATED_MPHONE_TYPE_ = 0,  /**< Use home phone number. */
  MPHONE_TYPE_WORK   MSGRPRIV_DEPRECATED_MPHONE_TYPE_ = 1,  /**< Use work phone number. */
  MPHONE_TYPE_MOBILE MSGRPRIV_DEPRECATED_MPHONE_TYPE_ = 2,  /**< Use mobile phone number. */
  MPHONE_TYPE_CUSTOM MSGRPRIV_DEPRECATED_MPHONE_TYPE_ = 3   /**<
      Valid with Phone method only. Specifies that the contact information should be ignored and
      that the phone number specified in the method call should be used. */
} MPHONE_TYPE;

/**
 * @brief Used to ask for the property of a service.
 *
 * @deprecated Do not use. MSERVICEPROPERTY is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **MSERVICEPROPERTY** is no longer available for
 * use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MSERVICEPROPERTY enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-mserviceproperty)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MSERVICEPROPERTY) enum MSGRPRIV_DEPRECATED_TAG_(MSERVICEPROPERTY) tagMSERVICEPROPERTY MSGRPRIV_INT_ {
  MSERVICEPROP_INVALID_PROPERTY MSGRPRIV_DEPRECATED_MSERVICEPROPERTY_ = -1  /**<
      Not a valid property. */
} MSERVICEPROPERTY;

/* MSGRConstants, which msgrua.h declares in one part with mdisp.h: whichever header comes
 * first declares it, guarded as the SDK guards it (_MSGR_CONSTANTS_), and the other, or the SDK's own
 * header, then leaves it out. Its helpers follow the finders. */
#if !defined(_MSGR_CONSTANTS_)
#define _MSGR_CONSTANTS_
#define MSGRPRIV_DECLARES_MSGRConstants_ 1
/**
 * @brief Defined where msgrpriv declares #MSGRConstants, with its helpers (in msgrua.h or mdisp.h,
 *        whichever comes first); not where the Windows SDK's own header came first and declared it
 *        (_MSGR_CONSTANTS_): #MSGRPRIV_MSGRUA_ENUMERATIONS then leaves it out.
 */
#define MSGRPRIV_DECLARES_MSGRCONSTANTS 1
#ifndef MSGR_E
/**
 * @brief `MSGR_E(code)` as the pages write values: the HRESULT 0x81000300 + `code`, as the SDK's
 *        msgrua.h defines it, but an `int` (msgrpriv declares no `HRESULT`).
 *
 * Defined only where not already defined; the constants are written as numbers and never use it.
 * @param code The code, such as `0x0001`.
 */
#define MSGR_E(code) (-0x7EFFFD00 + (code))
#endif
#ifndef MSGR_S
/**
 * @brief `MSGR_S(code)` as the pages write values: the HRESULT 0x01000300 + `code`, as the SDK's
 *        msgrua.h defines it, but an `int` (msgrpriv declares no `HRESULT`).
 *
 * Defined only where not already defined; the constants are written as numbers and never use it.
 * @param code The code, such as `0x0001`.
 */
#define MSGR_S(code) (0x01000300 + (code))
#endif
/**
 * @brief The following are constants used for error and success returns of methods and properties
 *        of the Windows Messenger APIs.
 *
 * @deprecated Do not use. MSGRConstants is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **MSGRConstants** is no longer available for use
 * as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par The source page's remarks
 * Not all **HRESULT** values originate directly from Windows Messenger API calls. They can
 * originate from user action in the interface or through internal API calls.
 *
 * @par Mdisp.h's page
 * [MSGRConstants (Mdisp.h)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-msgrobject-msgrconstants)
 * lists 122 constants, in this order; the
 * [source page](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-msgrconstants)
 * lists 93 of them. Where its words differ, a constant gives them too. Its summary: The following
 * are constants used for error or success returns of methods and properties of the Windows
 * Messenger APIs.
 * Its note: The **MSGRConstants** enumerated type is available for use in Windows Messenger 4.7. It
 * might be altered or unavailable in subsequent versions of Windows Messenger. You should use
 * [**MSGRConstants**](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-msgrconstants)
 * instead.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MSGRConstants enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-msgrconstants)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MSGRConstants) enum MSGRPRIV_DEPRECATED_TAG_(MSGRConstants) tagMSGRConstants MSGRPRIV_INT_ {
  /* MSGR_E(0x0001) */ MSGR_E_CONNECT                            MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000301, /**<
      Error connecting to the server. */
  /* MSGR_E(0x0002) */ MSGR_E_INVALID_SERVER_NAME                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000302, /**<
      Name of the server that the client is trying to connect to is invalid. */
  /* MSGR_E(0x0003) */ MSGR_E_INVALID_PASSWORD                   MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000303, /**<
      Password specified for the user is invalid. */
  /* MSGR_E(0x0004) */ MSGR_E_ALREADY_LOGGED_ON                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000304, /**<
      Attempt to log on when the user is already signed in. */
  /* MSGR_E(0x0005) */ MSGR_E_SERVER_VERSION                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000305, /**<
      Version of the server that the client is trying to connect to is incompatible. */
  /* MSGR_E(0x0006) */ MSGR_E_LOGON_TIMEOUT                      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000306, /**<
      Attempt to sign in timed out. */
  /* MSGR_E(0x0007) */ MSGR_E_LIST_FULL                          MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000307, /**<
      Contact list is full or has reached the maximum limit. */
  /* MSGR_E(0x0008) */ MSGR_E_AI_REJECT                          MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000308, /**<
      For internal use only. This error code is never returned to the user.
      @par Mdisp.h's page words it
      Internal use only. This error code is never returned to a user. */
  /* MSGR_E(0x0009) */ MSGR_E_AI_REJECT_NOT_INST                 MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000309, /**<
      For internal use only. This error code is never returned to the user.
      @par Mdisp.h's page words it
      Internal use only. This error code is never returned to a user. */
  /* MSGR_E(0x000A) */ MSGR_E_USER_NOT_FOUND                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100030A, /**<
      Specified user is not found on the specified service. */
  /* MSGR_E(0x000B) */ MSGR_E_ALREADY_IN_LIST                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100030B, /**<
      Attempt to add a contact that is already in the contact list. */
  /* MSGR_E(0x000C) */ MSGR_E_DISCONNECTED                       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100030C, /**<
      Client is disconnected from the network. */
  /* MSGR_E(0x000D) */ MSGR_E_UNEXPECTED                         MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100030D, /**<
      Unexpected error occurred. */
  /* MSGR_E(0x000E) */ MSGR_E_SERVER_TOO_BUSY                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100030E, /**<
      Server is too busy to handle the specified request. */
  /* MSGR_E(0x000F) */ MSGR_E_INVALID_AUTH_PACKAGES              MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100030F, /**<
      Not supported. */
  /* MSGR_E(0x0010) */ MSGR_E_NEWER_CLIENT_AVAILABLE             MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000310, /**<
      Newer version of the client is available to download. */
  /* MSGR_E(0x0011) */ MSGR_E_AI_TIMEOUT                         MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000311, /**<
      Not supported. */
  /* MSGR_E(0x0012) */ MSGR_E_CANCEL                             MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000312, /**<
      User cancelled the operation in progress. */
  /* MSGR_E(0x0013) */ MSGR_E_TOO_MANY_MATCHES                   MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000313, /**<
      Not supported. */
  /* MSGR_E(0x0014) */ MSGR_E_SERVER_UNAVAILABLE                 MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000314, /**<
      Server is unavailable to handle the specified request. */
  /* MSGR_E(0x0015) */ MSGR_E_LOGON_UI_ACTIVE                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000315, /**<
      Sign in UI is active and expecting user's input.
      @par Mdisp.h's page words it
      Sign in UI is active and expecting user input. */
  /* MSGR_E(0x0016) */ MSGR_E_OPTION_UI_ACTIVE                   MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000316, /**<
      Options dialog is active and waiting for user input. */
  /* MSGR_E(0x0017) */ MSGR_E_CONTACT_UI_ACTIVE                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000317, /**<
      Add a contact wizard is active and waiting for user input. */
  /* MSGR_E(0x0018) */ MSGR_E_PRIMARY_SERVICE_NOT_LOGGED_ON      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000318, /**<
      Client is not signed in to primary service. */
  /* MSGR_E(0x0019) */ MSGR_E_LOGGED_ON                          MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000319, /**<
      User is already signed in. */
  /* MSGR_E(0x001A) */ MSGR_E_CONNECT_PROXY                      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100031A, /**<
      Error connecting the proxy. */
  /* MSGR_E(0x001B) */ MSGR_E_PROXY_AUTH                         MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100031B, /**<
      Not supported. */
  /* MSGR_E(0x001C) */ MSGR_E_PROXY_AUTH_TYPE                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100031C, /**<
      Not supported. */
  /* MSGR_E(0x001D) */ MSGR_E_INVALID_PROXY_NAME                 MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100031D, /**<
      Specified proxy name is invalid. */
  /* MSGR_E(0x001E) */ MSGR_E_NOT_LOGGED_ON                      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100031E, /**<
      User is not logged on to the client. */
  /* MSGR_E(0x0020) */ MSGR_E_NOT_PRIMARY_SERVICE                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000320, /**<
      Specified service is not the primary service. */
  /* MSGR_E(0x0021) */ MSGR_E_TOO_MANY_SESSIONS                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000321, /**<
      Maximum number of sessions that can be opened has been reached. */
  /* MSGR_E(0x0022) */ MSGR_E_TOO_MANY_MESSAGES                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000322, /**<
      Not supported. */
  /* MSGR_E(0x0023) */ MSGR_E_REMOTE_LOGIN                       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000323, /**<
      User signed in on a computer and also signed in from another (remote) computer. */
  /* MSGR_E(0x0024) */ MSGR_E_INVALID_FRIENDLY_NAME              MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000324, /**<
      Friendly name specified is not valid, for example user@microsoft.com (\@microsoft.com is not
      part of a friendly name). */
  /* MSGR_E(0x0025) */ MSGR_E_SESSION_FULL                       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000325, /**<
      Number of participants allowed for the session has been reached. */
  /* MSGR_E(0x0026) */ MSGR_E_NOT_ALLOWING_NEW_USERS             MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000326, /**<
      Not supported. */
  /* MSGR_E(0x0027) */ MSGR_E_INVALID_DOMAIN                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000327, /**<
      Not supported. */
  /* MSGR_E(0x0028) */ MSGR_E_TCP_ERROR                          MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000328, /**<
      Not supported. */
  /* MSGR_E(0x0029) */ MSGR_E_SESSION_TIMEOUT                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000329, /**<
      Session timed out. */
  /* MSGR_E(0x002a) */ MSGR_E_MULTIPOINT_SESSION_BEGIN_TIMEOUT   MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100032A, /**<
      Not supported. */
  /* MSGR_E(0x002b) */ MSGR_E_MULTIPOINT_SESSION_END_TIMEOUT     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100032B, /**<
      Not supported. */
  /* MSGR_E(0x002c) */ MSGR_E_REVERSE_LIST_FULL                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100032C, /**<
      Reverse contact list is full. */
  /* MSGR_E(0x002d) */ MSGR_E_SERVER_ERROR                       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100032D, /**<
      Unspecified server error. */
  /* MSGR_E(0x002e) */ MSGR_E_SYSTEM_CONFIG                      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100032E, /**<
      Not supported. */
  /* MSGR_E(0x002f) */ MSGR_E_NO_DIRECTORY                       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100032F, /**<
      Not supported. */
  /* MSGR_E(0x0030) */ MSGR_E_RETRY_SET                          MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000330, /**<
      Not supported. */
  /* MSGR_E(0x0031) */ MSGR_E_CHILD_WITHOUT_CONSENT              MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000331, /**<
      Not supported. */
  /* MSGR_E(0x0032) */ MSGR_E_USER_CANCELLED                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000332, /**<
      User cancelled a specified operation such as a sign in. */
  /* MSGR_E(0x0033) */ MSGR_E_CANCEL_BEFORE_CONNECT              MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000333, /**<
      User cancelled a specified operation before the connection was established. */
  /* MSGR_E(0x0034) */ MSGR_E_VOICE_IM_TIMEOUT                   MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000334, /**<
      Voice IM session timed out. */
  /* MSGR_E(0x0035) */ MSGR_E_NOT_ACCEPTING_PAGES                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000335, /**<
      Not supported. */
  /* MSGR_E(0x0036) */ MSGR_E_EMAIL_PASSPORT_NOT_VALIDATED       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000336, /**<
      Not supported. */
  /* MSGR_E(0x0037) */ MSGR_E_AUDIO_UI_ACTIVE                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000337, /**<
      Audio UI (voice configuration wizard) is active and waiting for user input. */
  /* MSGR_E(0x0038) */ MSGR_E_NO_HARDWARE                        MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000338, /**<
      Not supported. */
  /* MSGR_E(0x0039) */ MSGR_E_PAGING_UNAVAILABLE                 MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000339, /**<
      Paging is not supported for this client. */
  /* MSGR_E(0x003a) */ MSGR_E_PHONE_INVALID_NUMBER               MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100033A, /**<
      Specified phone number is invalid. */
  /* MSGR_E(0x003b) */ MSGR_E_PHONE_NO_FUNDS                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100033B, /**<
      Not supported. */
  /* MSGR_E(0x003c) */ MSGR_E_VOICE_NO_ANSWER                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100033C, /**<
      Not supported. */
  /* MSGR_E(0x003d) */ MSGR_E_VOICE_WAVEIN_DEVICE                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100033D, /**<
      Not supported. */
  /* MSGR_E(0x003e) */ MSGR_E_FT_TIMEOUT                         MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100033E, /**<
      Not supported.
      @par Mdisp.h's page words it
      Not supported.> */
  /* MSGR_E(0x003f) */ MSGR_E_MESSAGE_TOO_LONG                   MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100033F, /**<
      Message being sent is too long. */
  /* MSGR_E(0x0040) */ MSGR_E_VOICE_FIREWALL                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000340, /**<
      Not supported. */
  /* MSGR_E(0x0041) */ MSGR_E_VOICE_NETCONN                      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000341, /**<
      Not supported. */
  /* MSGR_E(0x0042) */ MSGR_E_PHONE_CIRCUITS_BUSY                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000342, /**<
      Not supported. */
  /* MSGR_E(0x0043) */ MSGR_E_SERVER_PROTOCOL                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000343, /**<
      Not supported. */
  /* MSGR_E(0x0044) */ MSGR_E_UNAVAILABLE_VIA_HTTP               MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000344, /**<
      Not supported. */
  /* MSGR_E(0x0045) */ MSGR_E_PHONE_INVALID_PIN                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000345, /**<
      Not supported. */
  /* MSGR_E(0x0046) */ MSGR_E_PHONE_PINPROCEED_TIMEOUT           MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000346, /**<
      Not supported. */
  /* MSGR_E(0x0047) */ MSGR_E_SERVER_SHUTDOWN                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000347, /**<
      Windows Messenger signed out due to server shutdown. */
  /* MSGR_E(0x0048) */ MSGR_E_CLIENT_DISALLOWED                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000348, /**<
      Not supported. */
  /* MSGR_E(0x0049) */ MSGR_E_PHONE_CALL_NOT_COMPLETE            MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000349, /**<
      Not supported. */
  /* MSGR_E(0x004a) */ MSGR_E_GROUPS_NOT_ENABLED                 MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100034A, /**<
      Groups are not enabled on this service. */
  /* MSGR_E(0x004b) */ MSGR_E_GROUP_ALREADY_EXISTS               MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100034B, /**<
      New group specified already exists on the specified provider. */
  /* MSGR_E(0x004c) */ MSGR_E_TOO_MANY_GROUPS                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100034C, /**<
      More groups cannot be created because the provider has reached the maximum limit. */
  /* MSGR_E(0x004d) */ MSGR_E_GROUP_DOES_NOT_EXIST               MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100034D, /**<
      Specified group name does not exist. */
  /* MSGR_E(0x004e) */ MSGR_E_USER_NOT_GROUP_MEMBER              MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100034E, /**<
      Specified user is not a member of the specified group. */
  /* MSGR_E(0x004f) */ MSGR_E_GROUP_NAME_TOO_LONG                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x8100034F, /**<
      Specified group name is longer than the allowed limit. */
  /* MSGR_E(0x0050) */ MSGR_E_GROUP_NOT_EMPTY                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000350, /**<
      Group cannot be deleted because it has contacts in it. */
  /* MSGR_E(0x0051) */ MSGR_E_BAD_GROUP_NAME                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000351, /**<
      Specified group name is not valid. */
  /* MSGR_E(0x0052) */ MSGR_E_PHONESERVICE_UNAVAILABLE           MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000352, /**<
      Phone service is not enabled. */
  /* MSGR_E(0x0053) */ MSGR_E_CANNOT_RENAME                      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000353, /**<
      Specified group cannot be renamed. */
  /* MSGR_E(0x0054) */ MSGR_E_CANNOT_DELETE                      MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000354, /**<
      Specified contact or group cannot be deleted. */
  /* MSGR_E(0x0055) */ MSGR_E_INVALID_SERVICE                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000355, /**<
      Specified contact or group does not belong to the specified service. */
  /* MSGR_E(0x0056) */ MSGR_E_POLICY_RESTRICTED                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000356, /**<
      Operation cannot be performed because of policy restrictions. */
  /* MSGR_E(0x0057) */ MSGR_E_BUSY                               MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000357, /**<
      Not supported. */
  /* MSGR_E(0x0058) */ MSGR_E_DNS_SRV_FAIL                       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000358, /**<
      Not supported. */
  /* MSGR_E(0x0059) */ MSGR_E_DNS_A_RES_FAIL                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000359, /**<
      Not supported. */
  /* MSGR_E(0x0060) */ MSGR_E_NO_SERVER_ADDRESS_SPECIFIED        MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000360, /**<
      Not supported. */
  /* MSGR_E(0x0061) */ MSGR_E_TLS_FAIL                           MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000361, /**<
      TLS connection failed. */
  /* MSGR_E(0x0062) */ MSGR_E_INCOMPATIBLE_ENCRYPTION            MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000362, /**<
      Not supported. */
  /* MSGR_E(0x0063) */ MSGR_E_SSL_TUNNEL_FAILED                  MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000363, /**<
      Not supported. */
  /* MSGR_E(0x0064) */ MSGR_E_SIP_TIMEOUT                        MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000364, /**<
      SIP connection attempt timed out. */
  /* MSGR_E(0x0065) */ MSGR_E_INCOMPATIBLE_IM                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000365, /**<
      Client versions are incompatible. */
  /* MSGR_E(0x0066) */ MSGR_E_MIM_ADD_TO_CONTACTS_FAIL           MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000366, /**<
      Cannot add more contacts to MIM conversation. */
  /* MSGR_E(0x0067) */ MSGR_E_INVALID_ADDRESS_FORMAT             MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000367, /**<
      Specified user address is in an invalid format. */
  /* MSGR_E(0x0068) */ MSGR_E_INVALID_CERTIFICATE                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000368, /**<
      Client does not have a valid certificate to connect over TLS. */
  /* MSGR_E(0x0069) */ MSGR_E_AUTH_TIME_SKEW                     MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000369, /**<
      Not supported. */
  /* MSGR_E(0x0070) */ MSGR_E_CHANGED_CREDENTIALS                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000370, /**<
      User logon credentials are different from the stored ones. */
  /* MSGR_E(0x0071) */ MSGR_E_SIP_LOGIN_FORBIDDEN                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000371, /**<
      SIP logon for the user is forbidden. */
  /* MSGR_E(0x0072) */ MSGR_E_SIP_HIGH_SECURITY_SET_TLS          MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000372, /**<
      Not supported. */
  /* MSGR_E(0x0073) */ MSGR_E_CALLEE_INSUFFICIENT_SECURITY_LEVEL MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000373, /**<
      Not supported. */
  /* MSGR_E(0x0074) */ MSGR_E_CALLER_PEER2PEER_CALLS_NOT_ALLOWED MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000374, /**<
      Not supported. */
  /* MSGR_E(0x0075) */ MSGR_E_SIP_UDP_UNSUPPORTED                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000375, /**<
      UDP is not supported on the specified server. */
  /* MSGR_E(0x0076) */ MSGR_E_SIP_SEARCH_FORBIDDEN               MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000376, /**<
      User search is forbidden on SIP. */
  /* MSGR_E(0x0080) */ MSGR_E_SESSION_RESTRICTED                 MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000380, /**<
      Not supported. */
  /* MSGR_E(0x0081) */ MSGR_E_MANAGED_USER_INVALID_CVR           MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000381, /**<
      Not supported. */
  /* MSGR_E(0x0082) */ MSGR_E_RESTRICTED_USER                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000382, /**<
      Attempt to invite a user who is not on the contact list. */
  /* MSGR_E(0x0083) */ MSGR_E_PROXY_AUTH_REQUIRED                MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000383, /**<
      Not supported. */
  /* MSGR_E(0x0084) */ MSGR_E_PROXY_REALM_MISMATCH               MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000384, /**<
      Not supported. */
  /* MSGR_E(0x0085) */ MSGR_E_PROXY_PASSWORD_INCORRECT           MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000385, /**<
      Not supported. */
  /* MSGR_E(0x0086) */ MSGR_E_RESTRICTED_USER_LOGON_RESTRICED    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000386, /**<
      Not supported. */
  /* MSGR_E(0x0087); its page: MSGR_E(0x0086), corrected (see the errata) */ MSGR_E_IE_OFFLINE MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000387, /**<
      Internet Explorer is working in offline mode. */
  /* MSGR_E(0x0088) */ MSGR_E_IE_CANT_CONNECT                    MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x81000388, /**<
      Internet Explorer cannot connect to the network. */
  /* MSGR_S(0x0001) */ MSGR_S_ALREADY_IN_THE_MODE                MSGRPRIV_DEPRECATED_MSGRConstants_ = 0x01000301,      /**<
      Not supported. */
  /* MSGR_S(0x0002) */ MSGR_S_TRANSFER_SEND_BEGUN                MSGRPRIV_DEPRECATED_MSGRConstants_ = 0x01000302,      /**<
      Not supported. */
  /* MSGR_S(0x0003) */ MSGR_S_TRANSFER_SEND_FINISHED             MSGRPRIV_DEPRECATED_MSGRConstants_ = 0x01000303,      /**<
      Not supported. */
  /* MSGR_S(0x0004) */ MSGR_S_TRANSFER_RECEIVE_BEGUN             MSGRPRIV_DEPRECATED_MSGRConstants_ = 0x01000304,      /**<
      Not supported. */
  /* MSGR_S(0x0005) */ MSGR_S_TRANSFER_RECEIVE_FINISHED          MSGRPRIV_DEPRECATED_MSGRConstants_ = 0x01000305,      /**<
      Not supported. */
  /* MSGR_S(0x0006) */ MSGR_S_GROUP_ALREADY_EXISTS               MSGRPRIV_DEPRECATED_MSGRConstants_ = 0x01000306,      /**<
      Group specified to be created already exists on the specified provider. */
  /* E_FAIL */ MSGR_E_FAIL                                       MSGRPRIV_DEPRECATED_MSGRConstants_ = (int)0x80004005, /**<
      General failure. */
  /* S_OK */ MSGR_S_OK                                           MSGRPRIV_DEPRECATED_MSGRConstants_ = 0x00000000       /**<
      Success. */
} MSGRConstants;
#endif

/**
 * @brief Used for selecting the folder for the count of unread messages.
 *
 * @deprecated Do not use. MUAFOLDER is no longer available for use as of Windows Vista. See Windows
 * Messenger for more information.
 * @deprecated The source page's words: Do not use. **MUAFOLDER** is no longer available for use as
 * of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no value for MUAFOLDER_INBOX (0): C gives it the value after the
 * constant before it (the first, 0).
 *
 * @par The source page's remarks
 * This constant is used as values for e-mail properties and methods. In some cases, when the client
 * is a Microsoft Exchange-enabled client, the enumeration is not specific to Microsoft Outlook.com
 * and instead designates the Exchange Inbox enabled by that client.
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MUAFOLDER enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-muafolder)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MUAFOLDER) enum MSGRPRIV_DEPRECATED_TAG_(MUAFOLDER) tagMUAFOLDER MSGRPRIV_INT_ {
  MUAFOLDER_INBOX             MSGRPRIV_DEPRECATED_MUAFOLDER_ = 0, /**<
      Refers to the Outlook.com Inbox. */
  MUAFOLDER_ALL_OTHER_FOLDERS MSGRPRIV_DEPRECATED_MUAFOLDER_ = 1  /**<
      Not currently implemented. Do not use. */
} MUAFOLDER;

/**
 * @brief Specifies how the Contact List should be sorted.
 *
 * @deprecated Do not use. MUASORT is no longer available for use as of Windows Vista. See Windows
 * Messenger for more information.
 * @deprecated The source page's words: Do not use. **MUASORT** is no longer available for use as of
 * Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no value for MUASORT_GROUPS (0): C gives it the value after the constant
 * before it (the first, 0).
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MUASORT enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-muasort)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MUASORT) enum MSGRPRIV_DEPRECATED_TAG_(MUASORT) tagMUASORT MSGRPRIV_INT_ {
  MUASORT_GROUPS    MSGRPRIV_DEPRECATED_MUASORT_ = 0, /**<
      Sorts the local user's contacts by groups. */
  MUASORT_ONOFFLINE MSGRPRIV_DEPRECATED_MUASORT_ = 1  /**<
      Sorts the local user's contacts by online/offline status. */
} MUASORT;

/**
 * @brief Used to turn on or off the conversation window sidebar and toolbar.
 *
 * @deprecated Do not use. MWINDOWPROPERTY is no longer available for use as of Windows Vista. See
 * Windows Messenger for more information.
 * @deprecated The source page's words: Do not use. **MWINDOWPROPERTY** is no longer available for
 * use as of Windows Vista. See
 * [Windows Messenger](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-messenger-entry)
 * for more information.
 *
 * @par Values
 * The source page declares no value for MWINDOWPROP_VIEW_SIDEBAR (0): C gives it the value after
 * the constant before it (the first, 0).
 *
 * @par Requirements
 * | Requirement | Value |
 * | --- | --- |
 * | End of client support | Windows XP |
 * | End of server support | Windows Server 2003 |
 * | Header | Msgrua.h |
 * | IDL | Msgrua.idl |
 *
 * @see [MWINDOWPROPERTY enumeration (the source page)](https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-mwindowproperty)
 */
typedef MSGRPRIV_DEPRECATED_TYPE_(MWINDOWPROPERTY) enum MSGRPRIV_DEPRECATED_TAG_(MWINDOWPROPERTY) tagMWINDOWPROPERTY MSGRPRIV_INT_ {
  MWINDOWPROP_INVALID_PROPERTY MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_ = -1, /**<
      Not a valid property. */
  MWINDOWPROP_VIEW_SIDEBAR     MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_ = 0,  /**<
      Used for retrieving and adding or removing the conversation window sidebar. */
  MWINDOWPROP_VIEW_TOOLBAR     MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_ = 1   /**<
      Used for retrieving and adding or removing the conversation window toolbar. */
} MWINDOWPROPERTY;
/* @end enumerations */

/* @generated registry: from data/enumerations.toml by scripts/generate_header.py */
#if (defined(MSGRPRIV_DECLARES_MSGRCONSTANTS)) || defined(MSGRPRIV_DOXYGEN)
/**
 * @brief Every enumeration of msgrua.h, in its order, as `X(TYPE, Prefix)`: `TYPE` is the C type
 *        and `Prefix` names its C helpers (`MsgrPrefixName`, `MsgrPrefixDescription`,
 *        `MsgrPrefixFromName`, `MsgrPrefixFromValue`). msgrpriv.hpp builds on it; so can you.
 */
#define MSGRPRIV_MSGRUA_ENUMERATIONS(X) \
  X(MCONTACTPROPERTY, MContactProperty) \
  X(MISTATUS, MIStatus) \
  X(MMESSENGERPROPERTY, MMessengerProperty) \
  X(MOPTIONPAGE, MOptionPage) \
  X(MPHONE_TYPE, MPhoneType) \
  X(MSERVICEPROPERTY, MServiceProperty) \
  X(MSGRConstants, MSGRConstants) \
  X(MUAFOLDER, MUAFolder) \
  X(MUASORT, MUASort) \
  X(MWINDOWPROPERTY, MWindowProperty)
#else
#define MSGRPRIV_MSGRUA_ENUMERATIONS(X) \
  X(MCONTACTPROPERTY, MContactProperty) \
  X(MISTATUS, MIStatus) \
  X(MMESSENGERPROPERTY, MMessengerProperty) \
  X(MOPTIONPAGE, MOptionPage) \
  X(MPHONE_TYPE, MPhoneType) \
  X(MSERVICEPROPERTY, MServiceProperty) \
  X(MUAFOLDER, MUAFolder) \
  X(MUASORT, MUASort) \
  X(MWINDOWPROPERTY, MWindowProperty)
#endif
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
/* MCONTACTPROPERTY: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MContactProperty_ =
    "## 2=  -=\004\3576g V _\037\037\037\037 # M  V P !\042 b \200 \235 \260 \306 \022!\042# b \200"
    " \235 !!\042#####\042! "
    "MCONTACTPROP_INVALID_PROPERTY\0"
    "MCONTACTPROP_GROUPS_PROPERTY\0"
    "MCONTACTPROP_EMAIL\0"
    "Not a valid property.\0"
    "Used to ask for the property that indicates which groups a user belongs to.\0"
    "Used to ask for the property that indicates the contact's e-mail address.";

/**
 * @brief The name of a #MCONTACTPROPERTY constant, such as `"MCONTACTPROP_INVALID_PROPERTY"`.
 * @param value A #MCONTACTPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMContactPropertyName(MCONTACTPROPERTY value) {
  return msgrpriv_name_(msgrpriv_table_MContactProperty_, value);
}

/**
 * @brief The documented meaning of a #MCONTACTPROPERTY constant, verbatim from its source page.
 * @param value A #MCONTACTPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMContactPropertyDescription(MCONTACTPROPERTY value) {
  return msgrpriv_text_(msgrpriv_table_MContactProperty_, value, 1);
}

/**
 * @brief Finds the #MCONTACTPROPERTY constant named exactly @p text (case-sensitive), such as
 *        `"MCONTACTPROP_INVALID_PROPERTY"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMContactPropertyFromName(const char *text, MCONTACTPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MContactProperty_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MCONTACTPROPERTY)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MCONTACTPROPERTY constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMContactPropertyFromValue(long value, MCONTACTPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MContactProperty_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MCONTACTPROPERTY)found;
  return 1;
}

/* MISTATUS: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MIStatus_ =
    ".. -H */;G\265mA!6!W     S \204% \035 \267 !\042&*.2BRSTUVW!e!v!\207!\227!\252!\270!\317!\335!"
    "\353!\001!\027\0425\042Y\042\202\042\253\042\337\042\030#M#\240#\367$b%I%\243%\363&\077&r&\240"
    "&\323!\042#   $   %   &   '               (               )!e!v!\207      !\227      !\252    "
    "  !\270      !\317                              !\335                              !\353   b) "
    " ! *  \042 +  # ,  $ - !!\042##$$$%%%%&&'())**++++++,,---.(*)+#\042-$!&'% ,"
    "MISTATUS_UNKNOWN\0"
    "MISTATUS_OFFLINE\0"
    "MISTATUS_ONLINE\0"
    "MISTATUS_INVISIBLE\0"
    "MISTATUS_BUSY\0"
    "MISTATUS_BE_RIGHT_BACK\0"
    "MISTATUS_IDLE\0"
    "MISTATUS_AWAY\0"
    "MISTATUS_ON_THE_PHONE\0"
    "MISTATUS_OUT_TO_LUNCH\0"
    "MISTATUS_LOCAL_FINDING_SERVER\0"
    "MISTATUS_LOCAL_CONNECTING_TO_SERVER\0"
    "MISTATUS_LOCAL_SYNCHRONIZING_WITH_SERVER\0"
    "MISTATUS_LOCAL_DISCONNECTING_FROM_SERVER\0"
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
 * @brief The name of a #MISTATUS constant, such as `"MISTATUS_UNKNOWN"`.
 * @param value A #MISTATUS value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMIStatusName(MISTATUS value) {
  return msgrpriv_name_(msgrpriv_table_MIStatus_, value);
}

/**
 * @brief The documented meaning of a #MISTATUS constant, verbatim from its source page.
 * @param value A #MISTATUS value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMIStatusDescription(MISTATUS value) {
  return msgrpriv_text_(msgrpriv_table_MIStatus_, value, 1);
}

/**
 * @brief Finds the #MISTATUS constant named exactly @p text (case-sensitive), such as
 *        `"MISTATUS_UNKNOWN"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMIStatusFromName(const char *text, MISTATUS *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MIStatus_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MISTATUS)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the #MISTATUS
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
MSGRPRIV_INLINE_ int MsgrMIStatusFromValue(long value, MISTATUS *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MIStatus_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MISTATUS)found;
  return 1;
}

/* MMESSENGERPROPERTY: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MMessengerProperty_ =
    "\042\042 46   >`    N S     \042 H  N J ! U l \201 \260!\042 U l  \042\042\042 !"
    "MMESSENGERPROP_VERSION\0"
    "MMESSENGERPROP_PLCID\0"
    "Used to retrieve the Messenger client version.\0"
    "Used to retrieve the LCID of the Messenger client.";

/**
 * @brief The name of a #MMESSENGERPROPERTY constant, such as `"MMESSENGERPROP_VERSION"`.
 * @param value A #MMESSENGERPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMMessengerPropertyName(MMESSENGERPROPERTY value) {
  return msgrpriv_name_(msgrpriv_table_MMessengerProperty_, value);
}

/**
 * @brief The documented meaning of a #MMESSENGERPROPERTY constant, verbatim from its source page.
 * @param value A #MMESSENGERPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMMessengerPropertyDescription(MMESSENGERPROPERTY value) {
  return msgrpriv_text_(msgrpriv_table_MMessengerProperty_, value, 1);
}

/**
 * @brief Finds the #MMESSENGERPROPERTY constant named exactly @p text (case-sensitive), such as
 *        `"MMESSENGERPROP_VERSION"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMMessengerPropertyFromName(const char *text, MMESSENGERPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MMessengerProperty_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MMESSENGERPROPERTY)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MMESSENGERPROPERTY constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMMessengerPropertyFromValue(long value, MMESSENGERPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MMessengerProperty_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MMESSENGERPROPERTY)found;
  return 1;
}

/* MOPTIONPAGE: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MOptionPage_ =
    "(( /5 %'<\004\3576g ~ \217     ( f  ~ n !\042#$%&' \227 \251 \273 \316 \341 \366 \014 \037!/!m"
    "!\240!\031\042M\042\203\042\272\042\304!\042#$%&'( \227 \251 \273 \316 \341 \366 \014 \037 !"
    "\042\042###$%&&&&''(( &#'\042%$!"
    "MOPT_GENERAL_PAGE\0"
    "MOPT_PRIVACY_PAGE\0"
    "MOPT_EXCHANGE_PAGE\0"
    "MOPT_ACCOUNTS_PAGE\0"
    "MOPT_CONNECTION_PAGE\0"
    "MOPT_PREFERENCES_PAGE\0"
    "MOPT_SERVICES_PAGE\0"
    "MOPT_PHONE_PAGE\0"
    "Display the Personal tab of the Options dialog box (default).\0"
    "Display the Privacy tab of the Options dialog box.\0"
    "Display the Accounts tab of the Options dialog box. This tab is not available in Windows "
    "Messenger version 4.5 or later.\0"
    "Display the Accounts tab of the Options dialog box.\0"
    "Display the Connection tab of the Options dialog box.\0"
    "Display the Preferences tab of the Options dialog box.\0"
    "Reserved.\0"
    "Display the Phone tab of the Options dialog box.";

/**
 * @brief The name of a #MOPTIONPAGE constant, such as `"MOPT_GENERAL_PAGE"`.
 * @param value A #MOPTIONPAGE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMOptionPageName(MOPTIONPAGE value) {
  return msgrpriv_name_(msgrpriv_table_MOptionPage_, value);
}

/**
 * @brief The documented meaning of a #MOPTIONPAGE constant, verbatim from its source page.
 * @param value A #MOPTIONPAGE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMOptionPageDescription(MOPTIONPAGE value) {
  return msgrpriv_text_(msgrpriv_table_MOptionPage_, value, 1);
}

/**
 * @brief Finds the #MOPTIONPAGE constant named exactly @p text (case-sensitive), such as
 *        `"MOPT_GENERAL_PAGE"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMOptionPageFromName(const char *text, MOPTIONPAGE *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MOptionPage_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MOPTIONPAGE)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MOPTIONPAGE constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMOptionPageFromValue(long value, MOPTIONPAGE *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MOptionPage_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MOPTIONPAGE)found;
  return 1;
}

/* MPHONE_TYPE: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MPhoneType_ =
    "%% /2  ,<9Oh\225 f w\037\037\037\037 % W  f \134 !\042#$ | \214 \235 \256 \301 \324 \362 \011!"
    " !9!\042#$% | \214 \235 \256 \301   !\042\042\042###$$$%%%%! \042#$"
    "MPHONE_TYPE_ALL\0"
    "MPHONE_TYPE_HOME\0"
    "MPHONE_TYPE_WORK\0"
    "MPHONE_TYPE_MOBILE\0"
    "MPHONE_TYPE_CUSTOM\0"
    "Valid with Phone method only.\0"
    "Use home phone number.\0"
    "Use work phone number.\0"
    "Use mobile phone number.\0"
    "Valid with Phone method only. Specifies that the contact information should be ignored and "
    "that the phone number specified in the method call should be used.";

/**
 * @brief The name of a #MPHONE_TYPE constant, such as `"MPHONE_TYPE_ALL"`.
 * @param value A #MPHONE_TYPE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMPhoneTypeName(MPHONE_TYPE value) {
  return msgrpriv_name_(msgrpriv_table_MPhoneType_, value);
}

/**
 * @brief The documented meaning of a #MPHONE_TYPE constant, verbatim from its source page.
 * @param value A #MPHONE_TYPE value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMPhoneTypeDescription(MPHONE_TYPE value) {
  return msgrpriv_text_(msgrpriv_table_MPhoneType_, value, 1);
}

/**
 * @brief Finds the #MPHONE_TYPE constant named exactly @p text (case-sensitive), such as
 *        `"MPHONE_TYPE_ALL"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMPhoneTypeFromName(const char *text, MPHONE_TYPE *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MPhoneType_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MPHONE_TYPE)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MPHONE_TYPE constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMPhoneTypeFromValue(long value, MPHONE_TYPE *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MPhoneType_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MPHONE_TYPE)found;
  return 1;
}

/* MSERVICEPROPERTY: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MServiceProperty_ =
    "!! ==   \077\240    F I\037\037\037\037 ! C  F D  J h! J  ! "
    "MSERVICEPROP_INVALID_PROPERTY\0"
    "Not a valid property.";

/**
 * @brief The name of a #MSERVICEPROPERTY constant, such as `"MSERVICEPROP_INVALID_PROPERTY"`.
 * @param value A #MSERVICEPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMServicePropertyName(MSERVICEPROPERTY value) {
  return msgrpriv_name_(msgrpriv_table_MServiceProperty_, value);
}

/**
 * @brief The documented meaning of a #MSERVICEPROPERTY constant, verbatim from its source page.
 * @param value A #MSERVICEPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMServicePropertyDescription(MSERVICEPROPERTY value) {
  return msgrpriv_text_(msgrpriv_table_MServiceProperty_, value, 1);
}

/**
 * @brief Finds the #MSERVICEPROPERTY constant named exactly @p text (case-sensitive), such as
 *        `"MSERVICEPROP_INVALID_PROPERTY"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMServicePropertyFromName(const char *text, MSERVICEPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MServiceProperty_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MSERVICEPROPERTY)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MSERVICEPROPERTY constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMServicePropertyFromValue(long value, MSERVICEPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MServiceProperty_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MSERVICEPROPERTY)found;
  return 1;
}

/* MSGRConstants's helpers, where this header declared it above. */
#if defined(MSGRPRIV_DECLARES_MSGRConstants_)
/* MSGRConstants: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MSGRConstants_ =
    "\232\232 )I(/08#\370\252\357$`%a\241 #! \250\042\240($8#( !\042#$%&'()*+,-./0123456789:;<=\077"
    "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\134]^_`abcdefghijklmnopqrstuvwx\177\200\201\202\203\204\205\206"
    "\207\210\217\220\221\222\223\224\225\237\240\241\242\243\244\245\246\247\250\251\252\253\254"
    "\255\256\257%\333%\352%\005%\035&6&L&a&r&\203&\235&\263&\312&\336&\360&\007'$'B'T'b'z'\224'"
    "\253'\303'\334'\001'\022('(9(P(j(\177(\232(\263(\314(\340(\375(\021)/)E)V)m)\225)\273)\324)"
    "\350)\375)\021*\042*\077*U*r*\212*\245*\311*\340*\363*\015+)+\077+V+q+\203+\233+\261+\306+\341"
    "+\370+\024,-,M,d,},\234,\266,\322,\351,\005-\042-=-T-j-\212-\237-\264-\313-\344-\360-\004-\032"
    ".=.M.l.\205.\230.\257.\317.\355.\010.\036/9/T/u/\237/\311/\344/\000/\0320:0Q0l0\2100\2500\3170"
    "\3410\3700\0231.1L1j1\2131\2471\2631\2751\3352$2P2\2062\3252\3633*3p3\2663\3544*4S4n4\2424\261"
    "4\3474\3665 5/5f5\2275\3145\007636N6j6y6\2106\2516\3166\3747<7K7\2337\0218R8a8p8\1778\2228\241"
    "8\2608\3168\3508\3678\0068\0259$9\1349\2509\3049\3239\342:.:=:f:\211:\230:\247:\266:\305:\345:"
    "\364:\003:\022;!;0;\077;N;\203;\222;\241;\311;\007<Y<~<\265<\354=#=F=d=\207=\265=\372>8>G>V>e>"
    "t>\213>\232>\251>\313>\355>\033\077K\077\211\077\230\077\323\077\370\077\007\077\026@%@S@t@"
    "\203@\222@\313@\332@\351@\370@\007A5AfAuA\204A\223A\242A\261A\371A\012!\042#$%&'()*+,-./012345"
    "6789:;<=> \077@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\134]^_`abcdefghijklmnopqrstuvwx      yz{|}~\177\200"
    "\201\202      \203\204\205\206\207\210\211         \212\213\214\215\216\217\220\221\222%\333%"
    "\352%\005%\035&6&L&a&r&\203&\235&\263&\312&\336&\360&\007'$'B'T'b'z'\224'\253'\303'\334'\001'"
    "\022('(9(P(j  (\177(\232(\263(\314(\340(\375(\021)/)E)V)m)\225)\273)\324)\350)\375)\021*\042*"
    "\077*U*r*\212*\245*\311*\340*\363*\015+)+\077+V+q+\203+\233+\261+\306+\341+\370+\024,-,M,d,},"
    "\234,\266,\322,\351,\005-\042-=-T-j-\212-\237-\264-\313-\344-\360-\004            -\032.=.M.l."
    "\205.\230.\257.\317.\355.\010            .\036/9/T/u/\237/\311/\344                  /\000/"
    "\0320:0Q0l0\2100\2500\3170\341! #!\222! #\042\223! ##\224! #$\225! #%\226! #&\227\240 `%\230  "
    "  \231  \042####$%%%&&&(()))+,,-.///000000111122345566779:::<<<==>>>>\077\077@@@@@BCCEFFFGGJJK"
    "KKLMMPPQRRSSSTUUWWWXXXXYYZ\134\134\134\134^__``aaabcddddddddddddddddeeeefgiijkkllmmnnppqrrrrrr"
    "suvvvvvvvwxyyyyyyyzz|}}}}}}~~~~~~\177\177\177\177\200\201\201\201\203\205\206\206\210\210\212"
    "\212\212\213\213\213\213\213\213\214\214\215\215\216\217\217\217\220\221\221\222\223\223\223"
    "\224\224\224\224\224\225\225\225\225\225\225\225\225\225\226\227\227\227\231\231\231\232\232"
    "\232\232i\227|\177ej\225\226xXcM\042NRl\231y'\201o8O*\222 /Wb\202a.3\200#\213\217u\2072@Q<+9:;"
    "\214PC[ADFT&YS,p=\215\220d\216L\2045E0\221\077rt)_g\203\223\224khv>Vq(6G-z}\134%\206`m4Z!snHI"
    "\210\211{B7K$U\212wfJ]\205^1\230~"
    "MSGR_E_CONNECT\0"
    "MSGR_E_INVALID_SERVER_NAME\0"
    "MSGR_E_INVALID_PASSWORD\0"
    "MSGR_E_ALREADY_LOGGED_ON\0"
    "MSGR_E_SERVER_VERSION\0"
    "MSGR_E_LOGON_TIMEOUT\0"
    "MSGR_E_LIST_FULL\0"
    "MSGR_E_AI_REJECT\0"
    "MSGR_E_AI_REJECT_NOT_INST\0"
    "MSGR_E_USER_NOT_FOUND\0"
    "MSGR_E_ALREADY_IN_LIST\0"
    "MSGR_E_DISCONNECTED\0"
    "MSGR_E_UNEXPECTED\0"
    "MSGR_E_SERVER_TOO_BUSY\0"
    "MSGR_E_INVALID_AUTH_PACKAGES\0"
    "MSGR_E_NEWER_CLIENT_AVAILABLE\0"
    "MSGR_E_AI_TIMEOUT\0"
    "MSGR_E_CANCEL\0"
    "MSGR_E_TOO_MANY_MATCHES\0"
    "MSGR_E_SERVER_UNAVAILABLE\0"
    "MSGR_E_LOGON_UI_ACTIVE\0"
    "MSGR_E_OPTION_UI_ACTIVE\0"
    "MSGR_E_CONTACT_UI_ACTIVE\0"
    "MSGR_E_PRIMARY_SERVICE_NOT_LOGGED_ON\0"
    "MSGR_E_LOGGED_ON\0"
    "MSGR_E_CONNECT_PROXY\0"
    "MSGR_E_PROXY_AUTH\0"
    "MSGR_E_PROXY_AUTH_TYPE\0"
    "MSGR_E_INVALID_PROXY_NAME\0"
    "MSGR_E_NOT_LOGGED_ON\0"
    "MSGR_E_NOT_PRIMARY_SERVICE\0"
    "MSGR_E_TOO_MANY_SESSIONS\0"
    "MSGR_E_TOO_MANY_MESSAGES\0"
    "MSGR_E_REMOTE_LOGIN\0"
    "MSGR_E_INVALID_FRIENDLY_NAME\0"
    "MSGR_E_SESSION_FULL\0"
    "MSGR_E_NOT_ALLOWING_NEW_USERS\0"
    "MSGR_E_INVALID_DOMAIN\0"
    "MSGR_E_TCP_ERROR\0"
    "MSGR_E_SESSION_TIMEOUT\0"
    "MSGR_E_MULTIPOINT_SESSION_BEGIN_TIMEOUT\0"
    "MSGR_E_MULTIPOINT_SESSION_END_TIMEOUT\0"
    "MSGR_E_REVERSE_LIST_FULL\0"
    "MSGR_E_SERVER_ERROR\0"
    "MSGR_E_SYSTEM_CONFIG\0"
    "MSGR_E_NO_DIRECTORY\0"
    "MSGR_E_RETRY_SET\0"
    "MSGR_E_CHILD_WITHOUT_CONSENT\0"
    "MSGR_E_USER_CANCELLED\0"
    "MSGR_E_CANCEL_BEFORE_CONNECT\0"
    "MSGR_E_VOICE_IM_TIMEOUT\0"
    "MSGR_E_NOT_ACCEPTING_PAGES\0"
    "MSGR_E_EMAIL_PASSPORT_NOT_VALIDATED\0"
    "MSGR_E_AUDIO_UI_ACTIVE\0"
    "MSGR_E_NO_HARDWARE\0"
    "MSGR_E_PAGING_UNAVAILABLE\0"
    "MSGR_E_PHONE_INVALID_NUMBER\0"
    "MSGR_E_PHONE_NO_FUNDS\0"
    "MSGR_E_VOICE_NO_ANSWER\0"
    "MSGR_E_VOICE_WAVEIN_DEVICE\0"
    "MSGR_E_FT_TIMEOUT\0"
    "MSGR_E_MESSAGE_TOO_LONG\0"
    "MSGR_E_VOICE_FIREWALL\0"
    "MSGR_E_VOICE_NETCONN\0"
    "MSGR_E_PHONE_CIRCUITS_BUSY\0"
    "MSGR_E_SERVER_PROTOCOL\0"
    "MSGR_E_UNAVAILABLE_VIA_HTTP\0"
    "MSGR_E_PHONE_INVALID_PIN\0"
    "MSGR_E_PHONE_PINPROCEED_TIMEOUT\0"
    "MSGR_E_SERVER_SHUTDOWN\0"
    "MSGR_E_CLIENT_DISALLOWED\0"
    "MSGR_E_PHONE_CALL_NOT_COMPLETE\0"
    "MSGR_E_GROUPS_NOT_ENABLED\0"
    "MSGR_E_GROUP_ALREADY_EXISTS\0"
    "MSGR_E_TOO_MANY_GROUPS\0"
    "MSGR_E_GROUP_DOES_NOT_EXIST\0"
    "MSGR_E_USER_NOT_GROUP_MEMBER\0"
    "MSGR_E_GROUP_NAME_TOO_LONG\0"
    "MSGR_E_GROUP_NOT_EMPTY\0"
    "MSGR_E_BAD_GROUP_NAME\0"
    "MSGR_E_PHONESERVICE_UNAVAILABLE\0"
    "MSGR_E_CANNOT_RENAME\0"
    "MSGR_E_CANNOT_DELETE\0"
    "MSGR_E_INVALID_SERVICE\0"
    "MSGR_E_POLICY_RESTRICTED\0"
    "MSGR_E_BUSY\0"
    "MSGR_E_DNS_SRV_FAIL\0"
    "MSGR_E_DNS_A_RES_FAIL\0"
    "MSGR_E_NO_SERVER_ADDRESS_SPECIFIED\0"
    "MSGR_E_TLS_FAIL\0"
    "MSGR_E_INCOMPATIBLE_ENCRYPTION\0"
    "MSGR_E_SSL_TUNNEL_FAILED\0"
    "MSGR_E_SIP_TIMEOUT\0"
    "MSGR_E_INCOMPATIBLE_IM\0"
    "MSGR_E_MIM_ADD_TO_CONTACTS_FAIL\0"
    "MSGR_E_INVALID_ADDRESS_FORMAT\0"
    "MSGR_E_INVALID_CERTIFICATE\0"
    "MSGR_E_AUTH_TIME_SKEW\0"
    "MSGR_E_CHANGED_CREDENTIALS\0"
    "MSGR_E_SIP_LOGIN_FORBIDDEN\0"
    "MSGR_E_SIP_HIGH_SECURITY_SET_TLS\0"
    "MSGR_E_CALLEE_INSUFFICIENT_SECURITY_LEVEL\0"
    "MSGR_E_CALLER_PEER2PEER_CALLS_NOT_ALLOWED\0"
    "MSGR_E_SIP_UDP_UNSUPPORTED\0"
    "MSGR_E_SIP_SEARCH_FORBIDDEN\0"
    "MSGR_E_SESSION_RESTRICTED\0"
    "MSGR_E_MANAGED_USER_INVALID_CVR\0"
    "MSGR_E_RESTRICTED_USER\0"
    "MSGR_E_PROXY_AUTH_REQUIRED\0"
    "MSGR_E_PROXY_REALM_MISMATCH\0"
    "MSGR_E_PROXY_PASSWORD_INCORRECT\0"
    "MSGR_E_RESTRICTED_USER_LOGON_RESTRICED\0"
    "MSGR_E_IE_OFFLINE\0"
    "MSGR_E_IE_CANT_CONNECT\0"
    "MSGR_S_ALREADY_IN_THE_MODE\0"
    "MSGR_S_TRANSFER_SEND_BEGUN\0"
    "MSGR_S_TRANSFER_SEND_FINISHED\0"
    "MSGR_S_TRANSFER_RECEIVE_BEGUN\0"
    "MSGR_S_TRANSFER_RECEIVE_FINISHED\0"
    "MSGR_S_GROUP_ALREADY_EXISTS\0"
    "MSGR_E_FAIL\0"
    "MSGR_S_OK\0"
    "Error connecting to the server.\0"
    "Name of the server that the client is trying to connect to is invalid.\0"
    "Password specified for the user is invalid.\0"
    "Attempt to log on when the user is already signed in.\0"
    "Version of the server that the client is trying to connect to is incompatible.\0"
    "Attempt to sign in timed out.\0"
    "Contact list is full or has reached the maximum limit.\0"
    "For internal use only. This error code is never returned to the user.\0"
    "For internal use only. This error code is never returned to the user.\0"
    "Specified user is not found on the specified service.\0"
    "Attempt to add a contact that is already in the contact list.\0"
    "Client is disconnected from the network.\0"
    "Unexpected error occurred.\0"
    "Server is too busy to handle the specified request.\0"
    "Not supported.\0"
    "Newer version of the client is available to download.\0"
    "Not supported.\0"
    "User cancelled the operation in progress.\0"
    "Not supported.\0"
    "Server is unavailable to handle the specified request.\0"
    "Sign in UI is active and expecting user's input.\0"
    "Options dialog is active and waiting for user input.\0"
    "Add a contact wizard is active and waiting for user input.\0"
    "Client is not signed in to primary service.\0"
    "User is already signed in.\0"
    "Error connecting the proxy.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Specified proxy name is invalid.\0"
    "User is not logged on to the client.\0"
    "Specified service is not the primary service.\0"
    "Maximum number of sessions that can be opened has been reached.\0"
    "Not supported.\0"
    "User signed in on a computer and also signed in from another (remote) computer.\0"
    "Friendly name specified is not valid, for example user@microsoft.com (@microsoft.com is not "
    "part of a friendly name).\0"
    "Number of participants allowed for the session has been reached.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Session timed out.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Reverse contact list is full.\0"
    "Unspecified server error.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "User cancelled a specified operation such as a sign in.\0"
    "User cancelled a specified operation before the connection was established.\0"
    "Voice IM session timed out.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Audio UI (voice configuration wizard) is active and waiting for user input.\0"
    "Not supported.\0"
    "Paging is not supported for this client.\0"
    "Specified phone number is invalid.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Message being sent is too long.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Windows Messenger signed out due to server shutdown.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Groups are not enabled on this service.\0"
    "New group specified already exists on the specified provider.\0"
    "More groups cannot be created because the provider has reached the maximum limit.\0"
    "Specified group name does not exist.\0"
    "Specified user is not a member of the specified group.\0"
    "Specified group name is longer than the allowed limit.\0"
    "Group cannot be deleted because it has contacts in it.\0"
    "Specified group name is not valid.\0"
    "Phone service is not enabled.\0"
    "Specified group cannot be renamed.\0"
    "Specified contact or group cannot be deleted.\0"
    "Specified contact or group does not belong to the specified service.\0"
    "Operation cannot be performed because of policy restrictions.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "TLS connection failed.\0"
    "Not supported.\0"
    "Not supported.\0"
    "SIP connection attempt timed out.\0"
    "Client versions are incompatible.\0"
    "Cannot add more contacts to MIM conversation.\0"
    "Specified user address is in an invalid format.\0"
    "Client does not have a valid certificate to connect over TLS.\0"
    "Not supported.\0"
    "User logon credentials are different from the stored ones.\0"
    "SIP logon for the user is forbidden.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "UDP is not supported on the specified server.\0"
    "User search is forbidden on SIP.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Attempt to invite a user who is not on the contact list.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Internet Explorer is working in offline mode.\0"
    "Internet Explorer cannot connect to the network.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Not supported.\0"
    "Group specified to be created already exists on the specified provider.\0"
    "General failure.\0"
    "Success.";

/**
 * @brief The name of a #MSGRConstants constant, such as `"MSGR_E_CONNECT"`.
 * @param value A #MSGRConstants value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMSGRConstantsName(MSGRConstants value) {
  return msgrpriv_name_(msgrpriv_table_MSGRConstants_, value);
}

/**
 * @brief The documented meaning of a #MSGRConstants constant, verbatim from its source page.
 * @param value A #MSGRConstants value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMSGRConstantsDescription(MSGRConstants value) {
  return msgrpriv_text_(msgrpriv_table_MSGRConstants_, value, 1);
}

/**
 * @brief Finds the #MSGRConstants constant named exactly @p text (case-sensitive), such as
 *        `"MSGR_E_CONNECT"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMSGRConstantsFromName(const char *text, MSGRConstants *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MSGRConstants_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MSGRConstants)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MSGRConstants constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMSGRConstantsFromValue(long value, MSGRConstants *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MSGRConstants_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MSGRConstants)found;
  return 1;
}

#endif

/* MUAFOLDER: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MUAFolder_ =
    "\042\042 /;   >`    N S     \042 H  N J ! U e \201 \242!\042 U e  \042\042\042 !"
    "MUAFOLDER_INBOX\0"
    "MUAFOLDER_ALL_OTHER_FOLDERS\0"
    "Refers to the Outlook.com Inbox.\0"
    "Not currently implemented. Do not use.";

/**
 * @brief The name of a #MUAFOLDER constant, such as `"MUAFOLDER_INBOX"`.
 * @param value A #MUAFOLDER value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMUAFolderName(MUAFOLDER value) {
  return msgrpriv_name_(msgrpriv_table_MUAFolder_, value);
}

/**
 * @brief The documented meaning of a #MUAFOLDER constant, verbatim from its source page.
 * @param value A #MUAFOLDER value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMUAFolderDescription(MUAFOLDER value) {
  return msgrpriv_text_(msgrpriv_table_MUAFolder_, value, 1);
}

/**
 * @brief Finds the #MUAFOLDER constant named exactly @p text (case-sensitive), such as
 *        `"MUAFOLDER_INBOX"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMUAFolderFromName(const char *text, MUAFOLDER *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MUAFolder_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MUAFOLDER)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MUAFOLDER constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMUAFolderFromValue(long value, MUAFOLDER *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MUAFolder_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MUAFOLDER)found;
  return 1;
}

/* MUASORT: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MUASort_ =
    "\042\042 .1  (>\004\3576g N S     \042 H  N J ! U d v \241!\042 U d  !!\042 !"
    "MUASORT_GROUPS\0"
    "MUASORT_ONOFFLINE\0"
    "Sorts the local user's contacts by groups.\0"
    "Sorts the local user's contacts by online/offline status.";

/**
 * @brief The name of a #MUASORT constant, such as `"MUASORT_GROUPS"`.
 * @param value A #MUASORT value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMUASortName(MUASORT value) {
  return msgrpriv_name_(msgrpriv_table_MUASort_, value);
}

/**
 * @brief The documented meaning of a #MUASORT constant, verbatim from its source page.
 * @param value A #MUASORT value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMUASortDescription(MUASORT value) {
  return msgrpriv_text_(msgrpriv_table_MUASort_, value, 1);
}

/**
 * @brief Finds the #MUASORT constant named exactly @p text (case-sensitive), such as
 *        `"MUASORT_GROUPS"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMUASortFromName(const char *text, MUASORT *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MUASort_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MUASORT)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the #MUASORT
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
MSGRPRIV_INLINE_ int MsgrMUASortFromValue(long value, MUASORT *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MUASort_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MUASORT)found;
  return 1;
}

/* MWINDOWPROPERTY: its table (scripts/generate_header.py, table_bytes), then its helpers. */
MSGRPRIV_TABLE_ msgrpriv_table_MWindowProperty_ =
    "## 8<  1=:\355\312g V _\037\037\037\037 # M  V P !\042 b \177 \230 \261 \307 \023!\042# b \177"
    " \230  !!\042\042\042##! \042"
    "MWINDOWPROP_INVALID_PROPERTY\0"
    "MWINDOWPROP_VIEW_SIDEBAR\0"
    "MWINDOWPROP_VIEW_TOOLBAR\0"
    "Not a valid property.\0"
    "Used for retrieving and adding or removing the conversation window sidebar.\0"
    "Used for retrieving and adding or removing the conversation window toolbar.";

/**
 * @brief The name of a #MWINDOWPROPERTY constant, such as `"MWINDOWPROP_INVALID_PROPERTY"`.
 * @param value A #MWINDOWPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMWindowPropertyName(MWINDOWPROPERTY value) {
  return msgrpriv_name_(msgrpriv_table_MWindowProperty_, value);
}

/**
 * @brief The documented meaning of a #MWINDOWPROPERTY constant, verbatim from its source page.
 * @param value A #MWINDOWPROPERTY value.
 * @return A static string, or `NULL` when @p value is none of the constants.
 */
MSGRPRIV_INLINE_ const char *MsgrMWindowPropertyDescription(MWINDOWPROPERTY value) {
  return msgrpriv_text_(msgrpriv_table_MWindowProperty_, value, 1);
}

/**
 * @brief Finds the #MWINDOWPROPERTY constant named exactly @p text (case-sensitive), such as
 *        `"MWINDOWPROP_INVALID_PROPERTY"`.
 * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when
 *         either pointer is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMWindowPropertyFromName(const char *text, MWINDOWPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_name_(msgrpriv_table_MWindowProperty_, text, out, &found) == 0) {
    return 0;
  }
  *out = (MWINDOWPROPERTY)found;
  return 1;
}

/**
 * @brief Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the
 *        #MWINDOWPROPERTY constant with that value, without forming any other value.
 *
 * Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT,
 * -2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other `long`
 * finds nothing.
 * @param value A number.
 * @param out Where to store the constant, or `NULL`.
 * @return 1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when
 *         @p out is `NULL`).
 */
MSGRPRIV_INLINE_ int MsgrMWindowPropertyFromValue(long value, MWINDOWPROPERTY *out) {
  long found = 0;
  if (msgrpriv_from_value_(msgrpriv_table_MWindowProperty_, value, out, &found) == 0) {
    return 0;
  }
  *out = (MWINDOWPROPERTY)found;
  return 1;
}

#ifdef __cplusplus
} /* extern "C" */
#endif
/* @end helpers */

/* @generated cleanup: from data/enumerations.toml by scripts/generate_header.py */
#undef MSGRPRIV_DEPRECATION_MCONTACTPROPERTY_
#undef MSGRPRIV_DEPRECATED_MCONTACTPROPERTY_
#undef MSGRPRIV_DEPRECATION_MISTATUS_
#undef MSGRPRIV_DEPRECATED_MISTATUS_
#undef MSGRPRIV_DEPRECATION_MMESSENGERPROPERTY_
#undef MSGRPRIV_DEPRECATED_MMESSENGERPROPERTY_
#undef MSGRPRIV_DEPRECATION_MOPTIONPAGE_
#undef MSGRPRIV_DEPRECATED_MOPTIONPAGE_
#undef MSGRPRIV_DEPRECATION_MPHONE_TYPE_
#undef MSGRPRIV_DEPRECATED_MPHONE_TYPE_
#undef MSGRPRIV_DEPRECATION_MSERVICEPROPERTY_
#undef MSGRPRIV_DEPRECATED_MSERVICEPROPERTY_
#undef MSGRPRIV_DEPRECATION_MSGRConstants_
#undef MSGRPRIV_DEPRECATED_MSGRConstants_
#undef MSGRPRIV_DECLARES_MSGRConstants_
#undef MSGRPRIV_DEPRECATION_MUAFOLDER_
#undef MSGRPRIV_DEPRECATED_MUAFOLDER_
#undef MSGRPRIV_DEPRECATION_MUASORT_
#undef MSGRPRIV_DEPRECATED_MUASORT_
#undef MSGRPRIV_DEPRECATION_MWINDOWPROPERTY_
#undef MSGRPRIV_DEPRECATED_MWINDOWPROPERTY_
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
#endif /* MSGRPRIV_MSGRUA_H */
