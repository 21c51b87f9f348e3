#include <msgrpriv.h>

int main(void) { return 0; }
