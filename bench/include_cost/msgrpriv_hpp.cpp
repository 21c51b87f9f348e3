#include <msgrpriv.hpp>

int main(void) { return 0; }
