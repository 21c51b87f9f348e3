/* SPDX-License-Identifier: MIT */
/** @file app.h @brief An application's header that uses msgrpriv. */
#include <msgrpriv.h>
/**
 * @brief Handles a change of state.
 * @param state The state before the change, a #SESSION_STATE such as #SS_DECLINED.
 * @return 0. See MsgrSessionStateName().
 */
int handle(SESSION_STATE state);
