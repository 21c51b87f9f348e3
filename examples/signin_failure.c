/* Explains why IMessenger::Signin (or any call of the client API) failed:
 * each argument is an HRESULT as a log prints it (0x81000303 or -2130705661),
 * and gets its MSGRConstants name and meaning. E_FAIL, which the API returns
 * too, is MSGR_E_FAIL; the header defines no E_FAIL of its own, so this file
 * may include <windows.h> beside it. Exit status: 1 if an argument is no
 * MSGRConstants code, 2 without arguments. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrua.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef _WIN32
#include <windows.h>
#endif

/* The argument as a number: hex (0x...) or decimal, negative too; 0 if it is neither. */
static int read_hresult(const char *text, long *hr) {
  char *end = NULL;
  const int negative = text[0] == '-';
  unsigned long magnitude = 0;
  errno = 0;
  magnitude = strtoul(negative ? text + 1 : text, &end, 0);
  if (errno != 0 || end == text || *end != '\0' || magnitude > 0xFFFFFFFFUL) {
    return 0;
  }
  if (negative) {
    if (magnitude > 0x80000000UL) {
      return 0;
    }
    *hr = magnitude == 0x80000000UL ? -2147483647L - 1 : -(long)magnitude;
  } else {
    /* 0x81000303 as the signed 32-bit HRESULT, whatever the size of long. */
    *hr = magnitude <= 0x7FFFFFFFUL ? (long)magnitude : (long)(magnitude - 0x80000000UL) - 2147483647L - 1;
  }
  return 1;
}

int main(int argc, char **argv) {
  int status = 0;
  int i = 0;
  if (argc < 2) {
    fprintf(stderr, "usage: %s HRESULT...\n", argv[0]);
    return 2;
  }
  for (i = 1; i < argc; ++i) {
    long hr = 0;
    MSGRConstants code = MSGR_E_FAIL;
    if (read_hresult(argv[i], &hr) && MsgrMSGRConstantsFromValue(hr, &code)) {
      printf("0x%08lX %s: %s\n", (unsigned long)hr & 0xFFFFFFFFUL, MsgrMSGRConstantsName(code),
             MsgrMSGRConstantsDescription(code));
    } else {
      fprintf(stderr, "%s: not a Messenger code\n", argv[i]);
      status = 1;
    }
  }
  return status;
}
