# The decoder example's runs of every input of the look-up's table (cases.json),
# through the includer's msgrpriv_example_run (examples/runs.cmake includes this
# file): natively and under Wine alike. Each run checks the exit status, the
# standard output (written here from the table: each reading's line, then what
# it finds under its header, with its type and meaning, from the table's
# constants and types) and the message on standard error ("decode: <message>";
# nothing when the table has none).
# SPDX-License-Identifier: MIT
file(READ "${CMAKE_CURRENT_LIST_DIR}/cases.json" msgrpriv_lookup_table)
# An edit of the table reconfigures, so the runs never check a stale copy.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/cases.json")
string(JSON msgrpriv_lookup_constants GET "${msgrpriv_lookup_table}" constants)
string(JSON msgrpriv_lookup_types GET "${msgrpriv_lookup_table}" types)
string(JSON msgrpriv_lookup_count LENGTH "${msgrpriv_lookup_table}" cases)
# msgrpriv_example_run reads OUTPUT relative to examples/: the expected output
# written here under the build folder is named from there.
file(REAL_PATH "${CMAKE_CURRENT_LIST_DIR}/../../examples" msgrpriv_lookup_examples)
set(msgrpriv_lookup_out "${CMAKE_CURRENT_BINARY_DIR}/lookup_cases")
file(MAKE_DIRECTORY "${msgrpriv_lookup_out}")
file(REAL_PATH "${msgrpriv_lookup_out}" msgrpriv_lookup_out)

# What a reading finds, as the decoder prints it: under each header (a line
# of its own, when it changes; "No header" for a type whose page names none),
# each constant (one found by the value its page writes, said so), flags
# combined ("A|B": their line and one per flag) or type (an unsupported one
# with its page's sentence).
function(msgrpriv_lookup_found reading out_var)
  set(text "")
  set(last_header "")
  string(JSON by_page_value ERROR_VARIABLE none GET "${reading}" page_values)
  if(none)
    set(by_page_value "[]")
  endif()
  foreach(kind IN ITEMS constants types)
    string(JSON count ERROR_VARIABLE none LENGTH "${reading}" ${kind})
    if(none OR count EQUAL 0)
      continue()
    endif()
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
      string(JSON shown GET "${reading}" ${kind} ${i})
      string(REPLACE "|" ";" names "${shown}")
      list(GET names 0 first)
      if(kind STREQUAL "types")
        set(type "${first}")
      else()
        string(JSON type GET "${msgrpriv_lookup_constants}" "${first}" type)
      endif()
      string(JSON header_kind TYPE "${msgrpriv_lookup_types}" "${type}" header)
      if(header_kind STREQUAL "NULL")
        set(header "No header")
      else()
        string(JSON header GET "${msgrpriv_lookup_types}" "${type}" header)
      endif()
      if(NOT header STREQUAL last_header)
        string(APPEND text "  ${header}:\n")
        set(last_header "${header}")
      endif()
      list(LENGTH names flags)
      string(JSON sentence ERROR_VARIABLE supported GET "${msgrpriv_lookup_types}" "${type}" unsupported)
      string(JSON meaning ERROR_VARIABLE none GET "${msgrpriv_lookup_constants}" "${first}" meaning)
      if(kind STREQUAL "types" AND NOT supported)
        string(APPEND text "    ${type} (enumeration): ${sentence}\n")
      elseif(kind STREQUAL "types")
        string(JSON constants GET "${msgrpriv_lookup_types}" "${type}" constants)
        string(APPEND text "    ${type} (enumeration): ${constants} constants\n")
      elseif(by_page_value MATCHES "\"${shown}\"")
        # After the type's own (the table's order), with the page's value and the package's.
        string(JSON written GET "${msgrpriv_lookup_constants}" "${first}" page_value)
        string(JSON value GET "${msgrpriv_lookup_constants}" "${first}" value)
        string(APPEND text "    ${shown} (${type}): ${meaning} (as its page writes it, ${written}; "
          "this package has ${value}: see the errata)\n")
      elseif(flags EQUAL 1)
        string(APPEND text "    ${shown} (${type}): ${meaning}\n")
      else()
        string(REPLACE "|" " | " joined "${shown}")
        string(APPEND text "    ${joined} (${type}, flags combined):\n")
        foreach(name IN LISTS names)
          string(JSON meaning GET "${msgrpriv_lookup_constants}" "${name}" meaning)
          string(APPEND text "      ${name}: ${meaning}\n")
        endforeach()
      endif()
    endforeach()
  endforeach()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# One run for all the inputs that match (exit 0) and one for all the others
# (exit 1 or 2): the decoder answers each argument in turn (the outputs and
# messages in order) and exits with the highest status. These two runs go
# through the includer's launcher (Valgrind's memcheck): every input once
# under memcheck. Each input that matches nothing or is refused also has a
# run of its own, its status checked exactly, without the launcher (memcheck
# costs a second a process; its run in the batch covers it). Under Wine,
# where starting a process costs seconds, the includer sets
# MSGRPRIV_LOOKUP_ONE_RUN and every input goes to one run. An empty input,
# which a CMake list cannot carry among others, runs alone, with the launcher.
foreach(group IN ITEMS all unmatched)
  set(msgrpriv_lookup_${group}_args "")
  set(msgrpriv_lookup_${group}_stdout "")
  set(msgrpriv_lookup_${group}_stderr "")
  set(msgrpriv_lookup_${group}_exit 0)
