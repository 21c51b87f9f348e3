# Builds and runs switch_all.c against an installed msgrpriv with the flags
# that `pkg-config --cflags msgrpriv` reports, finding msgrpriv.pc the way the
# README says: PKG_CONFIG_PATH=<the folder holding it>.
# Inputs: PREFIX (an install) or, to install one first, PROJECT and OPTIONS
# ('|'-separated cache settings for a layout); SOURCE, WORK_DIR, C_COMPILER,
# PKG_CONFIG, CMAKE. With FIND_PACKAGE (a consumer project), CTEST, GENERATOR and
# CXX_COMPILER, that project is also built and run against the install through
# find_package.
file(MAKE_DIRECTORY "${WORK_DIR}")
if(PROJECT)
  string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
  set(PREFIX "${WORK_DIR}/prefix")
  file(REMOVE_RECURSE "${PREFIX}" "${WORK_DIR}/build")
  execute_process(COMMAND "${CMAKE}" -S "${PROJECT}" -B "${WORK_DIR}/build" -DMSGRPRIV_BUILD_TESTS=OFF
      -DMSGRPRIV_BUILD_DOCS=OFF -DMSGRPRIV_BUILD_EXAMPLES=OFF "-DCMAKE_INSTALL_PREFIX=${PREFIX}" ${OPTIONS}
    RESULT_VARIABLE rc OUTPUT_QUIET)
  execute_process(COMMAND "${CMAKE}" --install "${WORK_DIR}/build" RESULT_VARIABLE rc2 OUTPUT_QUIET)
  if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
    message(FATAL_ERROR "configuring or installing with ${OPTIONS} failed")
  endif()
endif()
file(GLOB_RECURSE pc_files "${PREFIX}/*/msgrpriv.pc")
if(NOT pc_files)
  message(FATAL_ERROR "no msgrpriv.pc under ${PREFIX}")
endif()
list(GET pc_files 0 pc_file)
get_filename_component(pc_dir "${pc_file}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
execute_process(COMMAND "${PKG_CONFIG}" --cflags msgrpriv
  OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags msgrpriv failed (${rc})")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")
set(exe "${WORK_DIR}/switch_all_pkgconfig")
execute_process(COMMAND "${C_COMPILER}" -std=c89 -Wall -Wextra -pedantic -Werror ${cflags}
    "${SOURCE}" -o "${exe}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling against pkg-config's flags (${cflags}) failed")
endif()
execute_process(COMMAND "${exe}" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "SS_DECLINED: The session is remotely canceled.\n")
  message(FATAL_ERROR "consumer failed (${rc}): ${out}")
endif()
message(STATUS "pkg-config consumer (${pc_file}): ${out}")

if(FIND_PACKAGE)
  # Where the layout moves the package out of find_package's search (a data
  # directory outside share/), a consumer names its folder, as here.
  file(GLOB_RECURSE config_files "${PREFIX}/*/msgrprivConfig.cmake")
  list(GET config_files 0 config_file)
  get_filename_component(config_dir "${config_file}" DIRECTORY)
  execute_process(COMMAND "${CTEST}" --build-and-test "${FIND_PACKAGE}" "${WORK_DIR}/find_package"
      --build-generator "${GENERATOR}" --build-options "-DCMAKE_PREFIX_PATH=${PREFIX}" "-Dmsgrpriv_DIR=${config_dir}"
      "-DCMAKE_C_COMPILER=${C_COMPILER}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
      --test-command "${CTEST}" --output-on-failure
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the find_package consumer failed against ${PREFIX}:\n${out}")
  endif()
  message(STATUS "find_package consumer: passed")
endif()
