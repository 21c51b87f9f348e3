// Quoted from the source page "SESSION_STATE enumeration", in the page's
// order. Deliberately not derived from the header: the tests compare the
// header and the generated docs against these words. The docs tests
// (tests/docs) read this file too, so keep one entry per line.
#ifndef MSGRPRIV_TESTS_SOURCE_WORDING_HPP
#define MSGRPRIV_TESTS_SOURCE_WORDING_HPP

#include <ostream>

struct SourceConstant {
  const char *name;
  int value;  // the implicit numbering of the source's typedef
  const char *meaning;
};

// GoogleTest prints parameters with this instead of raw bytes.
inline void PrintTo(const SourceConstant &constant, std::ostream *out) { *out << constant.name; }

inline constexpr SourceConstant kSourceConstants[] = {
    {"SS_UNKNOWN", 0, "Unknown response."},
    {"SS_READY", 1, "The session is ready."},
    {"SS_INVITATION", 2, "The session is an invitation."},
    {"SS_ACCEPTED", 3, "The session is accepted."},
    {"SS_CONNECTED", 4, "The session is not ready."},
    {"SS_CANCELLED", 5, "The local session canceled."},
    {"SS_DECLINED", 6, "The session is remotely canceled."},
    {"SS_TERMINATED", 7, "Protocol error."},
};

// The summary, the first words and the banner sentence of the page.
inline constexpr const char *kSourceSummary = "Provides the list of possible state codes of the session invitation.";
inline constexpr const char *kSourceDoNotUse = "Do not use.";
inline constexpr const char *kSourceBanner = "LockStatus is no longer available for use as of Windows Vista. See Windows Messenger for more information.";

struct SourceRequirement {
  const char *name;
  const char *value;
};

// The Requirements table.
inline constexpr SourceRequirement kSourceRequirements[] = {
    {"Minimum supported client", "Windows XP [desktop apps only]"},
    {"Minimum supported server", "Windows Server 2003 [desktop apps only]"},
    {"End of client support", "Windows XP"},
    {"End of server support", "Windows Server 2003"},
    {"Product", "Messenger 4.5"},
    {"Header", "Msgrpriv.h"},
    {"IDL", "Msgrpriv.idl"},
};

#endif