endforeach()

# The loop's input, its expected output, message and status, added to a batch.
macro(msgrpriv_lookup_batch_add group)
  list(APPEND msgrpriv_lookup_${group}_args "${input}")
  string(APPEND msgrpriv_lookup_${group}_stdout "${stdout}")
  string(APPEND msgrpriv_lookup_${group}_stderr "${line}")
  if(status GREATER msgrpriv_lookup_${group}_exit)
    set(msgrpriv_lookup_${group}_exit ${status})
  endif()
endmacro()

# A batch's one run: its inputs, their outputs and messages in order, its highest status.
function(msgrpriv_lookup_batch_run group test)
  set(expected "${msgrpriv_lookup_out}/${group}.output")
  file(CONFIGURE OUTPUT "${expected}" CONTENT "${msgrpriv_lookup_${group}_stdout}" @ONLY)
  file(RELATIVE_PATH expected "${msgrpriv_lookup_examples}" "${expected}")
  msgrpriv_example_run(${test} decode ARGS ${msgrpriv_lookup_${group}_args} EXIT ${msgrpriv_lookup_${group}_exit}
    STDERR "^${msgrpriv_lookup_${group}_stderr}$" OUTPUT "${expected}")
endfunction()

set(msgrpriv_lookup_launcher "${MSGRPRIV_EXAMPLE_LAUNCHER}")
math(EXPR msgrpriv_lookup_last "${msgrpriv_lookup_count} - 1")
foreach(i RANGE ${msgrpriv_lookup_last})
  string(JSON case GET "${msgrpriv_lookup_table}" cases ${i})
  string(JSON input GET "${case}" input)
  if(input MATCHES "[;|]")
    message(FATAL_ERROR "tests/lookup/cases.json: the input '${input}' holds ';' or '|', which CMake's lists and "
      "run_example.cmake split on")
  endif()
  string(JSON status GET "${case}" exit)
  string(JSON readings LENGTH "${case}" readings)
  set(stdout "")
  if(readings GREATER 0)
    math(EXPR last_reading "${readings} - 1")
    foreach(r RANGE ${last_reading})
      string(JSON reading GET "${case}" readings ${r})
      string(JSON heading GET "${reading}" heading)
      string(JSON form GET "${reading}" as)
      string(APPEND stdout "${heading}\n")
      msgrpriv_lookup_found("${reading}" found)
      if(NOT found STREQUAL "")
        string(APPEND stdout "${found}")
      elseif(form STREQUAL "name")
        string(APPEND stdout "  No constant has this name.\n")
      elseif(NOT form STREQUAL "out of range")
        string(APPEND stdout "  No constant has this value.\n")
      endif()
    endforeach()
  endif()
  # Nothing on standard error when every reading is an answer, else the message.
  string(JSON message ERROR_VARIABLE no_message GET "${case}" message)
  if(no_message)
    set(stderr "^$")
    set(line "")
  else()
    string(REGEX REPLACE "([][\\^$.*+?()|])" "\\\\\\1" line "decode: ${message}\n")
    set(stderr "^${line}$")
  endif()
  if((MSGRPRIV_LOOKUP_ONE_RUN OR status EQUAL 0) AND NOT input STREQUAL "")
    msgrpriv_lookup_batch_add(all)
    continue()
  endif()
  if(input STREQUAL "")
    set(MSGRPRIV_EXAMPLE_LAUNCHER "${msgrpriv_lookup_launcher}")
  else()
    msgrpriv_lookup_batch_add(unmatched)
    set(MSGRPRIV_EXAMPLE_LAUNCHER "")
  endif()
  string(REGEX REPLACE "[^A-Za-z0-9+-]" "_" slug "${input}")
  string(SUBSTRING "${slug}" 0 32 slug)
  if(slug STREQUAL "")
    set(slug "empty")
  endif()
  if(i LESS 10)
    set(i "0${i}")
  endif()
  set(expected "${msgrpriv_lookup_out}/${i}.output")
  file(CONFIGURE OUTPUT "${expected}" CONTENT "${stdout}" @ONLY)
  file(RELATIVE_PATH expected "${msgrpriv_lookup_examples}" "${expected}")
  if(input STREQUAL "")
    set(input "<empty>")  # run_example.cmake's token for one empty argument
  endif()
  set(run ARGS "${input}" EXIT "${status}" STDERR "${stderr}" OUTPUT "${expected}")
  msgrpriv_example_run(decode.lookup.${i}.${slug} decode ${run})
endforeach()
set(MSGRPRIV_EXAMPLE_LAUNCHER "${msgrpriv_lookup_launcher}")
# The batches: every input under Wine, else those that match (exit 0: the run's
# status, the highest, shows that each of them is 0).
if(MSGRPRIV_LOOKUP_ONE_RUN)
  msgrpriv_lookup_batch_run(all decode.lookup.all)
else()
  msgrpriv_lookup_batch_run(all decode.lookup.matched)
  msgrpriv_lookup_batch_run(unmatched decode.lookup.unmatched)
endif()
