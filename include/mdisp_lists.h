/*
 * mdisp_lists.h - every constant of mdisp.h as an X-macro list, for tables
 * of your own.
 *
 * The part between the "@generated" and "@end" lines is written by
 * scripts/generate_header.py from data/enumerations.toml. Quoted text: (c)
 * Microsoft, CC BY 4.0.
 *
 * SPDX-License-Identifier: MIT AND CC-BY-4.0
 */

/**
 * @file mdisp_lists.h
 * @brief Every constant of mdisp.h as an X-macro list per enumeration:
 *        `X(name, value, meaning)` in the source's order, as msgrpriv_lists.h
 *        has them for msgrpriv.h.
 *
 * A separate header, so that code that only uses the enumerations does not
 * pay for the lists. Each value is the one the enumerator has: an
 * HRESULT-style code is the signed 32-bit HRESULT. Naming a constant draws the
 * deprecation diagnostic, as anywhere; the values alone do not.
 */
#ifndef MSGRPRIV_MDISP_LISTS_H
#define MSGRPRIV_MDISP_LISTS_H
/* NOLINTBEGIN(cppcoreguidelines-macro-usage) */

#include "mdisp.h" /* IWYU pragma: export */

/* @generated lists: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Every constant of #MLIST in the source's order, as `X(name, value, meaning)` with the
 *        value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_MLIST_LIST(X) \
  X(MLIST_CONTACT, 0, "Returns the collection of contacts in a contact list.") \
  X(MLIST_ALLOW, 1, "Returns the collection of contacts that are allowed to send messages and see the user's presence information.") \
  X(MLIST_BLOCK, 2, "Returns the collection of contacts that are not allowed to send messages and see the user's presence information.") \
  X(MLIST_REVERSE, 3, "Returns the collection of contacts that have added the user to their contact list.")

/**
 * @brief Every constant of #MOPTDLGPAGE in the source's order, as `X(name, value, meaning)` with
 *        the value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_MOPTDLGPAGE_LIST(X) \
  X(MOPTDLG_GENERAL_PAGE, 0, "Display the Personal tab of the Options dialog box (default).") \
  X(MOPTDLG_PRIVACY_PAGE, 1, "Display the Privacy tab of the Options dialog box.") \
  X(MOPTDLG_EXCHANGE_PAGE, 2, "Display the Accounts tab of the Options dialog box.") \
  X(MOPTDLG_ACCOUNTS_PAGE, 3, "Display the Accounts tab of the Options dialog box.") \
  X(MOPTDLG_CONNECTION_PAGE, 4, "Display the Connection tab of the Options dialog box.") \
  X(MOPTDLG_PREFERENCES_PAGE, 5, "Display the Preferences tab of the Options dialog box.") \
  X(MOPTDLG_SERVICES_PAGE, 6, "Reserved.") \
  X(MOPTDLG_PHONE_PAGE, 7, "Display the Phone tab of the Options dialog box.")

/* MSGRConstants's list: one part with msgrua.h's lists header (defined by whichever comes first). */
#if !defined(MSGRPRIV_MSGRCONSTANTS_LIST) && !defined(MSGRPRIV_DOXYGEN)
/**
 * @brief Every constant of #MSGRConstants in the source's order, as `X(name, value, meaning)` with
 *        the value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_MSGRCONSTANTS_LIST(X) \
  X(MSGR_E_CONNECT, -2130705663, "Error connecting to the server.") /* 0x81000301 */ \
  X(MSGR_E_INVALID_SERVER_NAME, -2130705662, "Name of the server that the client is trying to connect to is invalid.") /* 0x81000302 */ \
  X(MSGR_E_INVALID_PASSWORD, -2130705661, "Password specified for the user is invalid.") /* 0x81000303 */ \
  X(MSGR_E_ALREADY_LOGGED_ON, -2130705660, "Attempt to log on when the user is already signed in.") /* 0x81000304 */ \
  X(MSGR_E_SERVER_VERSION, -2130705659, "Version of the server that the client is trying to connect to is incompatible.") /* 0x81000305 */ \
  X(MSGR_E_LOGON_TIMEOUT, -2130705658, "Attempt to sign in timed out.") /* 0x81000306 */ \
  X(MSGR_E_LIST_FULL, -2130705657, "Contact list is full or has reached the maximum limit.") /* 0x81000307 */ \
  X(MSGR_E_AI_REJECT, -2130705656, "For internal use only. This error code is never returned to the user.") /* 0x81000308 */ \
  X(MSGR_E_AI_REJECT_NOT_INST, -2130705655, "For internal use only. This error code is never returned to the user.") /* 0x81000309 */ \
  X(MSGR_E_USER_NOT_FOUND, -2130705654, "Specified user is not found on the specified service.") /* 0x8100030a */ \
  X(MSGR_E_ALREADY_IN_LIST, -2130705653, "Attempt to add a contact that is already in the contact list.") /* 0x8100030b */ \
  X(MSGR_E_DISCONNECTED, -2130705652, "Client is disconnected from the network.") /* 0x8100030c */ \
  X(MSGR_E_UNEXPECTED, -2130705651, "Unexpected error occurred.") /* 0x8100030d */ \
  X(MSGR_E_SERVER_TOO_BUSY, -2130705650, "Server is too busy to handle the specified request.") /* 0x8100030e */ \
  X(MSGR_E_INVALID_AUTH_PACKAGES, -2130705649, "Not supported.") /* 0x8100030f */ \
  X(MSGR_E_NEWER_CLIENT_AVAILABLE, -2130705648, "Newer version of the client is available to download.") /* 0x81000310 */ \
  X(MSGR_E_AI_TIMEOUT, -2130705647, "Not supported.") /* 0x81000311 */ \
  X(MSGR_E_CANCEL, -2130705646, "User cancelled the operation in progress.") /* 0x81000312 */ \
  X(MSGR_E_TOO_MANY_MATCHES, -2130705645, "Not supported.") /* 0x81000313 */ \
  X(MSGR_E_SERVER_UNAVAILABLE, -2130705644, "Server is unavailable to handle the specified request.") /* 0x81000314 */ \
  X(MSGR_E_LOGON_UI_ACTIVE, -2130705643, "Sign in UI is active and expecting user's input.") /* 0x81000315 */ \
  X(MSGR_E_OPTION_UI_ACTIVE, -2130705642, "Options dialog is active and waiting for user input.") /* 0x81000316 */ \
  X(MSGR_E_CONTACT_UI_ACTIVE, -2130705641, "Add a contact wizard is active and waiting for user input.") /* 0x81000317 */ \
  X(MSGR_E_PRIMARY_SERVICE_NOT_LOGGED_ON, -2130705640, "Client is not signed in to primary service.") /* 0x81000318 */ \
  X(MSGR_E_LOGGED_ON, -2130705639, "User is already signed in.") /* 0x81000319 */ \
  X(MSGR_E_CONNECT_PROXY, -2130705638, "Error connecting the proxy.") /* 0x8100031a */ \
  X(MSGR_E_PROXY_AUTH, -2130705637, "Not supported.") /* 0x8100031b */ \
  X(MSGR_E_PROXY_AUTH_TYPE, -2130705636, "Not supported.") /* 0x8100031c */ \
  X(MSGR_E_INVALID_PROXY_NAME, -2130705635, "Specified proxy name is invalid.") /* 0x8100031d */ \
  X(MSGR_E_NOT_LOGGED_ON, -2130705634, "User is not logged on to the client.") /* 0x8100031e */ \
  X(MSGR_E_NOT_PRIMARY_SERVICE, -2130705632, "Specified service is not the primary service.") /* 0x81000320 */ \
  X(MSGR_E_TOO_MANY_SESSIONS, -2130705631, "Maximum number of sessions that can be opened has been reached.") /* 0x81000321 */ \
  X(MSGR_E_TOO_MANY_MESSAGES, -2130705630, "Not supported.") /* 0x81000322 */ \
  X(MSGR_E_REMOTE_LOGIN, -2130705629, "User signed in on a computer and also signed in from another (remote) computer.") /* 0x81000323 */ \
  X(MSGR_E_INVALID_FRIENDLY_NAME, -2130705628, "Friendly name specified is not valid, for example user@microsoft.com (@microsoft.com is not part of a friendly name).") /* 0x81000324 */ \
  X(MSGR_E_SESSION_FULL, -2130705627, "Number of participants allowed for the session has been reached.") /* 0x81000325 */ \
  X(MSGR_E_NOT_ALLOWING_NEW_USERS, -2130705626, "Not supported.") /* 0x81000326 */ \
  X(MSGR_E_INVALID_DOMAIN, -2130705625, "Not supported.") /* 0x81000327 */ \
  X(MSGR_E_TCP_ERROR, -2130705624, "Not supported.") /* 0x81000328 */ \
  X(MSGR_E_SESSION_TIMEOUT, -2130705623, "Session timed out.") /* 0x81000329 */ \
  X(MSGR_E_MULTIPOINT_SESSION_BEGIN_TIMEOUT, -2130705622, "Not supported.") /* 0x8100032a */ \
  X(MSGR_E_MULTIPOINT_SESSION_END_TIMEOUT, -2130705621, "Not supported.") /* 0x8100032b */ \
  X(MSGR_E_REVERSE_LIST_FULL, -2130705620, "Reverse contact list is full.") /* 0x8100032c */ \
  X(MSGR_E_SERVER_ERROR, -2130705619, "Unspecified server error.") /* 0x8100032d */ \
  X(MSGR_E_SYSTEM_CONFIG, -2130705618, "Not supported.") /* 0x8100032e */ \
  X(MSGR_E_NO_DIRECTORY, -2130705617, "Not supported.") /* 0x8100032f */ \
  X(MSGR_E_RETRY_SET, -2130705616, "Not supported.") /* 0x81000330 */ \
  X(MSGR_E_CHILD_WITHOUT_CONSENT, -2130705615, "Not supported.") /* 0x81000331 */ \
  X(MSGR_E_USER_CANCELLED, -2130705614, "User cancelled a specified operation such as a sign in.") /* 0x81000332 */ \
  X(MSGR_E_CANCEL_BEFORE_CONNECT, -2130705613, "User cancelled a specified operation before the connection was established.") /* 0x81000333 */ \
  X(MSGR_E_VOICE_IM_TIMEOUT, -2130705612, "Voice IM session timed out.") /* 0x81000334 */ \
  X(MSGR_E_NOT_ACCEPTING_PAGES, -2130705611, "Not supported.") /* 0x81000335 */ \
  X(MSGR_E_EMAIL_PASSPORT_NOT_VALIDATED, -2130705610, "Not supported.") /* 0x81000336 */ \
  X(MSGR_E_AUDIO_UI_ACTIVE, -2130705609, "Audio UI (voice configuration wizard) is active and waiting for user input.") /* 0x81000337 */ \
  X(MSGR_E_NO_HARDWARE, -2130705608, "Not supported.") /* 0x81000338 */ \
  X(MSGR_E_PAGING_UNAVAILABLE, -2130705607, "Paging is not supported for this client.") /* 0x81000339 */ \
  X(MSGR_E_PHONE_INVALID_NUMBER, -2130705606, "Specified phone number is invalid.") /* 0x8100033a */ \
  X(MSGR_E_PHONE_NO_FUNDS, -2130705605, "Not supported.") /* 0x8100033b */ \
  X(MSGR_E_VOICE_NO_ANSWER, -2130705604, "Not supported.") /* 0x8100033c */ \
  X(MSGR_E_VOICE_WAVEIN_DEVICE, -2130705603, "Not supported.") /* 0x8100033d */ \
  X(MSGR_E_FT_TIMEOUT, -2130705602, "Not supported.") /* 0x8100033e */ \
  X(MSGR_E_MESSAGE_TOO_LONG, -2130705601, "Message being sent is too long.") /* 0x8100033f */ \
  X(MSGR_E_VOICE_FIREWALL, -2130705600, "Not supported.") /* 0x81000340 */ \
  X(MSGR_E_VOICE_NETCONN, -2130705599, "Not supported.") /* 0x81000341 */ \
  X(MSGR_E_PHONE_CIRCUITS_BUSY, -2130705598, "Not supported.") /* 0x81000342 */ \
  X(MSGR_E_SERVER_PROTOCOL, -2130705597, "Not supported.") /* 0x81000343 */ \
  X(MSGR_E_UNAVAILABLE_VIA_HTTP, -2130705596, "Not supported.") /* 0x81000344 */ \
  X(MSGR_E_PHONE_INVALID_PIN, -2130705595, "Not supported.") /* 0x81000345 */ \
  X(MSGR_E_PHONE_PINPROCEED_TIMEOUT, -2130705594, "Not supported.") /* 0x81000346 */ \
  X(MSGR_E_SERVER_SHUTDOWN, -2130705593, "Windows Messenger signed out due to server shutdown.") /* 0x81000347 */ \
  X(MSGR_E_CLIENT_DISALLOWED, -2130705592, "Not supported.") /* 0x81000348 */ \
  X(MSGR_E_PHONE_CALL_NOT_COMPLETE, -2130705591, "Not supported.") /* 0x81000349 */ \
  X(MSGR_E_GROUPS_NOT_ENABLED, -2130705590, "Groups are not enabled on this service.") /* 0x8100034a */ \
  X(MSGR_E_GROUP_ALREADY_EXISTS, -2130705589, "New group specified already exists on the specified provider.") /* 0x8100034b */ \
  X(MSGR_E_TOO_MANY_GROUPS, -2130705588, "More groups cannot be created because the provider has reached the maximum limit.") /* 0x8100034c */ \
  X(MSGR_E_GROUP_DOES_NOT_EXIST, -2130705587, "Specified group name does not exist.") /* 0x8100034d */ \
  X(MSGR_E_USER_NOT_GROUP_MEMBER, -2130705586, "Specified user is not a member of the specified group.") /* 0x8100034e */ \
  X(MSGR_E_GROUP_NAME_TOO_LONG, -2130705585, "Specified group name is longer than the allowed limit.") /* 0x8100034f */ \
  X(MSGR_E_GROUP_NOT_EMPTY, -2130705584, "Group cannot be deleted because it has contacts in it.") /* 0x81000350 */ \
  X(MSGR_E_BAD_GROUP_NAME, -2130705583, "Specified group name is not valid.") /* 0x81000351 */ \
  X(MSGR_E_PHONESERVICE_UNAVAILABLE, -2130705582, "Phone service is not enabled.") /* 0x81000352 */ \
  X(MSGR_E_CANNOT_RENAME, -2130705581, "Specified group cannot be renamed.") /* 0x81000353 */ \
  X(MSGR_E_CANNOT_DELETE, -2130705580, "Specified contact or group cannot be deleted.") /* 0x81000354 */ \
  X(MSGR_E_INVALID_SERVICE, -2130705579, "Specified contact or group does not belong to the specified service.") /* 0x81000355 */ \
  X(MSGR_E_POLICY_RESTRICTED, -2130705578, "Operation cannot be performed because of policy restrictions.") /* 0x81000356 */ \
  X(MSGR_E_BUSY, -2130705577, "Not supported.") /* 0x81000357 */ \
  X(MSGR_E_DNS_SRV_FAIL, -2130705576, "Not supported.") /* 0x81000358 */ \
  X(MSGR_E_DNS_A_RES_FAIL, -2130705575, "Not supported.") /* 0x81000359 */ \
  X(MSGR_E_NO_SERVER_ADDRESS_SPECIFIED, -2130705568, "Not supported.") /* 0x81000360 */ \
  X(MSGR_E_TLS_FAIL, -2130705567, "TLS connection failed.") /* 0x81000361 */ \
  X(MSGR_E_INCOMPATIBLE_ENCRYPTION, -2130705566, "Not supported.") /* 0x81000362 */ \
  X(MSGR_E_SSL_TUNNEL_FAILED, -2130705565, "Not supported.") /* 0x81000363 */ \
  X(MSGR_E_SIP_TIMEOUT, -2130705564, "SIP connection attempt timed out.") /* 0x81000364 */ \
  X(MSGR_E_INCOMPATIBLE_IM, -2130705563, "Client versions are incompatible.") /* 0x81000365 */ \
  X(MSGR_E_MIM_ADD_TO_CONTACTS_FAIL, -2130705562, "Cannot add more contacts to MIM conversation.") /* 0x81000366 */ \
  X(MSGR_E_INVALID_ADDRESS_FORMAT, -2130705561, "Specified user address is in an invalid format.") /* 0x81000367 */ \
  X(MSGR_E_INVALID_CERTIFICATE, -2130705560, "Client does not have a valid certificate to connect over TLS.") /* 0x81000368 */ \
  X(MSGR_E_AUTH_TIME_SKEW, -2130705559, "Not supported.") /* 0x81000369 */ \
  X(MSGR_E_CHANGED_CREDENTIALS, -2130705552, "User logon credentials are different from the stored ones.") /* 0x81000370 */ \
  X(MSGR_E_SIP_LOGIN_FORBIDDEN, -2130705551, "SIP logon for the user is forbidden.") /* 0x81000371 */ \
  X(MSGR_E_SIP_HIGH_SECURITY_SET_TLS, -2130705550, "Not supported.") /* 0x81000372 */ \
  X(MSGR_E_CALLEE_INSUFFICIENT_SECURITY_LEVEL, -2130705549, "Not supported.") /* 0x81000373 */ \
  X(MSGR_E_CALLER_PEER2PEER_CALLS_NOT_ALLOWED, -2130705548, "Not supported.") /* 0x81000374 */ \
  X(MSGR_E_SIP_UDP_UNSUPPORTED, -2130705547, "UDP is not supported on the specified server.") /* 0x81000375 */ \
  X(MSGR_E_SIP_SEARCH_FORBIDDEN, -2130705546, "User search is forbidden on SIP.") /* 0x81000376 */ \
  X(MSGR_E_SESSION_RESTRICTED, -2130705536, "Not supported.") /* 0x81000380 */ \
  X(MSGR_E_MANAGED_USER_INVALID_CVR, -2130705535, "Not supported.") /* 0x81000381 */ \
  X(MSGR_E_RESTRICTED_USER, -2130705534, "Attempt to invite a user who is not on the contact list.") /* 0x81000382 */ \
  X(MSGR_E_PROXY_AUTH_REQUIRED, -2130705533, "Not supported.") /* 0x81000383 */ \
  X(MSGR_E_PROXY_REALM_MISMATCH, -2130705532, "Not supported.") /* 0x81000384 */ \
  X(MSGR_E_PROXY_PASSWORD_INCORRECT, -2130705531, "Not supported.") /* 0x81000385 */ \
  X(MSGR_E_RESTRICTED_USER_LOGON_RESTRICED, -2130705530, "Not supported.") /* 0x81000386 */ \
  X(MSGR_E_IE_OFFLINE, -2130705529, "Internet Explorer is working in offline mode.") /* 0x81000387 */ \
  X(MSGR_E_IE_CANT_CONNECT, -2130705528, "Internet Explorer cannot connect to the network.") /* 0x81000388 */ \
  X(MSGR_S_ALREADY_IN_THE_MODE, 0x01000301, "Not supported.") \
  X(MSGR_S_TRANSFER_SEND_BEGUN, 0x01000302, "Not supported.") \
  X(MSGR_S_TRANSFER_SEND_FINISHED, 0x01000303, "Not supported.") \
  X(MSGR_S_TRANSFER_RECEIVE_BEGUN, 0x01000304, "Not supported.") \
  X(MSGR_S_TRANSFER_RECEIVE_FINISHED, 0x01000305, "Not supported.") \
  X(MSGR_S_GROUP_ALREADY_EXISTS, 0x01000306, "Group specified to be created already exists on the specified provider.") \
  X(MSGR_E_FAIL, -2147467259, "General failure.") /* 0x80004005 */ \
  X(MSGR_S_OK, 0x00000000, "Success.")
