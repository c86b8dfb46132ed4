# What `cmake --install` places besides the three programs (their rules are beside their targets in
# app/cli, app/gui and app/smtpd, with the listener's systemd unit and the sysusers.d entry of its
# user): the desktop entry, the AppStream metainfo, the icon, the man pages and the documentation.
# Paths are relative to CMAKE_INSTALL_PREFIX (/usr for the Debian package, scripts/package.sh).

# The AppStream component id; the desktop entry carries the same name (the console sets it as its
# desktop file name, app/gui/main.cpp). The program stays `relaydesk`.
set(RELAYDESK_APP_ID "io.github.relaydesk.RelayDesk")

install(FILES ${PROJECT_SOURCE_DIR}/resources/${RELAYDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${RELAYDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# One scalable icon is all a freedesktop.org desktop needs; software centres render the sizes they
# show from it. The console embeds the same file (resources/relaydesk.qrc).
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/relaydesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Files installed compressed as Debian does: gzip -n (no name or time stamp, so the package is
# reproducible) -9. relaydesk_gzip(SOURCE OUTPUT) makes OUTPUT when SOURCE changes.
set(relaydesk_gzipped)
function(relaydesk_gzip source output)
    get_filename_component(output_dir ${output} DIRECTORY)
    get_filename_component(name ${source} NAME)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${output_dir}
        COMMAND sh -c "gzip -n -9 -c \"$1\" > \"$2\"" sh ${source} ${output}
        DEPENDS ${source}
        COMMENT "Compressing ${name}"
        VERBATIM)
    set(relaydesk_gzipped ${relaydesk_gzipped} ${output} PARENT_SCOPE)
endfunction()

# Man pages, written by hand in man/ (man(7) macros).
foreach(page relaydesk.1 relaydeskctl.1 relaydesk-smtpd.8)
    relaydesk_gzip(${PROJECT_SOURCE_DIR}/man/${page} ${PROJECT_BINARY_DIR}/man/${page}.gz)
    string(REGEX REPLACE "^.*\\.([0-9])$" "\\1" section ${page})
    install(FILES ${PROJECT_BINARY_DIR}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
endforeach()
# The Debian changelog of the package (packaging/deb/changelog; its newest entry is the project's
# version, which tests/package/test_package.sh checks).
relaydesk_gzip(${PROJECT_SOURCE_DIR}/packaging/deb/changelog ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/relaydesk)
add_custom_target(relaydesk_gzipped_files ALL DEPENDS ${relaydesk_gzipped})

# The documentation, as in docs/ (the pages link to each other, to images/ and to examples/
# relatively), in <prefix>/share/relaydesk/doc: the Help menu opens these pages (app/gui/helpdocs.h),
# so they are data the console needs, not in /usr/share/doc, which a Debian system may leave out
# (Debian Policy 12.3; dpkg's path-exclude). /usr/share/doc/relaydesk holds a README that points
# there.
set(RELAYDESK_INSTALL_HELPDIR ${CMAKE_INSTALL_DATADIR}/relaydesk/doc)
file(GLOB relaydesk_doc_pages CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${relaydesk_doc_pages} DESTINATION ${RELAYDESK_INSTALL_HELPDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${RELAYDESK_INSTALL_HELPDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/examples DESTINATION ${RELAYDESK_INSTALL_HELPDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/doc-README DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/relaydesk
        RENAME README)
