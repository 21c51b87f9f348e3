#include <msgrpriv.hpp>
