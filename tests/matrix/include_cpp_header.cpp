#include "msgrpriv.hpp"
