/* Decodes numbers and names from a log, a dump or a debugger, the way
 * Microsoft's Error Lookup tool (err.exe) and MySQL's perror do: for each
 * argument, every constant of every enumeration with that value or that name,
 * with its type and meaning. An argument, spaces around it ignored, is read as
 *   0x81000614, 0X8100060A  hex;
 *   8100060a                hex too: digits and a to f, starting with a digit;
 *   81000614, 010           decimal, and hex as well where that is another
 *                           number: each reading is shown, saying which it is
 *                           (a leading 0 is never octal: 010 is ten or 0x10);
 *   -2130704876, +6         decimal with a sign: a negative one is an HRESULT;
 *   sr_invited_self         a name, in any case.
 * An HRESULT-style value (the severity bit set) is shown with its severity,
 * facility and code; a value made of several flags of a type whose constants
 * are flags (0 and single bits) is shown as those flags; a number that no
 * constant has is answered with the values the constants have. The site's
 * search box and look-up page read and answer the same way.
 * Exit status: 0 when every argument matched, 1 when one matched nothing,
 * 2 when one is neither a number nor a name (empty, "0x", "12xyz", past 32 bits). */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv_lists.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

enum outcome { MATCHED = 0, NO_MATCH = 1, BAD_INPUT = 2 };

/* Every constant, from the header's lists, with its 32 bits read unsigned:
 * an HRESULT-style code, negative in the enumeration, is 0x80000000 or more. */
struct row {
  const char *name;
  unsigned long value;
  const char *meaning;
};
#define ROW(name, value, meaning) {#name, (unsigned long)(name) & 0xFFFFFFFFUL, meaning},
#define ROWS_OF(TYPE, Prefix, LIST) static const struct row Prefix##_rows[] = {LIST(ROW)};
MSGRPRIV_LISTS(ROWS_OF)

struct type {
  const char *name;
  const struct row *rows;
  size_t count;
};
#define TYPE_OF(TYPE, Prefix, LIST) {#TYPE, Prefix##_rows, sizeof Prefix##_rows / sizeof Prefix##_rows[0]},
static const struct type types[] = {MSGRPRIV_LISTS(TYPE_OF)};
#define TYPE_COUNT (sizeof types / sizeof types[0])

static const unsigned long all_bits = 0xFFFFFFFFUL;
static const unsigned long severity_bit = 0x80000000UL;

/* One way of reading an argument; a name's value is that of the constant it names. */
enum form { DECIMAL, HEX, NAME };
static const char *const form_names[] = {"decimal", "hex", "a name"};
struct reading {
  enum form form;
  unsigned long value;
};

enum digits { DIGITS, NOT_DIGITS, TOO_BIG };

/* The length characters at text as a number in base 10 or 16, within 32 bits. */
static enum digits read_digits(const char *text, size_t length, unsigned long base, unsigned long *value) {
  static const char digit_chars[] = "0123456789abcdef";
  enum digits result = length > 0 ? DIGITS : NOT_DIGITS;
  size_t i = 0;
  *value = 0;
  for (i = 0; i < length; ++i) {
    const char *digit = text[i] == '\0' ? NULL : strchr(digit_chars, tolower((unsigned char)text[i]));
    unsigned long d = 0;
    if (digit == NULL || (unsigned long)(digit - digit_chars) >= base) {
      return NOT_DIGITS;
    }
    d = (unsigned long)(digit - digit_chars);
    if (result == TOO_BIG || *value > (all_bits - d) / base) {
      result = TOO_BIG; /* read on: a later character may make it no number at all */
    } else {
      *value = (*value * base) + d;
    }
  }
  return result;
}

static int is_name(const char *text, size_t length) {
  size_t i = 0;
  if (isalpha((unsigned char)text[0]) == 0 && text[0] != '_') {
    return 0;
  }
  for (i = 1; i < length; ++i) {
    if (isalnum((unsigned char)text[i]) == 0 && text[i] != '_') {
      return 0;
    }
  }
  return 1;
}

/* Reads text (length characters, no space around them) into readings; returns
 * how many (0: neither a number nor a name, *too_big set for a number past 32 bits). */
