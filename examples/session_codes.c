/* Decodes what old Messenger code got back, the way it got it: an HRESULT
 * from IMsgrSession::Accept or from unlocking the API (SESSION_RESULT and
 * LockError codes), the LONG of IMsgrSession::get_Flags (SESSION_FLAGS bits)
 * and the LockStatus of DMsgrSessionManagerEvents::OnLockStatusChanged. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv_lists.h>

#include <stdio.h>

#ifdef _WIN32
#include <windows.h> /* the real HRESULT and LONG */
#else
#include <stdint.h>
typedef int32_t HRESULT; /* as on Windows: a signed 32-bit LONG */
typedef int32_t LONG;
#endif

/* What the COM calls returned, as a log would replay them: codes their
 * documentation says they can return, and one success (S_OK is 0). */
struct call {
  const char *name;
  HRESULT hr;
};
static const struct call calls[] = {
    {"Accept", SR_SESSION_STATE_INVALID}, {"Unlock", MSGR_E_API_ALREADY_UNLOCKED}, {"Accept", 0}};
static const LONG session_flags = SF_INVITEE | SF_APP_INVITE_COMPATIBLE; /* from get_Flags */

/* An HRESULT's name and meaning, whichever of the two code lists holds it:
 * each FromValue helper takes the HRESULT as it is, without a cast. */
static void report(const char *call, HRESULT hr) {
  SESSION_RESULT result = SR_SESSION_STATE_INVALID;
  LockError error = MSGR_E_API_LOCKED;
  const char *name = NULL;
  const char *meaning = NULL;
  if (MsgrSessionResultFromValue(hr, &result)) {
    name = MsgrSessionResultName(result);
    meaning = MsgrSessionResultDescription(result);
  } else if (MsgrLockErrorFromValue(hr, &error)) {
    name = MsgrLockErrorName(error);
    meaning = MsgrLockErrorDescription(error);
  }
  printf("%s failed: 0x%08lX %s: %s\n", call, (unsigned long)hr & 0xFFFFFFFFUL, name ? name : "(not a Messenger code)",
         meaning ? meaning : "");
}

static void on_lock_status_changed(LockStatus status) {
  printf("lock status %d %s: %s\n", (int)status, MsgrLockStatusName(status), MsgrLockStatusDescription(status));
}

#define PRINT_IF_SET(name, value, meaning) \
  if ((flags & (name)) != 0) printf("  %s: %s\n", #name, meaning);

int main(void) {
  const LONG flags = session_flags;
  SESSION_FLAGS flag_set = SF_NONE;
  size_t i = 0;
  for (i = 0; i < sizeof calls / sizeof calls[0]; ++i) {
    if (calls[i].hr >= 0) {
      printf("%s succeeded\n", calls[i].name);
      continue;
    }
    report(calls[i].name, calls[i].hr);
    if (calls[i].hr == SR_SESSION_STATE_INVALID) { /* the comparison old code made */
      printf("  IMsgrSession::Accept: \"The SESSION_STATE of the accepting user is not valid.\"\n");
    }
  }
  on_lock_status_changed(LOCK_UNLOCKED);
  /* A set of flags is named by its flags; each has its own meaning. */
  if (MsgrSessionFlagsFromValue(flags, &flag_set)) {
    printf("flags 0x%04lX: %s\n", (unsigned long)flags, MsgrSessionFlagsName(flag_set));
  }
  MSGRPRIV_SESSION_FLAGS_LIST(PRINT_IF_SET)
  return 0;
}
