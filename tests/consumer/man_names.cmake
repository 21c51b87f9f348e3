# Every symbol is a man page name in the installed package: for each type,
# constant and C helper in the installed JSON inventory, `man 3 <name>`
# finds a page, and after mandb indexes the install, `man -k <name>` too.
# Inputs: PREFIX (a staged install), MAN, MANDB.
set(man_dir "${PREFIX}/share/man")
file(READ "${PREFIX}/share/doc/msgrpriv/msgrpriv.json" inventory)
string(JSON count LENGTH "${inventory}" enumerations)
math(EXPR last "${count} - 1")
set(names)
foreach(i RANGE ${last})
  string(JSON type GET "${inventory}" enumerations ${i} type)
  list(APPEND names "${type}")
  foreach(helper name description from_name from_value)
    string(JSON function GET "${inventory}" enumerations ${i} helpers ${helper})
    list(APPEND names "${function}")
  endforeach()
  string(JSON constants LENGTH "${inventory}" enumerations ${i} constants)
  math(EXPR last_constant "${constants} - 1")
  foreach(j RANGE ${last_constant})
    string(JSON constant GET "${inventory}" enumerations ${i} constants ${j} name)
    list(APPEND names "${constant}")
  endforeach()
endforeach()
list(APPEND names MSGRPRIV_ENUMERATIONS MSGRPRIV_NO_DEPRECATION_WARNINGS MSGRPRIV_MSGRUA_ENUMERATIONS
  MSGRPRIV_EVERY_HEADER)

execute_process(COMMAND "${MANDB}" -q "${man_dir}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mandb could not index ${man_dir}")
endif()
# One man and one apropos for every name: the cost is two processes, not two per symbol.
# `man -w` looks each name up as `man 3 <name>` does, following a .so link to its page, and
# prints the file it would show (tests/docs formats every page of the build, which installs).
list(LENGTH names n)
execute_process(COMMAND "${MAN}" -M "${man_dir}" -w 3 ${names} OUTPUT_VARIABLE pages RESULT_VARIABLE rc
  ERROR_VARIABLE err)
string(REGEX MATCHALL "[^\n]+" pages "${pages}")
list(FILTER pages INCLUDE REGEX "^${man_dir}/man3/[^/]+\\.3$")
list(LENGTH pages shown)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "" OR NOT shown EQUAL n)
  message(FATAL_ERROR "man 3 finds ${shown} pages for ${n} names (${rc}): ${err}")
endif()
set(patterns)
foreach(name IN LISTS names)
  list(APPEND patterns "^${name}$")
endforeach()
# Wide: apropos cuts a long name (MSGR_E_CALLEE_INSUFFICIENT_SECURITY_LEVEL) to 80 columns.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env MANWIDTH=1000 "${MAN}" -M "${man_dir}" -k ${patterns}
  OUTPUT_VARIABLE found RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "man -k finds nothing (${rc})")
endif()
foreach(name IN LISTS names)
  string(FIND "\n${found}" "\n${name} (3)" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "man -k ${name} finds nothing")
  endif()
endforeach()
message(STATUS "${n} symbols are man page names")
