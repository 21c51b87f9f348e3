#include <msgrua.h>

int main(void) { return 0; }
