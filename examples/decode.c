/* Decodes numbers and names from a log, a dump or a debugger: for each
 * argument, prints every constant of every enumeration that has that value
 * or that name, with its type and meaning. A number may be decimal (6, +6), hex
 * (0x81000614) or a signed HRESULT (-2130704876).
 * Exit status: 0 when every argument matched, 1 when one matched nothing,
 * 2 when one is neither a number nor a name (empty, "0x", "12abc", too big). */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv_lists.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum outcome { MATCHED = 0, NO_MATCH = 1, BAD_INPUT = 2 };

/* Every constant, from the header's lists: as written in the source, as the
 * C enumerator holds it (HRESULT-style codes are negative), and its meaning. */
struct row {
  const char *name;
  const char *written;
  long value;
  unsigned long magnitude;
  const char *meaning;
};
#define ROW(name, value, meaning) {#name, #value, (long)(name), (unsigned long)(name) & 0xFFFFFFFFUL, meaning},
#define ROWS_OF(TYPE, Prefix, LIST) static const struct row Prefix##_rows[] = {LIST(ROW)};
MSGRPRIV_LISTS(ROWS_OF)

struct type {
  const char *name;
  const struct row *rows;
  size_t count;
};
#define TYPE_OF(TYPE, Prefix, LIST) {#TYPE, Prefix##_rows, sizeof Prefix##_rows / sizeof Prefix##_rows[0]},
static const struct type types[] = {MSGRPRIV_LISTS(TYPE_OF)};

/* A whole argument read as a number: negative means a signed HRESULT. */
struct number {
  int negative;
  long value;
  unsigned long magnitude;
};

static int read_number(const char *text, struct number *out) {
  char *end = NULL;
  /* The first digit, after an optional sign: strto(u)l would also skip spaces. */
  const char *digits = text + (text[0] == '-' || text[0] == '+');
  errno = 0;
  out->negative = text[0] == '-';
  if (out->negative) {
    out->value = strtol(text, &end, 10);
  } else {
    out->magnitude = strtoul(text, &end, 0);
  }
  return errno == 0 && end != text && *end == '\0' && isdigit((unsigned char)*digits);
}

static int matches(const struct row *row, const char *text, const struct number *number) {
  if (number == NULL) {
    return strcmp(text, row->name) == 0;
  }
  return number->negative ? number->value == row->value : number->magnitude == row->magnitude;
}

/* Prints every constant that text names or whose value it is; returns how many. */
static int print_matches(const char *text, const struct number *number) {
  int found = 0;
  size_t t = 0;
  for (t = 0; t < sizeof types / sizeof types[0]; ++t) {
    size_t r = 0;
    for (r = 0; r < types[t].count; ++r) {
      const struct row *row = &types[t].rows[r];
      if (!matches(row, text, number)) {
        continue;
      }
      printf("%s = %s (%s, %s", text, row->name, types[t].name,
             strncmp(row->written, "(int)", 5) == 0 ? row->written + 5 : row->written);
      if (row->value < 0) {
        printf(", HRESULT %ld", row->value);
      }
      printf("): %s\n", row->meaning);
      ++found;
    }
  }
  return found;
}

static enum outcome decode(const char *text) {
  struct number number;
  if (text[0] == '\0') {
    fprintf(stderr, "decode: an empty argument is neither a number nor a name\n");
    return BAD_INPUT;
  }
  if (!isdigit((unsigned char)text[0]) && text[0] != '-' && text[0] != '+') {
    if (print_matches(text, NULL) > 0) {
      return MATCHED;
    }
    fprintf(stderr, "decode: no constant is named '%s' (names are case-sensitive)\n", text);
    return NO_MATCH;
  }
  if (!read_number(text, &number)) {
    fprintf(stderr, "decode: '%s' is not a number (decimal, 0x hex or a negative HRESULT) in range\n", text);
    return BAD_INPUT;
  }
  if (print_matches(text, &number) > 0) {
    return MATCHED;
  }
  fprintf(stderr, "decode: no constant has the value %s\n", text);
  return NO_MATCH;
}

int main(int argc, char **argv) {
  int i = 0;
  enum outcome worst = MATCHED;
  if (argc < 2) {
    fprintf(stderr, "usage: %s NUMBER-OR-NAME...\n", argc > 0 ? argv[0] : "decode");
    return BAD_INPUT;
  }
  for (i = 1; i < argc; ++i) {
    enum outcome outcome = decode(argv[i]);
    if (outcome > worst) {
      worst = outcome;
    }
  }
  return (int)worst;
}
