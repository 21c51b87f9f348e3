/*
 * msgrpriv_lists.h - every constant of msgrpriv.h as an X-macro list, for
 * tables of your own.
 *
 * The part between the "@generated" and "@end" lines is written by
 * scripts/generate_header.py from data/msgrpriv.toml. Quoted text: (c)
 * Microsoft, CC BY 4.0.
 *
 * SPDX-License-Identifier: MIT AND CC-BY-4.0
 */

/**
 * @file msgrpriv_lists.h
 * @brief Every constant of msgrpriv.h as an X-macro list per enumeration:
 *        `X(name, value, meaning)` in the source's order.
 *
 * A separate header, so that code that only uses the enumerations does not
 * pay for the lists:
 *
 *     #define AS_CASE(name, value, meaning) case name: return meaning;
 *     switch (state) { MSGRPRIV_SESSION_STATE_LIST(AS_CASE) }
 *
 * Each value is the one the enumerator has: an HRESULT-style code is the
 * signed 32-bit HRESULT, `(int)0x81000601`. Naming a constant draws the
 * deprecation diagnostic, as anywhere; the values alone do not.
 */
#ifndef MSGRPRIV_LISTS_H
#define MSGRPRIV_LISTS_H
/* NOLINTBEGIN(cppcoreguidelines-macro-usage) */

#include "msgrpriv.h" /* IWYU pragma: export */

/* @generated lists: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Every constant of #SESSION_STATE in the source's order, as `X(name, value, meaning)` with
 *        the value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_SESSION_STATE_LIST(X) \
  X(SS_UNKNOWN, 0, "Unknown response.") \
  X(SS_READY, 1, "The session is ready.") \
  X(SS_INVITATION, 2, "The session is an invitation.") \
  X(SS_ACCEPTED, 3, "The session is accepted.") \
  X(SS_CONNECTED, 4, "The session is not ready.") \
  X(SS_CANCELLED, 5, "The local session canceled.") \
  X(SS_DECLINED, 6, "The session is remotely canceled.") \
  X(SS_TERMINATED, 7, "Protocol error.")

/**
 * @brief Every constant of #LockError in the source's order, as `X(name, value, meaning)` with the
 *        value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_LOCK_ERROR_LIST(X) \
  X(MSGR_E_API_NOTINITIALIZED, -2130704559, "The restricted API is not initialized.") /* 0x81000751 */ \
  X(MSGR_E_API_LOCKED, -2130704558, "The Messenger service API is locked.") /* 0x81000752 */ \
  X(MSGR_E_API_UNLOCK_FAILED, -2130704557, "The attempt to unlock the Messenger service API was unsuccessful.") /* 0x81000753 */ \
  X(MSGR_E_API_ALREADY_UNLOCKED, -2130704556, "The Messenger service API is already unlocked.") /* 0x81000754 */ \
  X(MSGR_E_API_PENDING_UNLOCK, -2130704555, "A challenge request has been made by the application and the Messenger client application is awaiting a response.") /* 0x81000755 */ \
  X(MSGR_E_API_DISABLED, -2130704554, "The Messenger service API is disabled.") /* 0x81000756 */

