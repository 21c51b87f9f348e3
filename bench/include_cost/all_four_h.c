#include <msgrpriv.h>
#include <msgrua.h>
#include <mdisp.h>
#include <basicim.h>

int main(void) { return 0; }
