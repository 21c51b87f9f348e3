/* Decodes the numbers and names in text from a log, a dump or a debugger, the
 * way Microsoft's Error Lookup tool (err.exe) and MySQL's perror do, but
 * taking them out of the text as it was pasted: for each one, every constant
 * with that value or name, grouped by header and type, with its meaning.
 *
 * How an argument is read (the site's look-up page and search box read the
 * same way; tests/lookup/cases.json holds the cases all three answer):
 *   - It is cut into words: runs of letters, digits and underscores. Anything
 *     else (spaces, "=", ":", ",", parentheses) only separates them, so
 *     hr=0x81000614, (0x81000614), HRESULT:0x81000614 and SS_DECLINED, each
 *     hold one word to answer, and state=6 hr=0x81000613 two.
 *   - 0x81000614, 0X8100060A: hex. A C suffix is allowed: 0x81000614L, 6u.
 *   - Digits, and a to f after a first digit (8100060a): hex too. Digits
 *     alone are decimal, and hex as well where that is another number; each
 *     reading says which it is. A leading 0 is never octal: 010 is ten or 0x10.
 *   - A + or - just before decimal digits, and not just after a letter, digit
 *     or underscore, is their sign: -2130704876 is the signed HRESULT
 *     0x81000614 (error -2130704876 too), but 2004-03-12 is three numbers.
 *   - A word that begins with a letter or _ is a name, in any case, when a
 *     constant or a type has it (SS_DECLINED, sr_invited_self). Other words
 *     (hr, HRESULT, error) are the log's, and skipped, unless the argument is
 *     that one word: then it is asked about as a name.
 *   - Any other word (12xyz, 0x) is no number; past 32 bits, it is out of
 *     range. A word that comes again is answered once.
 * An HRESULT-style value (the severity bit set, or a facility: a success code
 * such as MSGR_S_ALREADY_IN_THE_MODE) is shown with its severity, facility
 * and code; a value made of several flags of a type whose constants
 * are flags (0 and single bits) is shown as those flags. A constant whose
 * page writes another value than the package's (MSGR_E_IE_OFFLINE: its page
 * writes MSGR_E(0x0086)) is found by that value too, said so; an enumeration
 * Microsoft marks not supported is found by its name, with its page's
 * sentence. When a number matches nothing, standard error says which values
 * the constants have.
 * Exit status: 0 when everything read matched, 1 when something matched
 * nothing, 2 when an argument holds no number or name, or a number past 32 bits. */
#define MSGRPRIV_NO_DEPRECATION_WARNINGS /* this code reads an old API on purpose */
#include <msgrpriv_every_list.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

enum outcome { MATCHED = 0, NO_MATCH = 1, BAD_INPUT = 2, SKIPPED = 3 };

/* Every constant, from the headers' lists, with its 32 bits read unsigned:
 * an HRESULT-style code, negative in the enumeration, is 0x80000000 or more,
 * and so is -1 (MCONTACTPROP_INVALID_PROPERTY: 0xffffffff), as a reader's -1
 * is. */
struct row {
  const char *name;
  unsigned long value;
  const char *meaning;
};
struct type {
  const char *name;
  const struct row *rows;
  size_t count;
};
struct header {
  const char *name;
  const struct type *types;
  size_t count;
};

/* Every header, as X(file name, its X-macro of lists): a line per header. */
#define HEADERS(X) MSGRPRIV_EVERY_HEADER(X)

#define ROW(name, value, meaning) {#name, (unsigned long)(name) & 0xFFFFFFFFUL, meaning},
#define ROWS_OF(TYPE, Prefix, LIST) static const struct row Prefix##_rows[] = {LIST(ROW)};
#define ROWS_IN(file, LISTS) LISTS(ROWS_OF)
HEADERS(ROWS_IN)
#define TYPE_OF(TYPE, Prefix, LIST) {#TYPE, Prefix##_rows, sizeof Prefix##_rows / sizeof Prefix##_rows[0]},
#define TYPES_IN(file, LISTS) static const struct type LISTS##_types[] = {LISTS(TYPE_OF)};
HEADERS(TYPES_IN)
#define HEADER_OF(file, LISTS) {file, LISTS##_types, sizeof LISTS##_types / sizeof LISTS##_types[0]},
static const struct header headers[] = {HEADERS(HEADER_OF)};
#define HEADER_COUNT (sizeof headers / sizeof headers[0])

