#include "msgrpriv.h"
