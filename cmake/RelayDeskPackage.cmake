# The Debian package: `cpack -G DEB` in a build configured with CMAKE_INSTALL_PREFIX=/usr
# (scripts/package.sh does both) makes relaydesk_<version>_<arch>.deb from what `cmake --install`
# places. tests/package/test_package.sh checks its contents and installs it on a clean Debian 12.
set(CPACK_PACKAGE_NAME "relaydesk")
set(CPACK_PACKAGE_VENDOR "RelayDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SMTP relay manager with a console in the style of Exchange System Manager")
# Lines of at most 79 characters: dpkg shows them as they are.
set(CPACK_PACKAGE_DESCRIPTION
    "RelayDesk manages who may relay through an SMTP server. Mail administrators
edit virtual servers, recipient policies (accepted domains) and relay lists in
a console that mirrors Exchange System Manager; the configuration lives in
SQLite, with every change kept as a revision.

The package holds the console (relaydesk), the command line (relaydeskctl) and
the bundled SMTP listener (relaydesk-smtpd), which enforces the relay rules,
delivers mail and proves, with an open-relay self-test, that it does. A systemd
unit runs the listener as a service.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_PACKAGE_NAME "relaydesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # relaydesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Debian wants a name and an address. The project has no mail address yet: the .invalid domain
# (RFC 2606) says so without pretending one; whoever distributes the package sets theirs.
set(RELAYDESK_PACKAGE_MAINTAINER "RelayDesk maintainers <maintainers@relaydesk.invalid>"
    CACHE STRING "The Maintainer field of the Debian package: Name <address>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RELAYDESK_PACKAGE_MAINTAINER}")
# No Homepage field: the project has no web site of its own.
# dpkg-shlibdeps (package dpkg-dev) finds the libraries the programs link: libqt6core6,
# libqt6network6, libqt6sql6, libqt6widgets6, libqt6gui6, libc6, libstdc++6, ... . It cannot see
# what Qt loads at run time, so these are named here:
#   libqt6sql6-sqlite  the QSQLITE driver of the configuration database
#   libqt6svg6         the SVG icon engine and image format (every icon of the console is SVG)
#   qt6-translations-l10n  Qt's own catalogues (qtbase_de.qm, qtbase_fr.qm): the standard buttons
#                      (OK, Cancel), the frame of --help; without them a German console says "Cancel"
# and what the service's unit runs besides the programs:
#   procps             /bin/kill of ExecReload= (`systemctl reload relaydesk-smtpd`); minimal
#                      systems and containers lack it
# and what the postinst runs where systemd-sysusers is missing:
#   passwd             useradd (required priority, but not essential: Debian Policy 7.2)
# The platform plugins the console opens its window with, xcb (X11 and Xwayland) and offscreen, are
# in libqt6gui6 itself on Debian 12; qt6-qpa-plugins holds only the VNC and TUIO plugins, which
# RelayDesk does not use, so it is not named.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, procps, passwd")
# The native Wayland platform plugin; without it a Wayland session shows the console through
# Xwayland (libqt6gui6's xcb plugin).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

# The maintainer script: postinst creates the listener service's system user (relaydesk-smtpd.service
# runs as User=relaydesk) with systemd-sysusers, or useradd where systemd is missing, and neither
# enables nor starts the service. Mode 0755 whatever the mode of the checked-out file:
# CONTROL_STRICT_PERMISSION gives maintainer scripts 0755 and other control files 0644.
# prerm stops the service on removal, postrm lets systemd forget the unit; neither deletes the data
# in /var/lib/relaydesk.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/deb/postinst
                                       ${PROJECT_SOURCE_DIR}/packaging/deb/prerm ${PROJECT_SOURCE_DIR}/packaging/deb/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The package's directories are 0755 whatever the umask of the build: cpack's install creates them
# with CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS (cmake/RelayDeskInstall.cmake), which keeps a
# umask of 002 from making them 0775, and since mkdir(2) still applies a stricter umask (077 would
# give 0700), a script sets every staged directory to 0755 before the archive is made.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/cpack-directory-modes.cmake)

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
