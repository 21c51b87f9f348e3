// The 1.x names, opt in: what they add to msgrpriv.hpp.
#include <msgrpriv_v1.hpp>

int main(void) { return 0; }
