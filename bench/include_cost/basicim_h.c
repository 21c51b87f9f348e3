#include <basicim.h>

int main(void) { return 0; }
