#include <msgrpriv.h>
