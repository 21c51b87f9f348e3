#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* tests name the constants on purpose */
#include "msgrpriv.h"
#include "msgrua.h"
#include "mdisp.h"
#include "basicim.h"

#include "c_shim.h"

#include <stddef.h>
#include <string.h>

/* Every enumeration of every header, each once. */
#define EVERY_ENUMERATION(X) \
  MSGRPRIV_ENUMERATIONS(X) MSGRPRIV_MSGRUA_ENUMERATIONS(X) MSGRPRIV_MDISP_ENUMERATIONS(X) MSGRPRIV_BASICIM_ENUMERATIONS(X)

#define NAME_OF(TYPE, Prefix) \
  if (strcmp(type, #TYPE) == 0) return Msgr##Prefix##Name((TYPE)value);
#define DESCRIPTION_OF(TYPE, Prefix) \
  if (strcmp(type, #TYPE) == 0) return Msgr##Prefix##Description((TYPE)value);
#define FROM_NAME(TYPE, Prefix)                         \
  if (strcmp(type, #TYPE) == 0) {                       \
    TYPE found = (TYPE)*value;                          \
    int matched = Msgr##Prefix##FromName(name, &found); \
    *value = (long)found;                               \
    return matched;                                     \
  }
#define FROM_NAME_NULL_OUT(TYPE, Prefix) \
  if (strcmp(type, #TYPE) == 0) return Msgr##Prefix##FromName(name, NULL);
#define FROM_VALUE(TYPE, Prefix)                            \
  if (strcmp(type, #TYPE) == 0) {                           \
    TYPE found = (TYPE)*value;                              \
    int matched = Msgr##Prefix##FromValue(number, &found);  \
    *value = (long)found;                                   \
    return matched;                                         \
  }
#define FROM_VALUE_NULL_OUT(TYPE, Prefix) \
  if (strcmp(type, #TYPE) == 0) return Msgr##Prefix##FromValue(number, NULL);
#define SIZE_OF(TYPE, Prefix) \
  if (strcmp(type, #TYPE) == 0) return (unsigned long)sizeof(TYPE);

const char *c_name_of(const char *type, long value) {
  EVERY_ENUMERATION(NAME_OF)
  return "no such type";
}

const char *c_description_of(const char *type, long value) {
  EVERY_ENUMERATION(DESCRIPTION_OF)
  return "no such type";
}

int c_from_name(const char *type, const char *name, long *value) {
  EVERY_ENUMERATION(FROM_NAME)
  return -1;
}

int c_from_name_null_out(const char *type, const char *name) {
  EVERY_ENUMERATION(FROM_NAME_NULL_OUT)
  return -1;
}

int c_from_value(const char *type, long number, long *value) {
  EVERY_ENUMERATION(FROM_VALUE)
  return -1;
}

int c_from_value_null_out(const char *type, long number) {
  EVERY_ENUMERATION(FROM_VALUE_NULL_OUT)
  return -1;
}

unsigned long c_size_of(const char *type) {
  EVERY_ENUMERATION(SIZE_OF)
  return 0;
}
