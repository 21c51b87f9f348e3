/* libFuzzer target for MsgrSessionStateFromName: any input either fails to
 * parse, leaving the output untouched, or round-trips exactly through
 * MsgrSessionStateName. The C API reads a C string: the bytes up to the
 * first NUL. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* a test: it names the type on purpose */
#define MSGRPRIV_IMPLEMENTATION /* the helpers' definitions are compiled in this file */
#include <msgrpriv.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = (char *)malloc(size + 1);
  SESSION_STATE state = (SESSION_STATE)12345; /* a sentinel no match writes */
  int value;
  if (text == NULL) {
    return 0;
  }
  if (size > 0) {
    memcpy(text, data, size);
  }
  text[size] = '\0';

  if (MsgrSessionStateFromName(text, &state)) {
    const char *name = MsgrSessionStateName(state);
    if (name == NULL || strcmp(name, text) != 0) {
      abort(); /* matched, but the name does not round-trip */
    }
  } else {
    if ((int)state != 12345) {
      abort(); /* no match, yet the output changed */
    }
    for (value = 0; value < MSGRPRIV_SESSION_STATE_COUNT; ++value) {
      if (strcmp(MsgrSessionStateName((SESSION_STATE)value), text) == 0) {
        abort(); /* a valid name was rejected */
      }
    }
  }
  free(text);
  return 0;
}
