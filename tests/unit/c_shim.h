/* The C helpers called from a C translation unit, for any enumeration by
 * its type name. Out-of-range values are formed here, in C, where any value
 * of the enum's integer type is valid; in C++ such a cast is undefined. */
#ifndef MSGRPRIV_TESTS_C_SHIM_H
#define MSGRPRIV_TESTS_C_SHIM_H
#ifdef __cplusplus
extern "C" {
#endif
/* Msgr<Prefix>Name((TYPE)value), or "no such type" for an unknown type. */
const char *c_name_of(const char *type, long value);
const char *c_description_of(const char *type, long value);
/* Msgr<Prefix>FromName(name, &v); *value gets v on a match and is left
 * alone otherwise. */
int c_from_name(const char *type, const char *name, long *value);
/* Msgr<Prefix>FromName(name, NULL). */
int c_from_name_null_out(const char *type, const char *name);
/* Msgr<Prefix>FromValue(number, &v): as c_from_name. */
int c_from_value(const char *type, long number, long *value);
/* Msgr<Prefix>FromValue(number, NULL). */
int c_from_value_null_out(const char *type, long number);
/* c_from_name, built as a compiler without GCC's built-ins builds it
 * (portable_shim.c). */
int portable_from_name(const char *type, const char *name, long *value);
/* sizeof(TYPE) in C. */
unsigned long c_size_of(const char *type);
#ifdef __cplusplus
}
#endif
#endif