#endif

/**
 * @brief Every constant of #MSTATE in the source's order, as `X(name, value, meaning)` with the
 *        value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_MSTATE_LIST(X) \
  X(MSTATE_UNKNOWN, 0x0000, "The state of the local or remote client is unknown.") \
  X(MSTATE_OFFLINE, 0x0001, "The local or remote client is not connected to a server.") \
  X(MSTATE_ONLINE, 0x0002, "The local or remote client is connected to a server.") \
  X(MSTATE_INVISIBLE, 0x0006, "The local or remote client is connected to a server, but invisible to other users.") \
  X(MSTATE_BUSY, 0x000A, "The local or remote client is connected to a server and in a user-selected busy state.") \
  X(MSTATE_BE_RIGHT_BACK, 0x000E, "The local or remote client user is away from the computer for a short time. This is a user-selected state.") \
  X(MSTATE_IDLE, 0x0012, "The local or remote client has not detected mouse or keyboard input on the computer for a determined time. The user is most likely away from the computer. The user can select whether to transmit idle state and idle time threshold.") \
  X(MSTATE_AWAY, 0x0022, "The local or remote client user is away from the computer. This is a user-selected state.") \
  X(MSTATE_ON_THE_PHONE, 0x0032, "The local or remote client user is on the phone. This is a user-selected state.") \
  X(MSTATE_OUT_TO_LUNCH, 0x0042, "The local or remote client user is at lunch. This is a user-selected state.") \
  X(MSTATE_LOCAL_FINDING_SERVER, 0x0100, "The local client is attempting to find the server.") \
  X(MSTATE_LOCAL_CONNECTING_TO_SERVER, 0x0200, "The local client is connecting to the server.") \
  X(MSTATE_LOCAL_SYNCHRONIZING_WITH_SERVER, 0x0300, "The local client is synchronizing with the server.") \
  X(MSTATE_LOCAL_DISCONNECTING_FROM_SERVER, 0x0400, "The local client is disconnecting from the server.")

/**
 * @brief Every list of mdisp.h, in #MSGRPRIV_MDISP_ENUMERATIONS order, as `X(TYPE, Prefix, LIST)`:
 *        `LIST` is the list macro of the C type `TYPE`. MSGRConstants, which mdisp.h provides too,
 *        is in msgrua.h's list of lists, as there.
 */
#define MSGRPRIV_MDISP_LISTS(X) \
  X(MLIST, MList, MSGRPRIV_MLIST_LIST) \
  X(MOPTDLGPAGE, MOptDlgPage, MSGRPRIV_MOPTDLGPAGE_LIST) \
  X(MSTATE, MState, MSGRPRIV_MSTATE_LIST)
/* @end lists */

/* NOLINTEND(cppcoreguidelines-macro-usage) */
#endif /* MSGRPRIV_MDISP_LISTS_H */
