/*
 * msgrpriv_impl.h - the definitions of msgrpriv.h's C helpers.
 *
 * Do not include this file: define MSGRPRIV_IMPLEMENTATION in exactly one
 * source file before including msgrpriv.h, which then includes this file
 * inside its extern "C" block and with its deprecation warnings silenced.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef MSGRPRIV_IMPL_H
#define MSGRPRIV_IMPL_H

#ifndef MSGRPRIV_H
#error "Include msgrpriv.h with MSGRPRIV_IMPLEMENTATION defined, not msgrpriv_impl.h."
#endif

#define MSGRPRIV_X_STRINGS_(name, value, meaning) #name, meaning,

/* Name i at [2i], meaning i at [2i + 1]. */
static const char *const msgrpriv_strings_[2 * MSGRPRIV_SESSION_STATE_COUNT] = {
    MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_X_STRINGS_)};

const char *MsgrSessionStateName(SESSION_STATE state) {
  /* One unsigned compare rejects negative and too-large values alike,
   * whatever integer type the compiler picked for the enum. */
  unsigned long index = (unsigned long)state;
  return index < MSGRPRIV_SESSION_STATE_COUNT ? msgrpriv_strings_[2 * index] : 0;
}

const char *MsgrSessionStateDescription(SESSION_STATE state) {
  unsigned long index = (unsigned long)state;
  return index < MSGRPRIV_SESSION_STATE_COUNT ? msgrpriv_strings_[2 * index + 1] : 0;
}

int MsgrSessionStateFromName(const char *name, SESSION_STATE *out) {
  int index = 0;
  if (name == 0 || out == 0) {
    return 0;
  }
  /* Every name starts with "SS_": reject anything else before the scan. */
  if (name[0] != 'S' || name[1] != 'S' || name[2] != '_') {
    return 0;
  }
  for (index = 0; index < MSGRPRIV_SESSION_STATE_COUNT; ++index) {
    const char *a = name + 3;
    const char *b = msgrpriv_strings_[2 * index] + 3;
    while (*a != '\0' && *a == *b) {
      ++a;
      ++b;
    }
    if (*a == '\0' && *b == '\0') {
      *out = (SESSION_STATE)index;
      return 1;
    }
  }
  return 0;
}
#undef MSGRPRIV_X_STRINGS_

#endif /* MSGRPRIV_IMPL_H */
