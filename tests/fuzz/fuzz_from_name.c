/* libFuzzer target for the C FromName helper of every enumeration: any input
 * either fails to parse, leaving the output untouched, or round-trips
 * exactly through the Name helper. The C API reads a C string: the bytes up
 * to the first NUL. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* a test: it names the types on purpose */
#include <msgrpriv_every_list.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A valid name must be found: compare with every row of the list. */
#define MSGRPRIV_FUZZ_MUST_MATCH(name, value, meaning) \
  if (strcmp(#name, text) == 0) abort(); /* a valid name was rejected */
#define MSGRPRIV_FUZZ_CHECK(TYPE, Prefix, LIST)                          \
  {                                                                      \
    TYPE found = (TYPE)12345; /* a sentinel no match writes */           \
    if (Msgr##Prefix##FromName(text, &found)) {                          \
      const char *name = Msgr##Prefix##Name(found);                      \
      if (name == NULL || strcmp(name, text) != 0) abort();              \
    } else {                                                             \
      if ((long)found != 12345) abort(); /* the output changed */        \
      LIST(MSGRPRIV_FUZZ_MUST_MATCH)                                     \
    }                                                                    \
  }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = (char *)malloc(size + 1);
  if (text == NULL) {
    return 0;
  }
  if (size > 0) {
    memcpy(text, data, size);
  }
  text[size] = '\0';
#define MSGRPRIV_FUZZ_HEADER(file, LISTS) LISTS(MSGRPRIV_FUZZ_CHECK)
  MSGRPRIV_EVERY_HEADER(MSGRPRIV_FUZZ_HEADER)
  free(text);
  return 0;
}
