// Quoted from the source page "SESSION_STATE enumeration" (Constants
// section), in the page's order. Deliberately not derived from the header:
// the tests compare the header against these words.
#ifndef MSGRPRIV_TESTS_SOURCE_WORDING_HPP
#define MSGRPRIV_TESTS_SOURCE_WORDING_HPP

struct SourceConstant {
  const char *name;
  int value;  // the implicit numbering of the source's typedef
  const char *meaning;
};

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

#endif
