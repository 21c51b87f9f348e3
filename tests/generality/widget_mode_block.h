/* A made-up enumeration, for tests/generality only: never shipped. */
/* ---------------------------------------------------------------------------
 * WIDGET_MODE
 * ------------------------------------------------------------------------- */

/**
 * @brief Every constant of #WIDGET_MODE in the source's order, as
 *        `X(name, value, meaning)`; use it to build your own tables.
 */
#define MSGRPRIV_WIDGET_MODE_LIST(X) \
  X(WM_IDLE, 0x0010, "The widget is idle.") \
  X(WM_SPINNING, 0x0020, "The widget spins.") \
  X(WM_STOPPED, 0x0040, "The widget has stopped.")

/**
 * @brief Provides the list of possible modes of a widget.
 *
 * @deprecated Do not use. LockStatus is no longer available for use as of
 * Windows Vista. See Windows Messenger for more information.
 *
 * @par Requirements
 * | Requirement              | Value                                   |
 * | ------------------------ | --------------------------------------- |
 * | Minimum supported client | Windows XP \[desktop apps only\]        |
 * | Minimum supported server | Windows Server 2003 \[desktop apps only\] |
 * | End of client support    | Windows XP                              |
 * | End of server support    | Windows Server 2003                     |
 * | Product                  | Messenger 4.5                           |
 * | Header                   | Msgrpriv.h                              |
 * | IDL                      | Msgrpriv.idl                            |
 *
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-session-invite-ovw">Messenger Session Invite and Messenger Private APIs</a>
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-lock-and-key-ovw">Messenger Lock and Key API</a>
 * @see <a href="https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/im-widget-mode-enum">WIDGET_MODE enumeration (the source page)</a>
 */
typedef enum tagWIDGET_MODE { MSGRPRIV_WIDGET_MODE_LIST(MSGRPRIV_ENUMERATOR_) } WIDGET_MODE MSGRPRIV_DEPRECATED(MSGRPRIV_DEPRECATION_MESSAGE);

