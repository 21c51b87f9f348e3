// For scale: what a string_view/optional/array API would pull in.
#include <array>
#include <optional>
#include <string_view>

int main(void) { return 0; }