static int read_argument(const char *text, size_t length, struct reading readings[2], int *too_big) {
  unsigned long decimal = 0;
  unsigned long hex = 0;
  enum digits as_decimal = NOT_DIGITS;
  enum digits as_hex = NOT_DIGITS;
  int count = 0;
  if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    as_hex = read_digits(text + 2, length - 2, 16, &hex);
  } else if (text[0] == '-' || text[0] == '+') {
    as_decimal = read_digits(text + 1, length - 1, 10, &decimal);
    if (text[0] == '-' && as_decimal == DIGITS) {
      /* The signed 32-bit HRESULT: -2130704876 is 0x81000614. */
      as_decimal = decimal > severity_bit ? TOO_BIG : DIGITS;
      decimal = (all_bits - decimal + 1UL) & all_bits;
    }
  } else if (isdigit((unsigned char)text[0]) != 0) {
    as_decimal = read_digits(text, length, 10, &decimal);
    as_hex = read_digits(text, length, 16, &hex);
  } else if (is_name(text, length)) {
    readings[count].form = NAME;
    readings[count++].value = 0;
  }
  if (as_decimal == DIGITS) {
    readings[count].form = DECIMAL;
    readings[count++].value = decimal;
  }
  if (as_hex == DIGITS && (as_decimal != DIGITS || hex != decimal)) {
    readings[count].form = HEX;
    readings[count++].value = hex;
  }
  *too_big = count == 0 && (as_decimal == TOO_BIG || as_hex == TOO_BIG);
  return count;
}

static int same_name(const char *name, const char *text, size_t length) {
  size_t i = 0;
  for (i = 0; i < length; ++i) {
    if (name[i] == '\0' || toupper((unsigned char)name[i]) != toupper((unsigned char)text[i])) {
      return 0;
    }
  }
  return name[length] == '\0';
}

/* Whether value is several flags of a type whose constants are flags: 0 and
 * single bits. */
static int is_combination(const struct type *type, unsigned long value) {
  unsigned long bits = 0;
  int zero = 0;
  size_t r = 0;
  for (r = 0; r < type->count; ++r) {
    const unsigned long flag = type->rows[r].value;
    if ((flag & (flag - 1)) != 0 || flag == value) {
      return 0; /* not a single bit, or value is a constant of its own */
    }
    zero |= flag == 0;
    bits |= flag;
  }
  return zero && (value & (value - 1)) != 0 && (value & ~bits) == 0;
}

static void print_combination(const struct type *type, unsigned long value) {
  const char *separator = "  ";
  size_t r = 0;
  for (r = 0; r < type->count; ++r) {
    if (type->rows[r].value != 0 && (value & type->rows[r].value) == type->rows[r].value) {
      printf("%s%s", separator, type->rows[r].name);
      separator = " | ";
    }
  }
  printf(" (%s, flags combined):\n", type->name);
  for (r = 0; r < type->count; ++r) {
    if (type->rows[r].value != 0 && (value & type->rows[r].value) == type->rows[r].value) {
      printf("    %s: %s\n", type->rows[r].name, type->rows[r].meaning);
    }
  }
}

/* The constants a reading finds, in the header's order: printed when print is
 * set, counted always. A name's reading takes the value of the constant. */
static int answer(struct reading *reading, const char *text, size_t length, int print) {
  int found = 0;
  size_t t = 0;
  for (t = 0; t < TYPE_COUNT; ++t) {
    const int before = found;
    size_t r = 0;
    for (r = 0; r < types[t].count; ++r) {
      const struct row *row = &types[t].rows[r];
      if (reading->form == NAME ? same_name(row->name, text, length) : row->value == reading->value) {
        reading->value = row->value;
        if (print) {
          printf("  %s (%s): %s\n", row->name, types[t].name, row->meaning);
        }
        ++found;
      }
    }
    if (found == before && reading->form != NAME && is_combination(&types[t], reading->value)) {
      if (print) {
        print_combination(&types[t], reading->value);
      }
      ++found;
    }
  }
  return found;
}

