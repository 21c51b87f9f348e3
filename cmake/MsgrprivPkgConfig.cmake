# msgrpriv.pc for any install layout. Where the data and include directories
# are both relative to the prefix (the usual case), the file names them
# relative to its own folder, so the install can move; where either is
# absolute (as Nix sets them), or the prefix is the system's /usr (a
# distribution package), it names the absolute include directory, which
# pkg-config leaves out when it is the compiler's own /usr/include.
set(pc_dir "${CMAKE_INSTALL_DATADIR}/pkgconfig")
if(IS_ABSOLUTE "${CMAKE_INSTALL_DATADIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}"
   OR CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(MSGRPRIV_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(MSGRPRIV_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  # Paths under a stand-in root: only their relation matters.
  file(RELATIVE_PATH to_prefix "/root/${pc_dir}" "/root")
  file(RELATIVE_PATH to_include "/root/${pc_dir}" "/root/${CMAKE_INSTALL_INCLUDEDIR}")
  string(REGEX REPLACE "/$" "" to_prefix "${to_prefix}")
  set(MSGRPRIV_PC_PREFIX "\${pcfiledir}/${to_prefix}")
  set(MSGRPRIV_PC_INCLUDEDIR "\${pcfiledir}/${to_include}")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/msgrpriv.pc.in" "${PROJECT_BINARY_DIR}/msgrpriv.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/msgrpriv.pc" DESTINATION "${pc_dir}")
