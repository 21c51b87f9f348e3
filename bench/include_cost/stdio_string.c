/* For scale: the headers msgrpriv.h avoids. */
#include <stdio.h>
#include <string.h>
