/* Decodes what old Messenger code got back, the way it got it: an HRESULT
 * from IMsgrSession::Accept or from unlocking the API (SESSION_RESULT and
 * LockError codes), the LONG of IMsgrSession::get_Flags (SESSION_FLAGS bits)
 * and the LockStatus of DMsgrSessionManagerEvents::OnLockStatusChanged. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv.h>

#include <stdio.h>

#ifdef _WIN32
#include <windows.h> /* the real HRESULT and LONG */
#else
#include <stdint.h>
typedef int32_t HRESULT; /* as on Windows: a signed 32-bit LONG */
typedef int32_t LONG;
#endif

/* Stand-ins for the COM calls, returning what the documentation says they can. */
static HRESULT accept_invitation(void) { return SR_SESSION_STATE_INVALID; }
static HRESULT unlock_again(void) { return MSGR_E_API_ALREADY_UNLOCKED; }
static LONG session_flags(void) { return SF_INVITEE | SF_APP_INVITE_COMPATIBLE; }

/* An HRESULT's name and meaning, whichever of the two code lists holds it. */
static void report(const char *call, HRESULT hr) {
  const char *name = MsgrSessionResultName((SESSION_RESULT)hr);
  const char *meaning = MsgrSessionResultDescription((SESSION_RESULT)hr);
  if (name == NULL) {
    name = MsgrLockErrorName((LockError)hr);
    meaning = MsgrLockErrorDescription((LockError)hr);
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
  HRESULT hr = accept_invitation();
  LONG flags = session_flags();
  if (hr == SR_SESSION_STATE_INVALID) { /* the comparison old code made */
    report("Accept", hr);
  }
  report("Unlock", unlock_again());
  on_lock_status_changed(LOCK_UNLOCKED);
  /* A flag set has no single name: test each flag instead. */
  printf("flags 0x%04lX (one name? %s)\n", (unsigned long)flags,
         MsgrSessionFlagsName((SESSION_FLAGS)flags) ? "yes" : "no, a combination");
  MSGRPRIV_SESSION_FLAGS_LIST(PRINT_IF_SET)
  return 0;
}
