/* The C helpers called from a C translation unit. Out-of-range values are
 * formed here, in C, where any value of the enum's integer type is valid;
 * in C++ such a cast is itself undefined. */
#ifndef MSGRPRIV_TESTS_C_SHIM_H
#define MSGRPRIV_TESTS_C_SHIM_H
#ifdef __cplusplus
extern "C" {
#endif
const char *c_name_of(int value);
const char *c_description_of(int value);
/* Returns MsgrSessionStateFromName's result; *value gets the state on a match
 * and is left alone otherwise. */
int c_from_name(const char *name, int *value);
/* Calls MsgrSessionStateFromName(name, NULL). */
int c_from_name_null_out(const char *name);
#ifdef __cplusplus
}
#endif
#endif
