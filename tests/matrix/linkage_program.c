/* Links liba and libb (linkage_library.c, built against two versions of the
 * headers whose meanings of SS_DECLINED differ) and checks that each gives its
 * own headers' answer, every way it asks: no table, helper or template of one
 * library stands in for the other's. Prints each disagreement; exit 1 then. */
#include <stdio.h>
#include <string.h>

const char *liba_answer(int way);
const char *libb_answer(int way);

int main(int argc, char **argv) {
  int way = 0;
  int wrong = 0;
  if (argc != 3) {
    fprintf(stderr, "usage: %s MEANING_A MEANING_B\n", argv[0]);
    return 2;
  }
  for (way = 0; liba_answer(way) != NULL || libb_answer(way) != NULL; ++way) {
    const char *a = liba_answer(way);
    const char *b = libb_answer(way);
    if (a == NULL || strcmp(a, argv[1]) != 0) {
      printf("liba, way %d: \"%s\", not its own \"%s\"\n", way, a ? a : "(null)", argv[1]);
      wrong = 1;
    }
    if (b == NULL || strcmp(b, argv[2]) != 0) {
      printf("libb, way %d: \"%s\", not its own \"%s\"\n", way, b ? b : "(null)", argv[2]);
      wrong = 1;
    }
  }
  printf("%d ways, each library its own answers: %s\n", way, wrong ? "no" : "yes");
  return wrong;
}
