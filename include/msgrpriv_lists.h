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

/* @generated lists: from data/msgrpriv.toml by scripts/generate_header.py */
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
  X(MSGR_E_API_NOTINITIALIZED, (int)0x81000751, "The restricted API is not initialized.") \
  X(MSGR_E_API_LOCKED, (int)0x81000752, "The Messenger service API is locked.") \
  X(MSGR_E_API_UNLOCK_FAILED, (int)0x81000753, "The attempt to unlock the Messenger service " \
      "API was unsuccessful.") \
  X(MSGR_E_API_ALREADY_UNLOCKED, (int)0x81000754, "The Messenger service API is already " \
      "unlocked.") \
  X(MSGR_E_API_PENDING_UNLOCK, (int)0x81000755, "A challenge request has been made by the " \
      "application and the Messenger client application is awaiting a response.") \
  X(MSGR_E_API_DISABLED, (int)0x81000756, "The Messenger service API is disabled.")

/**
 * @brief Every constant of #LockStatus in the source's order, as `X(name, value, meaning)` with the
 *        value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_LOCK_STATUS_LIST(X) \
  X(LOCK_NOTINITIALIZED, 0x00000001, "The Messenger client Lock and Key mechanism is not " \
      "initialized.") \
  X(LOCK_INITIALIZED, 0x00000002, "The Messenger service API is locked.") \
  X(LOCK_PENDINGRESULT, 0x00000003, "The application has successfully initiated a challenge " \
      "request to the Messenger client and the Messenger client is awaiting the application " \
      "response to its authentication challenge.") \
  X(LOCK_UNLOCKED, 0x00000004, "The Messenger service API is unlocked.") \
  X(LOCK_UNLOCKFAILED, 0x00000005, "The application response to the Messenger client " \
      "authentication challenge failed.") \
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
  X(SR_APPLICATION_LAUNCH_FAILED, (int)0x81000601, "The application failed to start.") \
  X(SR_INVITATION_DECLINED, (int)0x81000602, "The invitation was declined by the recipient.") \
  X(SR_CONNECTION_FAILURE, (int)0x81000603, "Connection failure.") \
  X(SR_AUTHENTICATION_FAILED, (int)0x81000604, "The authentication failed.") \
  X(SR_SESSION_NOT_READY, (int)0x81000605, "The session is not ready.") \
  X(SR_SESSION_CANCELLED_LOCAL, (int)0x81000606, "The local session canceled.") \
  X(SR_SESSION_CANCELLED_REMOTE, (int)0x81000607, "The session is remotely canceled.") \
  X(SR_SESSION_PROTOCOL_ERROR, (int)0x81000608, "Protocol error.") \
  X(SR_SESSION_TIMEOUT, (int)0x81000609, "The session timed out.") \
  X(SR_CANCEL_BEFORE_CONNECT, (int)0x8100060a, "The session canceled before the connection " \
      "was made.") \
  X(SR_NOT_INVITEE, (int)0x8100060b, "The recipient is not the invitee.") \
  X(SR_NOT_INVITER, (int)0x8100060c, "The recipient is not the inviter.") \
  X(SR_APP_ALREADY_REGISTERED, (int)0x8100060d, "The application is already registered.") \
  X(SR_APP_NOT_REGISTERED, (int)0x8100060e, "The application is not registered.") \
  X(SR_NOT_VALID_FOR_APP_INVITE, (int)0x8100060f, "The application does not allow a session " \
      "to be created.") \
  X(SR_APP_NOT_SPECIFIED, (int)0x81000610, "The application is not specified for the session.") \
  X(SR_CONTEXT_DATA_OVER_LIMIT, (int)0x81000611, "The context data exceeds the maximum " \
      "allowed.") \
  X(SR_NO_USER_INVITED, (int)0x81000612, "No user invited.") \
  X(SR_INVITED_SELF, (int)0x81000613, "The inviter invited self.") \
  X(SR_SESSION_STATE_INVALID, (int)0x81000614, "The session state is invalid.") \
  X(SR_INVITATION_SEND_FAILURE, (int)0x81000615, "Send failure.") \
  X(SR_CANCEL_SEND_FAILURE, (int)0x81000616, "The send failure was canceled.") \
  X(SR_DECLINE_SEND_FAILURE, (int)0x81000617, "The send failure was declined.") \
  X(SR_ACCEPT_SEND_FAILURE, (int)0x81000618, "The send failure was accepted.") \
  X(SR_CONTEXT_DATA_SEND_FAILURE, (int)0x81000619, "The context data sent failed.") \
  X(SR_NETWORK_CONFIG_FAILURE, (int)0x81000620, "A network configuration operation failed.") \
  X(SR_NET_NOT_SUPPORTED, (int)0x81000621, "An unsupported network was encountered.") \
  X(SR_REMOTE_NET_NOT_SUPPORTED, (int)0x81000622, "An unsupported remote network was " \
      "encountered.") \
  X(SR_FIREWALL_NOT_SUPPORTED, (int)0x81000623, "An unsupported firewall was encountered.") \
  X(SR_OLD_SIP_STACK, (int)0x81000624, "The SIP stack is out of date.")

/**
 * @brief Every list of this header, in #MSGRPRIV_ENUMERATIONS order, as `X(TYPE, Prefix, LIST)`:
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
