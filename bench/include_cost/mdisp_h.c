#include <mdisp.h>

int main(void) { return 0; }
