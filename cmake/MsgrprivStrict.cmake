# Every target we compile is held to zero warnings.
set(MSGRPRIV_STRICT_FLAGS -Wall -Wextra -pedantic -Werror)

function(msgrpriv_strict target)
  target_compile_options(${target} PRIVATE ${MSGRPRIV_STRICT_FLAGS})
endfunction()