static void print_value(unsigned long value) {
  if ((value & severity_bit) != 0) {
    printf("0x%lx, HRESULT -%lu (severity %lu, facility 0x%lx, code 0x%lx)", value, all_bits - value + 1UL,
           value >> 31, (value >> 16) & 0x7FFUL, value & 0xFFFFUL);
  } else {
    printf("%lu (0x%lx)", value, value);
  }
}

/* The smallest value of a constant above after (from 0 when first is set). */
static int next_value(unsigned long after, int first, unsigned long *next) {
  int found = 0;
  size_t t = 0;
  for (t = 0; t < TYPE_COUNT; ++t) {
    size_t r = 0;
    for (r = 0; r < types[t].count; ++r) {
      const unsigned long value = types[t].rows[r].value;
      if ((first || value > after) && (!found || value < *next)) {
        *next = value;
        found = 1;
      }
    }
  }
  return found;
}

/* The values the constants have, as runs: "0-7, 0x81000601-0x81000619 and ...". */
static void print_ranges(FILE *out) {
  unsigned long start = 0;
  unsigned long next = 0;
  int more = next_value(0, 1, &start);
  int first = 1;
  while (more) {
    unsigned long end = start;
    while ((more = next_value(end, 0, &next)) != 0 && next == end + 1) {
      end = next;
    }
    if (!first) {
      fputs(more ? ", " : " and ", out);
    }
    fprintf(out, (start & severity_bit) != 0 ? "0x%lx" : "%lu", start);
    if (end != start) {
      fprintf(out, (end & severity_bit) != 0 ? "-0x%lx" : "-%lu", end);
    }
    start = next;
    first = 0;
  }
}

static void print_reading(struct reading *reading, const char *text, size_t length, int found) {
  printf("%.*s read as %s", (int)length, text, form_names[reading->form]);
  if (found == 0 && reading->form == NAME) {
    printf("\n  no constant has this name\n");
    return;
  }
  printf(": ");
  print_value(reading->value);
  printf("\n");
  if (found == 0) {
    printf("  no constant has this value\n");
  } else {
    (void)answer(reading, text, length, 1);
  }
}

static enum outcome decode(const char *argument) {
  const char *text = argument;
  size_t length = strlen(argument);
  struct reading readings[2];
  int found[2] = {0, 0};
  int count = 0;
  int too_big = 0;
  int i = 0;
  int pass = 0;
  while (length > 0 && isspace((unsigned char)text[0]) != 0) {
    ++text;
    --length;
  }
  while (length > 0 && isspace((unsigned char)text[length - 1]) != 0) {
    --length;
  }
  if (length == 0) {
    fprintf(stderr, "decode: an empty argument is neither a number nor a name\n");
    return BAD_INPUT;
  }
  count = read_argument(text, length, readings, &too_big);
  if (count == 0) {
    fprintf(stderr, too_big ? "decode: '%s' is out of range: every constant fits in 32 bits\n"
                            : "decode: '%s' is neither a number (decimal, or hex such as 0x81000614) nor a name\n",
            argument);
    return BAD_INPUT;
  }
  for (i = 0; i < count; ++i) {
    found[i] = answer(&readings[i], text, length, 0);
  }
  /* The readings that found something first, then the others. */
  for (pass = 0; pass < 2; ++pass) {
    for (i = 0; i < count; ++i) {
      if ((found[i] > 0) == (pass == 0)) {
        print_reading(&readings[i], text, length, found[i]);
      }
    }
  }
  if (found[0] + found[1] > 0) {
    return MATCHED;
  }
  if (readings[0].form == NAME) {
    fprintf(stderr, "decode: no constant of msgrpriv.h is named '%.*s'\n", (int)length, text);
  } else {
    fprintf(stderr, "decode: no constant of msgrpriv.h has the value %.*s%s (they have ", (int)length, text,
            count > 1 ? ", read as decimal or as hex" : "");
    print_ranges(stderr);
    fprintf(stderr, ")\n");
  }
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
    const enum outcome outcome = decode(argv[i]);
    if (outcome > worst) {
      worst = outcome;
    }
  }
  return (int)worst;
}
