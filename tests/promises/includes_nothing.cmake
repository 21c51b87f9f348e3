cmake_policy(SET CMP0007 NEW)
# msgrpriv.h, msgrua.h, mdisp.h and basicim.h include no other file; each
# lists header only its header; msgrpriv_every_list.h only the lists headers
# (and so their headers); msgrpriv.hpp only the four C headers;
# msgrpriv_v1.hpp only msgrpriv.hpp (and so those): what `-H` lists, in C and in C++.
# Inputs: CC, CXX, INCLUDE_DIR.
set(four "msgrpriv.h,msgrua.h,mdisp.h,basicim.h")
set(every "msgrpriv_lists.h,msgrpriv.h,msgrua_lists.h,msgrua.h,mdisp_lists.h,mdisp.h,basicim_lists.h,basicim.h")
foreach(case "msgrpriv.h|${CC}|c|" "msgrpriv.h|${CXX}|c++|" "msgrpriv_lists.h|${CC}|c|msgrpriv.h"
             "msgrua.h|${CC}|c|" "msgrua.h|${CXX}|c++|" "msgrua_lists.h|${CC}|c|msgrua.h"
             "mdisp.h|${CC}|c|" "mdisp.h|${CXX}|c++|" "mdisp_lists.h|${CC}|c|mdisp.h"
             "basicim.h|${CC}|c|" "basicim.h|${CXX}|c++|" "basicim_lists.h|${CC}|c|basicim.h"
             "msgrpriv_every_list.h|${CC}|c|${every}" "msgrpriv_every_list.h|${CXX}|c++|${every}"
             "msgrpriv.hpp|${CXX}|c++|${four}" "msgrpriv_v1.hpp|${CXX}|c++|msgrpriv.hpp,${four}")
  string(REPLACE "|" ";" case "${case}")
  list(GET case 0 header)
  list(GET case 1 compiler)
  list(GET case 2 lang)
  list(LENGTH case fields)
  set(expected "")
  if(fields GREATER 3)
    list(GET case 3 expected)
    string(REPLACE "," ";" expected "${expected}")
  endif()
  set(std "")
  if(lang STREQUAL "c++")
    set(std -std=c++17)
  endif()
  execute_process(COMMAND "${compiler}" -x ${lang} ${std} -E -H -I${INCLUDE_DIR} "${INCLUDE_DIR}/${header}"
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE listed)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${header} (${lang}) did not preprocess:\n${listed}")
  endif()
  string(REGEX MATCHALL "(^|\n)\\.+ [^\n]+" opened "${listed}")
  set(names)
  foreach(line IN LISTS opened)
    string(REGEX REPLACE "^\n?\\.+ " "" path "${line}")
    get_filename_component(name "${path}" NAME)
    list(APPEND names "${name}")
  endforeach()
  if(NOT "${names}" STREQUAL "${expected}")
    message(FATAL_ERROR "${header} (${lang}) opens [${names}], not [${expected}]:\n${listed}")
  endif()
  message(STATUS "${header} (${lang}) opens [${names}]")
endforeach()
