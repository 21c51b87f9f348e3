/*
 * basicim_lists.h - every constant of basicim.h as an X-macro list, for tables
 * of your own.
 *
 * The part between the "@generated" and "@end" lines is written by
 * scripts/generate_header.py from data/enumerations.toml. Quoted text: (c)
 * Microsoft, CC BY 4.0.
 *
 * SPDX-License-Identifier: MIT AND CC-BY-4.0
 */

/**
 * @file basicim_lists.h
 * @brief Every constant of basicim.h as an X-macro list per enumeration:
 *        `X(name, value, meaning)` in the source's order, as msgrpriv_lists.h
 *        has them for msgrpriv.h.
 *
 * A separate header, so that code that only uses the enumerations does not
 * pay for the lists. Each value is the one the enumerator has: an
 * HRESULT-style code is the signed 32-bit HRESULT. Naming a constant draws the
 * deprecation diagnostic, as anywhere; the values alone do not.
 */
#ifndef MSGRPRIV_BASICIM_LISTS_H
#define MSGRPRIV_BASICIM_LISTS_H
/* NOLINTBEGIN(cppcoreguidelines-macro-usage) */

#include "basicim.h" /* IWYU pragma: export */

/* @generated lists: from data/enumerations.toml by scripts/generate_header.py */
/**
 * @brief Every constant of #BIMSTATE in the source's order, as `X(name, value, meaning)` with the
 *        value the enumerator has: for tables of your own.
 */
#define MSGRPRIV_BIMSTATE_LIST(X) \
  X(BIMSTATE_UNKNOWN, 0x0000, "The state of the local or remote client is unknown.") \
  X(BIMSTATE_OFFLINE, 0x0001, "The local or remote client is not connected to a server.") \
  X(BIMSTATE_ONLINE, 0x0002, "The local or remote client is connected to a server.") \
  X(BIMSTATE_INVISIBLE, 0x0006, "The local or remote client is connected to a server, but invisible to other users.") \
  X(BIMSTATE_BUSY, 0x000A, "The local or remote client is connected to a server and in a user-selected busy state.") \
  X(BIMSTATE_BE_RIGHT_BACK, 0x000E, "The local or remote client user is away from the computer for a short time. This is a user-selected state.") \
  X(BIMSTATE_IDLE, 0x0012, "The local or remote client has not detected mouse or keyboard input on the computer for a determined time. The user is most likely away from the computer. The user can select whether to transmit idle state and idle time threshold.") \
  X(BIMSTATE_AWAY, 0x0022, "The local or remote client user is away from the computer. This is a user-selected state.") \
  X(BIMSTATE_ON_THE_PHONE, 0x0032, "The local or remote client user is on the phone. This is a user-selected state.") \
  X(BIMSTATE_OUT_TO_LUNCH, 0x0042, "The local or remote client user is at lunch. This is a user-selected state.") \
  X(BIMSTATE_LOCAL_FINDING_SERVER, 0x0100, "The local client is attempting to find the server.") \
  X(BIMSTATE_LOCAL_CONNECTING_TO_SERVER, 0x0200, "The local client is connecting to the server.") \
  X(BIMSTATE_LOCAL_SYNCHRONIZING_WITH_SERVER, 0x0300, "The local client is synchronizing with the server.") \
  X(BIMSTATE_LOCAL_DISCONNECTING_FROM_SERVER, 0x0400, "The local client is disconnecting from the server.")

/**
 * @brief Every list of basicim.h, in #MSGRPRIV_BASICIM_ENUMERATIONS order, as
 *        `X(TYPE, Prefix, LIST)`: `LIST` is the list macro of the C type `TYPE`.
 */
#define MSGRPRIV_BASICIM_LISTS(X) \
  X(BIMSTATE, BIMState, MSGRPRIV_BIMSTATE_LIST)
/* @end lists */

/* NOLINTEND(cppcoreguidelines-macro-usage) */
#endif /* MSGRPRIV_BASICIM_LISTS_H */
