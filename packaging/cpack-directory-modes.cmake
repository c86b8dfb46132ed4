# Run by cpack (CPACK_PRE_BUILD_SCRIPTS, cmake/RelayDeskPackage.cmake) after it has installed the
# package's files into its staging directory and before it archives them: every directory there
# becomes 0755. CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS alone cannot promise that: the
# directories that installing creates are made with mkdir(2), which still applies the umask, so a
# build under umask 077 would ship /usr/share/... as 0700.
if(NOT IS_DIRECTORY "${CPACK_TEMPORARY_DIRECTORY}")
    message(FATAL_ERROR "cpack-directory-modes.cmake: no staging directory (CPACK_TEMPORARY_DIRECTORY)")
endif()
file(GLOB_RECURSE relaydesk_staged LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*")
set(relaydesk_staged_dirs)
foreach(path IN LISTS relaydesk_staged)
    if(IS_DIRECTORY "${path}" AND NOT IS_SYMLINK "${path}")
        list(APPEND relaydesk_staged_dirs "${path}")
    endif()
endforeach()
if(relaydesk_staged_dirs)
    file(CHMOD ${relaydesk_staged_dirs}
         DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                               WORLD_EXECUTE)
endif()