/**
 * @brief Every constant of #LockStatus in the source's order, as `X(name, value, meaning)` with the
 *        value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_LOCK_STATUS_LIST(X) \
  X(LOCK_NOTINITIALIZED, 0x00000001, "The Messenger client Lock and Key mechanism is not initialized.") \
  X(LOCK_INITIALIZED, 0x00000002, "The Messenger service API is locked.") \
  X(LOCK_PENDINGRESULT, 0x00000003, "The application has successfully initiated a challenge request to the Messenger client and the Messenger client is awaiting the application response to its authentication challenge.") \
  X(LOCK_UNLOCKED, 0x00000004, "The Messenger service API is unlocked.") \
  X(LOCK_UNLOCKFAILED, 0x00000005, "The application response to the Messenger client authentication challenge failed.") \
  X(LOCK_DISABLED, 0x00000006, "The Messenger client Lock and Key mechanism is disabled.")

/**
 * @brief Every constant of #SESSION_FLAGS in the source's order, as `X(name, value, meaning)` with
 *        the value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_SESSION_FLAGS_LIST(X) \
  X(SF_NONE, 0x0000, "No such value.") \
  X(SF_INVITER, 0x0001, "The party that holds the session object is the inviter.") \
  X(SF_INVITEE, 0x0002, "The party that holds the session object is the recipient.") \
  X(SF_APP_INVITE_COMPATIBLE, 0x0004, "The application shared between users is compatible.")

/**
 * @brief Every constant of #SESSION_RESULT in the source's order, as `X(name, value, meaning)` with
 *        the value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_SESSION_RESULT_LIST(X) \
  X(SR_APPLICATION_LAUNCH_FAILED, -2130704895, "The application failed to start.") /* 0x81000601 */ \
  X(SR_INVITATION_DECLINED, -2130704894, "The invitation was declined by the recipient.") /* 0x81000602 */ \
  X(SR_CONNECTION_FAILURE, -2130704893, "Connection failure.") /* 0x81000603 */ \
  X(SR_AUTHENTICATION_FAILED, -2130704892, "The authentication failed.") /* 0x81000604 */ \
  X(SR_SESSION_NOT_READY, -2130704891, "The session is not ready.") /* 0x81000605 */ \
  X(SR_SESSION_CANCELLED_LOCAL, -2130704890, "The local session canceled.") /* 0x81000606 */ \
  X(SR_SESSION_CANCELLED_REMOTE, -2130704889, "The session is remotely canceled.") /* 0x81000607 */ \
  X(SR_SESSION_PROTOCOL_ERROR, -2130704888, "Protocol error.") /* 0x81000608 */ \
  X(SR_SESSION_TIMEOUT, -2130704887, "The session timed out.") /* 0x81000609 */ \
  X(SR_CANCEL_BEFORE_CONNECT, -2130704886, "The session canceled before the connection was made.") /* 0x8100060a */ \
  X(SR_NOT_INVITEE, -2130704885, "The recipient is not the invitee.") /* 0x8100060b */ \
  X(SR_NOT_INVITER, -2130704884, "The recipient is not the inviter.") /* 0x8100060c */ \
  X(SR_APP_ALREADY_REGISTERED, -2130704883, "The application is already registered.") /* 0x8100060d */ \
  X(SR_APP_NOT_REGISTERED, -2130704882, "The application is not registered.") /* 0x8100060e */ \
  X(SR_NOT_VALID_FOR_APP_INVITE, -2130704881, "The application does not allow a session to be created.") /* 0x8100060f */ \
  X(SR_APP_NOT_SPECIFIED, -2130704880, "The application is not specified for the session.") /* 0x81000610 */ \
  X(SR_CONTEXT_DATA_OVER_LIMIT, -2130704879, "The context data exceeds the maximum allowed.") /* 0x81000611 */ \
  X(SR_NO_USER_INVITED, -2130704878, "No user invited.") /* 0x81000612 */ \
  X(SR_INVITED_SELF, -2130704877, "The inviter invited self.") /* 0x81000613 */ \
  X(SR_SESSION_STATE_INVALID, -2130704876, "The session state is invalid.") /* 0x81000614 */ \
  X(SR_INVITATION_SEND_FAILURE, -2130704875, "Send failure.") /* 0x81000615 */ \
  X(SR_CANCEL_SEND_FAILURE, -2130704874, "The send failure was canceled.") /* 0x81000616 */ \
  X(SR_DECLINE_SEND_FAILURE, -2130704873, "The send failure was declined.") /* 0x81000617 */ \
  X(SR_ACCEPT_SEND_FAILURE, -2130704872, "The send failure was accepted.") /* 0x81000618 */ \
  X(SR_CONTEXT_DATA_SEND_FAILURE, -2130704871, "The context data sent failed.") /* 0x81000619 */ \
  X(SR_NETWORK_CONFIG_FAILURE, -2130704864, "A network configuration operation failed.") /* 0x81000620 */ \
  X(SR_NET_NOT_SUPPORTED, -2130704863, "An unsupported network was encountered.") /* 0x81000621 */ \
  X(SR_REMOTE_NET_NOT_SUPPORTED, -2130704862, "An unsupported remote network was encountered.") /* 0x81000622 */ \
  X(SR_FIREWALL_NOT_SUPPORTED, -2130704861, "An unsupported firewall was encountered.") /* 0x81000623 */ \
  X(SR_OLD_SIP_STACK, -2130704860, "The SIP stack is out of date.") /* 0x81000624 */

/**
 * @brief Every list of msgrpriv.h, in #MSGRPRIV_ENUMERATIONS order, as `X(TYPE, Prefix, LIST)`:
 *        `LIST` is the list macro of the C type `TYPE`.
 */
#define MSGRPRIV_LISTS(X) \
  X(SESSION_STATE, SessionState, MSGRPRIV_SESSION_STATE_LIST) \
  X(LockError, LockError, MSGRPRIV_LOCK_ERROR_LIST) \
  X(LockStatus, LockStatus, MSGRPRIV_LOCK_STATUS_LIST) \
  X(SESSION_FLAGS, SessionFlags, MSGRPRIV_SESSION_FLAGS_LIST) \
  X(SESSION_RESULT, SessionResult, MSGRPRIV_SESSION_RESULT_LIST)
/* @end lists */

/* NOLINTEND(cppcoreguidelines-macro-usage) */
#endif /* MSGRPRIV_LISTS_H */
