/* See second_library.c. */
#ifndef MSGRPRIV_TESTS_SECOND_LIBRARY_H
#define MSGRPRIV_TESTS_SECOND_LIBRARY_H
#ifdef __cplusplus
extern "C" {
#endif
const char *second_library_name(long value);
#ifdef __cplusplus
}
#endif
#endif
