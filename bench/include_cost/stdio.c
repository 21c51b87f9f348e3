/* For scale: the header a C program that prints names would otherwise use. */
#include <stdio.h>

int main(void) { return 0; }
