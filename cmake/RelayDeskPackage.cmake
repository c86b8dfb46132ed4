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
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "RelayDesk maintainers")
# No Homepage field: the project has no web site of its own.
# dpkg-shlibdeps (package dpkg-dev) finds the libraries the programs link: libqt6core6,
# libqt6network6, libqt6sql6, libqt6widgets6, libqt6gui6, libc6, libstdc++6, ... . It cannot see
# what Qt loads at run time, so these are named here:
#   libqt6sql6-sqlite  the QSQLITE driver of the configuration database
#   libqt6svg6         the SVG icon engine and image format (every icon of the console is SVG)
#   qt6-qpa-plugins    the platform plugins (xcb, wayland) without which the console cannot open a
#                      window (libqt6gui6 only recommends it)
#   qt6-translations-l10n  Qt's own catalogues (qtbase_de.qm, qtbase_fr.qm): the standard buttons
#                      (OK, Cancel), the frame of --help; without them a German console says "Cancel"
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, qt6-translations-l10n")
# The native Wayland platform plugin; without it a Wayland session shows the console through
# Xwayland (qt6-qpa-plugins' xcb).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