/* A value a page writes where the package corrects it, so that a reader of
 * that page finds the constant too (MSGR_E_IE_OFFLINE: MSGR_E(0x0086)). */
struct page_value {
  const char *type;
  const char *name;
  unsigned long value;
  unsigned long package; /* the package's value */
  const char *written;   /* as the page writes it */
};
#define PAGE_VALUE(TYPE, name, value, written) \
  {#TYPE, #name, (unsigned long)(value) & 0xFFFFFFFFUL, (unsigned long)(name) & 0xFFFFFFFFUL, written},
static const struct page_value page_values[] = {MSGRPRIV_PAGE_VALUES(PAGE_VALUE){NULL, NULL, 0, 0, NULL}};
#define PAGE_VALUE_COUNT (sizeof page_values / sizeof page_values[0] - 1) /* without the end */

/* The enumerations Microsoft marks not supported: found by name, with their
 * page's sentence; no header declares them. */
struct unsupported {
  const char *name;
  const char *sentence;
};
#define UNSUPPORTED(NAME, sentence) {#NAME, sentence},
static const struct unsupported unsupported[] = {MSGRPRIV_UNSUPPORTED(UNSUPPORTED){NULL, NULL}};
#define UNSUPPORTED_COUNT (sizeof unsupported / sizeof unsupported[0] - 1)

static const unsigned long all_bits = 0xFFFFFFFFUL;
static const unsigned long severity_bit = 0x80000000UL;

static int is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* A character's value as a digit of base 16, or 16 when it is none. */
static unsigned long digit_value(char c) {
  static const char digits[] = "0123456789abcdef";
  const char *digit = c == '\0' ? NULL : strchr(digits, tolower((unsigned char)c));
  return digit == NULL ? 16UL : (unsigned long)(digit - digits);
}

/* Whether the length characters at text are a C integer suffix (or none). */
static int is_suffix(const char *text, size_t length) {
  size_t i = 0;
  size_t ls = 0;
  int u = 0;
  for (i = 0; i < length; ++i) {
    if (text[i] == 'u' || text[i] == 'U') {
      if (u || (ls > 0 && i != length - 1)) {
        return 0;
      }
      u = 1;
    } else if ((text[i] == 'l' || text[i] == 'L') && ls < 2) {
      ++ls;
    } else {
      return 0;
    }
  }
  return 1;
}

/* One word of the text, with the sign before it when it has one. */
struct word {
  const char *start; /* the sign, or the word */
  size_t length;     /* with the sign */
  char sign;         /* '+', '-' or '\0' */
};

/* The word at or after *at (within end); 0 when there is none. */
static int next_word(const char *text, const char *end, const char **at, struct word *word) {
  const char *p = *at;
  while (p < end && !is_word_char(*p)) {
    ++p;
  }
  if (p == end) {
    return 0;
  }
  word->start = p;
  word->sign = '\0';
  while (p < end && is_word_char(*p)) {
    ++p;
  }
  word->length = (size_t)(p - word->start);
  *at = p;
  if (word->start > text && (word->start[-1] == '+' || word->start[-1] == '-') &&
      (word->start - 1 == text || !is_word_char(word->start[-2]))) {
    size_t i = 0;
    while (i < word->length && word->start[i] >= '0' && word->start[i] <= '9') {
      ++i;
    }
    /* Decimal digits, and a suffix at most: else no sign. */
    if (i > 0 && is_suffix(word->start + i, word->length - i)) {
      word->sign = word->start[-1];
      --word->start;
      ++word->length;
    }
  }
  return 1;
}

enum digits { DIGITS, TOO_BIG };

/* The length characters at text as a number in base 10 or 16, within 32 bits. */
static enum digits read_digits(const char *text, size_t length, unsigned long base, unsigned long *value) {
  size_t i = 0;
  *value = 0;
  for (i = 0; i < length; ++i) {
    const unsigned long d = digit_value(text[i]);
    if (*value > (all_bits - d) / base) {
      return TOO_BIG;
    }
    *value = (*value * base) + d;
  }
  return DIGITS;
}

/* One way of reading a word: as decimal, as hex, or (value unused) as a name. */
enum form { DECIMAL, HEX, NAME, OUT_OF_RANGE };
struct reading {
  enum form form;
  unsigned long value;
  int named;    /* a name's reading: set when a constant has the name */
};

/* Reads a word as a number: returns how many readings (0: no number; one of
 * form OUT_OF_RANGE: past 32 bits). */
/* Reads text (0x and hex digits, a suffix at most) as hex: 1 reading, or 0. */
static int read_hex(const char *text, size_t length, struct reading *reading) {
  size_t digits = 0;
  while (2 + digits < length && digit_value(text[2 + digits]) < 16UL) {
    ++digits;
  }
  if (digits == 0 || !is_suffix(text + 2 + digits, length - 2 - digits)) {
    return 0;
  }
  reading->form = read_digits(text + 2, digits, 16, &reading->value) == DIGITS ? HEX : OUT_OF_RANGE;
  return 1;
}

static int read_number(const struct word *word, struct reading readings[2]) {
  const char *text = word->sign != '\0' ? word->start + 1 : word->start;
  const size_t length = word->sign != '\0' ? word->length - 1 : word->length;
  size_t hex_digits = 0;
  size_t decimal_digits = 0;
  unsigned long decimal = 0;
  unsigned long hex = 0;
  enum digits as_decimal = TOO_BIG;
  enum digits as_hex = TOO_BIG;
  int count = 0;
  if (length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    return read_hex(text, length, &readings[0]);
  }
  while (hex_digits < length && digit_value(text[hex_digits]) < 16UL) {
    ++hex_digits;
  }
  while (decimal_digits < hex_digits && digit_value(text[decimal_digits]) < 10UL) {
    ++decimal_digits;
  }
  if (decimal_digits == 0 || !is_suffix(text + hex_digits, length - hex_digits)) {
    return 0;
  }
  if (decimal_digits == hex_digits) {
    as_decimal = read_digits(text, hex_digits, 10, &decimal);
    if (word->sign == '-' && as_decimal == DIGITS) {
      /* The signed 32-bit HRESULT: -2130704876 is 0x81000614. */
      as_decimal = decimal > severity_bit ? TOO_BIG : DIGITS;
      decimal = (all_bits - decimal + 1UL) & all_bits;
    }
  }
  if (word->sign == '\0') {
    as_hex = read_digits(text, hex_digits, 16, &hex);
  }
  if (as_decimal == DIGITS) {
    readings[count].form = DECIMAL;
    readings[count++].value = decimal;
  }
  if (as_hex == DIGITS && (as_decimal != DIGITS || hex != decimal)) {
    readings[count].form = HEX;
    readings[count++].value = hex;
  }
  if (count == 0) {
    readings[count++].form = OUT_OF_RANGE;
  }
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

/* Whether a row or type matches: by value, or by name for a NAME reading
 * (types only by name). */
static int row_matches(const struct row *row, const struct reading *reading, const char *text, size_t length) {
  return reading->form == NAME ? same_name(row->name, text, length) : row->value == reading->value;
}

static int type_matches(const struct type *type, const struct reading *reading, const char *text, size_t length) {
  size_t r = 0;
  if (reading->form == NAME) {
    return same_name(type->name, text, length);
  }
  for (r = 0; r < type->count; ++r) {
    if (type->rows[r].value == reading->value) {
      return 0;
    }
  }
  return is_combination(type, reading->value);
}

static void print_type_answer(const struct type *type, const struct reading *reading) {
  size_t r = 0;
  const char *separator = "    ";
  if (reading->form == NAME) {
    printf("    %s (enumeration): %lu constants\n", type->name, (unsigned long)type->count);
    return;
  }
  for (r = 0; r < type->count; ++r) {
    if (type->rows[r].value != 0 && (reading->value & type->rows[r].value) == type->rows[r].value) {
      printf("%s%s", separator, type->rows[r].name);
      separator = " | ";
    }
  }
  printf(" (%s, flags combined):\n", type->name);
  for (r = 0; r < type->count; ++r) {
    if (type->rows[r].value != 0 && (reading->value & type->rows[r].value) == type->rows[r].value) {
      printf("      %s: %s\n", type->rows[r].name, type->rows[r].meaning);
    }
  }
}

/* A header's line, before the first thing found in it. */
static void show_header(const struct header *header, int print, int *shown) {
  if (print && !*shown) {
    printf("  %s:\n", header->name);
  }
  *shown = 1;
}

/* The constants of a type that a number's reading finds by the value their
 * page writes, after the type's own, each said so. */
static int answer_by_page_value(const struct header *header, const struct type *type, const struct reading *reading,
                                int print, int *header_shown) {
  int found = 0;
  size_t p = 0;
  for (p = 0; p < PAGE_VALUE_COUNT; ++p) {
    const struct page_value *page = &page_values[p];
    size_t r = 0;
    if (reading->form == NAME || page->value != reading->value || strcmp(page->type, type->name) != 0) {
      continue;
    }
    for (r = 0; r < type->count; ++r) {
      if (strcmp(type->rows[r].name, page->name) == 0) {
        show_header(header, print, header_shown);
        if (print) {
          printf("    %s (%s): %s (as its page writes it, %s; this package has 0x%lx: see the errata)\n", page->name,
                 type->name, type->rows[r].meaning, page->written, page->package);
        }
        ++found;
      }
    }
  }
  return found;
}

/* What a reading finds in one type, under its header's line: printed when
 * print is set, counted always. A name's reading takes its constant's value. */
static int answer_in_type(const struct header *header, const struct type *type, struct reading *reading,
                          const char *text, size_t length, int print, int *header_shown) {
  int found = 0;
  size_t r = 0;
  for (r = 0; r < type->count; ++r) {
    if (row_matches(&type->rows[r], reading, text, length)) {
      show_header(header, print, header_shown);
      if (print) {
        printf("    %s (%s): %s\n", type->rows[r].name, type->name, type->rows[r].meaning);
      }
      reading->value = type->rows[r].value;
      reading->named = 1;
      ++found;
    }
  }
  found += answer_by_page_value(header, type, reading, print, header_shown);
  if (found == 0 && type_matches(type, reading, text, length)) {
    show_header(header, print, header_shown);
    if (print) {
      print_type_answer(type, reading);
    }
    ++found;
  }
  return found;
}

/* What a reading finds, grouped by header, in the headers' order; then, for
 * a name, an unsupported enumeration (under no header). */
static int answer(struct reading *reading, const char *text, size_t length, int print) {
  int found = 0;
  size_t h = 0;
  size_t u = 0;
  for (h = 0; h < HEADER_COUNT; ++h) {
    int shown = 0;
    size_t t = 0;
    for (t = 0; t < headers[h].count; ++t) {
      found += answer_in_type(&headers[h], &headers[h].types[t], reading, text, length, print, &shown);
    }
  }
  for (u = 0; reading->form == NAME && u < UNSUPPORTED_COUNT; ++u) {
    if (same_name(unsupported[u].name, text, length)) {
      if (print) {
        printf("  No header:\n    %s (enumeration): %s\n", unsupported[u].name, unsupported[u].sentence);
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
  } else if (value > 0xFFFFUL) { /* a success code: the HRESULT is the value itself */
    printf("0x%lx, HRESULT %lu (severity 0, facility 0x%lx, code 0x%lx)", value, value, (value >> 16) & 0x7FFUL,
           value & 0xFFFFUL);
  } else {
    printf("%lu (0x%lx)", value, value);
  }
}

/* The smallest value of a constant after *next (the smallest of all when
 * first is set), into *next; 0 when there is none. */
static int next_value(int first, unsigned long *next) {
  const unsigned long after = *next;
  int found = 0;
  size_t h = 0;
  for (h = 0; h < HEADER_COUNT; ++h) {
    size_t t = 0;
    for (t = 0; t < headers[h].count; ++t) {
      size_t r = 0;
      for (r = 0; r < headers[h].types[t].count; ++r) {
        const unsigned long value = headers[h].types[t].rows[r].value;
        if ((first || after < value) && (!found || value < *next)) {
          *next = value;
          found = 1;
        }
      }
    }
  }
  return found;
}

/* A value as the ranges show it: 7, or hex from 0x10000 up. */
static void print_bound(FILE *out, const char *before, unsigned long value) {
  fprintf(out, value > 0xFFFFUL ? "%s0x%lx" : "%s%lu", before, value);
}

/* The values the constants have, as runs: "0-7, 0x81000601-0x81000619 and ...". */
static void print_ranges(FILE *out) {
  unsigned long start = 0;
  int more = next_value(1, &start);
  int first = 1;
  while (more) {
    unsigned long end = start;
    unsigned long next = start;
    while ((more = next_value(0, &next)) != 0 && next == end + 1UL) {
      end = next;
    }
    if (!first) {
      fputs(more ? ", " : " and ", out);
    }
    print_bound(out, "", start);
    if (end != start) {
      print_bound(out, "-", end);
    }
    start = next;
    first = 0;
  }
}

static const char *const form_names[] = {"decimal", "hex", "a name"};

/* Answers one word, printing what it reads: its outcome, or SKIPPED for a
 * word of the log's own. Sets *unmatched_number for a number no reading finds.
 * lone: the argument's only word. */
static enum outcome decode_word(const struct word *word, int lone, int *unmatched_number) {
  struct reading readings[2] = {{DECIMAL, 0, 0}, {DECIMAL, 0, 0}};
  int found[2] = {0, 0};
  const int count = read_number(word, readings);
  const int length = (int)word->length;
  int missed = 0;
  int i = 0;
  if (count == 0 && word->start[0] >= '0' && word->start[0] <= '9') {
    return SKIPPED; /* no number, and no name either (12xyz) */
  }
  if (count == 0) {
    readings[0].form = NAME;
    readings[0].named = 0;
    found[0] = answer(&readings[0], word->start, word->length, 0);
    if (found[0] == 0 && !lone) {
      return SKIPPED;
    }
    printf("%.*s read as a name", length, word->start);
    if (found[0] == 0) {
      printf("\n  No constant has this name.\n");
      return NO_MATCH;
    }
    if (readings[0].named) {
      printf(": ");
      print_value(readings[0].value);
    }
    printf("\n");
    (void)answer(&readings[0], word->start, word->length, 1);
    return MATCHED;
  }
  if (readings[0].form == OUT_OF_RANGE) {
    printf("%.*s is out of range: every constant fits in 32 bits\n", length, word->start);
    return BAD_INPUT;
  }
  /* The readings that find something, each with its value; then the others, together. */
  for (i = 0; i < count; ++i) {
    found[i] = answer(&readings[i], word->start, word->length, 0);
    if (found[i] > 0) {
      printf("%.*s read as %s: ", length, word->start, form_names[readings[i].form]);
      print_value(readings[i].value);
      printf("\n");
      (void)answer(&readings[i], word->start, word->length, 1);
    }
  }
  for (i = 0; i < count; ++i) {
    if (found[i] == 0 && missed++ == 0) {
      printf("%.*s read as %s", length, word->start, form_names[readings[i].form]);
    } else if (found[i] == 0) {
      printf(" or as %s", form_names[readings[i].form]);
    }
  }
  if (missed == 0) {
    return MATCHED;
  }
  printf("\n  No constant has this value.\n");
  if (missed < count) {
    return MATCHED;
  }
  *unmatched_number = 1;
  return NO_MATCH;
}

/* Whether a word with the same text comes earlier in the text. */
static int seen_before(const char *text, const char *end, const struct word *word) {
  const char *at = text;
  struct word earlier;
  while (next_word(text, end, &at, &earlier) && earlier.start < word->start) {
    if (earlier.length == word->length && memcmp(earlier.start, word->start, word->length) == 0) {
      return 1;
    }
  }
  return 0;
}

static enum outcome decode(const char *argument) {
  const char *text = argument;
  size_t length = strlen(argument);
  const char *end = NULL;
  const char *at = NULL;
  struct word word;
  size_t words = 0;
  int answered = 0;
  int unmatched_number = 0;
  enum outcome worst = MATCHED;
  while (length > 0 && isspace((unsigned char)text[0]) != 0) {
    ++text;
    --length;
  }
  while (length > 0 && isspace((unsigned char)text[length - 1]) != 0) {
    --length;
  }
  if (length == 0) {
    fprintf(stderr, "decode: an empty argument holds nothing to look up\n");
    return BAD_INPUT;
  }
  end = text + length;
  for (at = text; next_word(text, end, &at, &word);) {
    ++words;
  }
  for (at = text; next_word(text, end, &at, &word);) {
    enum outcome outcome = SKIPPED;
    if (!seen_before(text, end, &word)) {
      outcome = decode_word(&word, words == 1, &unmatched_number);
    }
    if (outcome != SKIPPED) {
      answered = 1;
      worst = outcome > worst ? outcome : worst;
    }
  }
  if (!answered) {
    fprintf(stderr, "decode: '%.*s' holds no number and no name of a constant\n", (int)length, text);
    return BAD_INPUT;
  }
  if (unmatched_number) {
    fputs("decode: the constants have the values ", stderr);
    print_ranges(stderr);
    fputs("\n", stderr);
  }
  return worst;
}

int main(int argc, char **argv) {
  int i = 0;
  enum outcome worst = MATCHED;
  if (argc < 2) {
    fprintf(stderr, "usage: %s TEXT...\n", argc > 0 ? argv[0] : "decode");
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
