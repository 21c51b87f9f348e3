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
foreach(name IN LISTS names)
  execute_process(COMMAND "${MAN}" -M "${man_dir}" 3 "${name}" OUTPUT_VARIABLE page RESULT_VARIABLE rc
    ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT page MATCHES "NAME")
    message(FATAL_ERROR "man 3 ${name} shows no page (${rc}): ${err}")
  endif()
  # Wide: apropos cuts a long name (MSGR_E_CALLEE_INSUFFICIENT_SECURITY_LEVEL) to 80 columns.
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env MANWIDTH=1000 "${MAN}" -M "${man_dir}" -k "^${name}$"
    OUTPUT_VARIABLE found RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT found MATCHES "^${name} \\(3\\)")
    message(FATAL_ERROR "man -k ${name} finds nothing: ${found}")
  endif()
endforeach()
list(LENGTH names n)
message(STATUS "${n} symbols are man page names")
