#!/usr/bin/env bash
# The Debian package test (scripts/test.sh runs it under CI=true or RELAYDESK_PACKAGE_TEST=1):
#  1. the sources: desktop entry (desktop-file-validate, its German and French), AppStream metainfo
#     (appstreamcli; its newest <release> is the project's version), man pages (groff and man, no
#     warning);
#  2. builds relaydesk_<version>_<arch>.deb with scripts/package.sh;
#  3. its fields (dpkg-deb -f: Package, Version, Architecture, Section, Priority, Maintainer,
#     Depends on Debian 12's Qt 6 runtime packages and procps), its maintainer scripts (postinst,
#     prerm, postrm: 0755) and contents (dpkg-deb -c:
#     every directory 0755; the unit names the installed programs);
#  4. installs it with apt-get (no recommends, so Depends alone must suffice) on a clean Debian 12
#     made with debootstrap --variant=minbase that leaves /usr/share/doc out (dpkg path-exclude, as
#     minimal images do), then checks the service's system user (made by useradd there) and that
#     the service is not enabled, runs postinst again (dpkg-reconfigure, reinstall), and once more
#     with systemd installed (systemd-sysusers makes the user; systemd-analyze verify checks the
#     installed unit); runs every program's --version, creates a database with relaydeskctl (the
#     QSQLITE plugin), checks its German and French, runs the console for a few seconds on the
#     offscreen platform, checks that the Help menu's documents are installed, that the platform,
#     SQL and SVG plugins find all their libraries, renders the installed man pages with man -l, and
#     with a stand-in systemctl checks what the maintainer scripts ask of a running systemd
#     (daemon-reload; try-restart on reconfigure only when policy-rc.d allows; stop before removal;
#     purge takes away the enabling), then removes and purges the package (the data in
#     /var/lib/relaydesk and the user stay).
# Needs root (debootstrap, chroot), or sudo. The clean tree is cached as
# ${XDG_CACHE_HOME:-~/.cache}/relaydesk/bookworm-minbase.tar (refreshed after 7 days; CI starts
# without it); RELAYDESK_PACKAGE_NO_CACHE=1 ignores it.
set -euo pipefail
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "test_package: needs root or sudo (debootstrap, chroot)" >&2; exit 3; }
    SUDO="sudo"
fi

START=$(date +%s)
STEP_START=$START
step() { # step NAME: prints the time the previous step took
    local now
    now=$(date +%s)
    [ -z "${STEP_NAME:-}" ] || printf 'test_package: %-28s %4d s\n' "$STEP_NAME" "$((now - STEP_START))"
    STEP_NAME="$1"
    STEP_START=$now
}
FAILURES=0
fail() {
    echo "test_package: FAIL: $*" >&2
    FAILURES=$((FAILURES + 1))
}

# --- 1. the sources -----------------------------------------------------------------------------
step "validate sources"
APP_ID=io.github.relaydesk.RelayDesk
out=$(desktop-file-validate "$ROOT_DIR/resources/$APP_ID.desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate says: $out"
for key in Name GenericName Comment Keywords; do
    for lang in de fr; do
        grep -q "^$key\[$lang\]=." "$ROOT_DIR/resources/$APP_ID.desktop" ||
            fail "the desktop entry lacks ${key}[$lang]"
    done
done
out=$(appstreamcli validate --no-net --no-color "$ROOT_DIR/resources/$APP_ID.metainfo.xml" 2>&1) ||
    fail "appstreamcli validate: $out"
# The newest release of the metainfo (the first <release>) is the version being built: software
# centres show it, and a release made without updating it would claim the previous one.
VERSION=$(sed -n 's/^project(RelayDesk VERSION \([0-9.]*\).*/\1/p' "$ROOT_DIR/CMakeLists.txt")
[ -n "$VERSION" ] || fail "no project(RelayDesk VERSION ...) in CMakeLists.txt"
release=$(grep -o '<release [^>]*version="[^"]*"' "$ROOT_DIR/resources/$APP_ID.metainfo.xml" | head -n 1 |
    sed 's/.*version="\([^"]*\)"/\1/')
[ "$release" = "$VERSION" ] ||
    fail "the metainfo's newest <release version=\"$release\"> is not the project's version $VERSION"
# So is the newest entry of the package's Debian changelog.
changelog=$(dpkg-parsechangelog -l "$ROOT_DIR/packaging/deb/changelog" -S Version 2>&1) ||
    fail "packaging/deb/changelog does not parse: $changelog"
[ "$changelog" = "$VERSION" ] ||
    fail "packaging/deb/changelog's newest entry is $changelog, not the project's version $VERSION"
MAN_PAGES=(man1/relaydesk.1 man1/relaydeskctl.1 man8/relaydesk-smtpd.8)
for page in "${MAN_PAGES[@]}"; do
    src="$ROOT_DIR/man/${page#*/}"
    out=$(groff -man -Tutf8 -ww -z "$src" 2>&1) || fail "groff $src: $out"
    [ -z "$out" ] || fail "groff warns about $src: $out"
    out=$(MANWIDTH=80 man --warnings -l "$src" 2>&1 >/dev/null) || fail "man -l $src: $out"
    [ -z "$out" ] || fail "man -l warns about $src: $out"
done

# --- 2. the package -----------------------------------------------------------------------------
step "build package"
DEB=$(bash "$ROOT_DIR/scripts/package.sh" | tail -n 1)
[ -f "$DEB" ] || { echo "test_package: scripts/package.sh made no package ($DEB)" >&2; exit 1; }
echo "test_package: $DEB ($(du -k "$DEB" | cut -f1) KiB)"

# --- 3. fields and contents ---------------------------------------------------------------------
step "check fields and contents"
ARCH=$(dpkg --print-architecture)
[ "$(basename "$DEB")" = "relaydesk_${VERSION}_${ARCH}.deb" ] || fail "package file name $(basename "$DEB")"
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = relaydesk ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$VERSION" ] || fail "Version: $(field Version), expected $VERSION"
[ "$(field Architecture)" = "$ARCH" ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = mail ] || fail "Section: $(field Section)"
[ "$(field Priority)" = optional ] || fail "Priority: $(field Priority)"
[[ "$(field Maintainer)" =~ ^RelayDesk\ .*\ \<[^@\ ]+@[^@\ ]+\>$ ]] || fail "Maintainer: $(field Maintainer), not Name <address>"
[ -z "$(field Homepage)" ] || fail "Homepage: $(field Homepage) (there is none)"
field Description | grep -q "relay" || fail "Description: $(field Description)"
DEPENDS=$(field Depends)
echo "test_package: Depends: $DEPENDS"
# What the programs link (found by dpkg-shlibdeps), what Qt loads at run time and what the unit
# runs (named in cmake/RelayDeskPackage.cmake).
DEPENDS_NAMES=$(sed 's/, */\n/g' <<<"$DEPENDS" | sed 's/[ (].*//')
for dep in libc6 libstdc++6 libqt6core6 libqt6network6 libqt6sql6 libqt6gui6 libqt6widgets6 \
    libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n procps passwd; do
    grep -qxF "$dep" <<<"$DEPENDS_NAMES" || fail "Depends lacks $dep"
done
# The xcb and offscreen platform plugins are libqt6gui6's; qt6-qpa-plugins (VNC, TUIO) is not needed.
! grep -qxF qt6-qpa-plugins <<<"$DEPENDS_NAMES" || fail "Depends names qt6-qpa-plugins, which nothing needs"
# The maintainer script that creates the service's user: there, and executable.
CONTROL=$(dpkg-deb --ctrl-tarfile "$DEB" | tar -tvf -)
for script in postinst prerm postrm; do
    grep -Eq "^-rwxr-xr-x .* (\./)?$script\$" <<<"$CONTROL" || fail "no $script of mode 0755: $CONTROL"
done
[ "$(field Recommends)" = qt6-wayland ] || fail "Recommends: $(field Recommends), expected qt6-wayland"
CONTENTS=$(dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|')
EXPECTED=(
    /usr/bin/relaydesk /usr/bin/relaydeskctl /usr/bin/relaydesk-smtpd
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    /usr/share/icons/hicolor/scalable/apps/relaydesk.svg
    /usr/lib/systemd/system/relaydesk-smtpd.service /usr/lib/sysusers.d/relaydesk.conf
    /usr/share/man/man1/relaydesk.1.gz /usr/share/man/man1/relaydeskctl.1.gz
    /usr/share/man/man8/relaydesk-smtpd.8.gz /usr/share/doc/relaydesk/changelog.gz
    /usr/share/relaydesk/translations/relaydesk_de.qm /usr/share/relaydesk/translations/relaydesk_fr.qm
    /usr/share/relaydesk/translations/relaydesk_en.qm
    /usr/share/doc/relaydesk/README
)
# lintian, Debian's own checker of packages: no error and no warning. One tag is left out: the
# copyright file (debian/copyright), which needs the licence the project's owners have not chosen yet.
out=$(lintian --fail-on error,warning --suppress-tags no-copyright-file "$DEB" 2>&1) || fail "lintian: $out"
# The Help menu's documents, with the images and examples they link to, where the console looks
# first (app/gui/helpdocs.h): not under /usr/share/doc, which a system may leave out.
HELP_DIR=/usr/share/relaydesk/doc
shopt -s nullglob
for doc in "$ROOT_DIR"/docs/*.md "$ROOT_DIR"/docs/images/* "$ROOT_DIR"/docs/examples/*; do
    EXPECTED+=("$HELP_DIR/${doc#"$ROOT_DIR/docs/"}")
done
shopt -u nullglob
for path in "${EXPECTED[@]}"; do
    grep -qxF "$path" <<<"$CONTENTS" || fail "the package lacks $path"
done
# Everything under /usr (nothing in /usr/local, /etc, /home or the build tree), programs executable.
unexpected=$(grep -v '/$' <<<"$CONTENTS" | grep -v '^/usr/' || true)
[ -z "$unexpected" ] || fail "files outside /usr: $unexpected"
for prog in relaydesk relaydeskctl relaydesk-smtpd; do
    dpkg-deb -c "$DEB" | grep -E "^-rwxr-xr-x .* \./usr/bin/$prog$" >/dev/null || fail "/usr/bin/$prog is not 0755"
done
# Directories 0755 whatever the umask of the build.
odd_dirs=$(dpkg-deb -c "$DEB" | awk '$1 ~ /^d/ && $1 != "drwxr-xr-x" {print $1, $6}')
[ -z "$odd_dirs" ] || fail "directories not 0755: $odd_dirs"
# The unit names the installed programs (its template says @CMAKE_INSTALL_FULL_BINDIR@), and the
# sysusers.d entry the user the unit runs as.
UNIT=$(dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ./usr/lib/systemd/system/relaydesk-smtpd.service)
grep -qx 'ExecStart=/usr/bin/relaydesk-smtpd --data-dir /var/lib/relaydesk' <<<"$UNIT" ||
    fail "the unit's ExecStart: $(grep '^ExecStart=' <<<"$UNIT")"
! grep -Eq '@[A-Z_]+@' <<<"$UNIT" || fail "the unit has an unreplaced @VARIABLE@: $(grep -E '@[A-Z_]+@' <<<"$UNIT")"
grep -qx 'User=relaydesk' <<<"$UNIT" || fail "the unit does not run as User=relaydesk"
SYSUSERS=$(dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ./usr/lib/sysusers.d/relaydesk.conf)
grep -Eqx 'u relaydesk - "RelayDesk SMTP listener" /var/lib/relaydesk /usr/sbin/nologin' <<<"$SYSUSERS" ||
    fail "the sysusers.d entry: $SYSUSERS"

# --- 4. install on a clean Debian 12 -------------------------------------------------------------
# The mirror this machine's apt uses (deb822 "URIs:" or a one-line "deb" entry), so the tree is
# made where CI runs as it is here.
apt_mirror() {
    local f uri
    for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        uri=$(awk '/^URIs:/ && $2 ~ /\/debian\/?$/ {print $2; exit}
                   /^deb / && $0 ~ /bookworm/ { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/ && $i ~ /\/debian\/?$/) { print $i; exit } }' "$f")
        [ -n "$uri" ] && { echo "$uri"; return; }
    done
    echo "http://deb.debian.org/debian"
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/relaydesk-pkgtest.XXXXXX")
CHROOT="$WORK/bookworm"
cleanup() {
    local m
    # Unmount whatever is mounted below the tree (deepest first) before anything is removed.
    for m in $(awk -v d="$CHROOT" 'index($2, d "/") == 1 {print $2}' /proc/mounts | sort -r); do
        $SUDO umount "$m" 2>/dev/null || $SUDO umount -l "$m" || true
    done
    if awk -v d="$CHROOT" 'index($2, d "/") == 1 {found = 1} END {exit !found}' /proc/mounts; then
        echo "test_package: still mounted below $CHROOT; left in place" >&2
    else
        $SUDO rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/relaydesk"
CACHE_TAR="$CACHE_DIR/bookworm-minbase.tar"
mkdir -p "$CHROOT"
if [ "${RELAYDESK_PACKAGE_NO_CACHE:-}" != 1 ] && [ -f "$CACHE_TAR" ] &&
    [ -n "$(find "$CACHE_TAR" -mtime -7)" ]; then
    step "unpack cached tree"
    $SUDO tar -xpf "$CACHE_TAR" -C "$CHROOT"
else
    MIRROR=$(apt_mirror)
    step "debootstrap ($MIRROR)"
    command -v debootstrap >/dev/null || { echo "test_package: debootstrap is missing" >&2; exit 3; }
    if ! $SUDO debootstrap --variant=minbase bookworm "$CHROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
        tail -n 30 "$WORK/debootstrap.log" >&2
        [ -f "$CHROOT/debootstrap/debootstrap.log" ] && tail -n 30 "$CHROOT/debootstrap/debootstrap.log" >&2
        echo "test_package: debootstrap failed" >&2
        exit 1
    fi
    if [ "${RELAYDESK_PACKAGE_NO_CACHE:-}" != 1 ]; then
        mkdir -p "$CACHE_DIR"
        $SUDO tar -cpf "$CACHE_TAR.tmp" -C "$CHROOT" . && mv "$CACHE_TAR.tmp" "$CACHE_TAR" ||
            echo "test_package: could not cache the tree in $CACHE_TAR" >&2
    fi
fi

step "apt-get install the package"
# The host's apt sources and settings (its mirror, security and updates suites, Acquire options),
# not its hooks; its name resolution; no daemon may start.
# Only Debian's own sources: a third party's would need its keyring.
$SUDO rm -f "$CHROOT/etc/apt/sources.list"
for src in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
    if [ -f "$src" ] && grep -Eq '^(URIs:|deb ).*/debian(-security)?/?( |$)' "$src"; then
        $SUDO cp -L "$src" "$CHROOT$src"
    fi
done
for conf in /etc/apt/apt.conf.d/*; do
    if [ -f "$conf" ] && ! grep -q Invoke "$conf"; then
        $SUDO cp -L "$conf" "$CHROOT/etc/apt/apt.conf.d/"
    fi
done
$SUDO cp -L /etc/hosts /etc/resolv.conf "$CHROOT/etc/"
printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$CHROOT/usr/sbin/policy-rc.d" >/dev/null
$SUDO chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
# apt and maintainer scripts read /proc; without the right to mount it they mostly manage.
$SUDO mount -t proc proc "$CHROOT/proc" || echo "test_package: could not mount /proc in the tree; going on" >&2
$SUDO install -m 0644 "$DEB" "$CHROOT/tmp/"
# No /usr/share/doc, as in minimal images and containers (Debian Policy 12.3 allows it): the
# console's Help menu must not need it.
printf 'path-exclude /usr/share/doc/*\n' | $SUDO tee "$CHROOT/etc/dpkg/dpkg.cfg.d/excludes-doc" >/dev/null
in_chroot() { $SUDO env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 chroot "$CHROOT" "$@"; }
if ! in_chroot sh -c "apt-get update -qq && cd /tmp &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ./$(basename "$DEB")" \
    >"$WORK/apt.log" 2>&1; then
    tail -n 40 "$WORK/apt.log" >&2
    echo "test_package: FAIL: apt-get install of the package on a clean Debian 12" >&2
    exit 1
fi
in_chroot dpkg-query -W -f='${Status}\n' relaydesk | grep -qx "install ok installed" || fail "relaydesk is not installed"

step "the service's user"
# check_user HOW: the system user of relaydesk-smtpd.service exists as the sysusers.d entry says.
check_user() {
    local entry uid gecos home shell
    if ! entry=$(in_chroot getent passwd relaydesk); then
        fail "$1: no user relaydesk after installing"
        return
    fi
    IFS=: read -r _ _ uid _ gecos home shell <<<"$entry"
    [ "$shell" = /usr/sbin/nologin ] || fail "$1: relaydesk's shell is $shell, not /usr/sbin/nologin"
    [ "$home" = /var/lib/relaydesk ] || fail "$1: relaydesk's home is $home, not /var/lib/relaydesk"
    [ "$uid" -lt 1000 ] || fail "$1: relaydesk has UID $uid, not a system UID"
    [ "$gecos" = "RelayDesk SMTP listener" ] || fail "$1: relaydesk's GECOS is $gecos"
    in_chroot getent group relaydesk >/dev/null || fail "$1: no group relaydesk"
    in_chroot id -gn relaydesk | grep -qx relaydesk || fail "$1: relaydesk's group is not relaydesk"
}
has_sysusers() { in_chroot sh -c 'command -v systemd-sysusers' >/dev/null 2>&1; }
has_sysusers && fail "minbase has systemd-sysusers: postinst's useradd path goes untested"
check_user "useradd (no systemd)"
USER_ENTRY=$(in_chroot getent passwd relaydesk || true)
# postinst again: dpkg-reconfigure, then a reinstall of the same package; the user stays as it was.
if ! out=$(in_chroot env DEBIAN_FRONTEND=noninteractive dpkg-reconfigure relaydesk 2>&1); then
    fail "dpkg-reconfigure relaydesk: $out"
fi
if ! out=$(in_chroot env DEBIAN_FRONTEND=noninteractive dpkg -i "/tmp/$(basename "$DEB")" 2>&1); then
    fail "reinstalling the package: $out"
fi
[ "$(in_chroot getent passwd relaydesk || true)" = "$USER_ENTRY" ] ||
    fail "running postinst again changed the user: $USER_ENTRY -> $(in_chroot getent passwd relaydesk || true)"
[ "$(in_chroot getent passwd | grep -c '^relaydesk:')" = 1 ] || fail "more than one user relaydesk"
# With systemd (as on a real system) postinst makes the user with systemd-sysusers from
# /usr/lib/sysusers.d/relaydesk.conf; and systemd-analyze verify accepts the installed unit, whose
# programs are where it says.
if in_chroot sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends systemd" \
    >"$WORK/apt-systemd.log" 2>&1; then
    has_sysusers || fail "the systemd package brought no systemd-sysusers"
    in_chroot userdel relaydesk || fail "userdel relaydesk"
    in_chroot groupdel relaydesk 2>/dev/null || true
    if ! out=$(in_chroot env DEBIAN_FRONTEND=noninteractive dpkg-reconfigure relaydesk 2>&1); then
        fail "dpkg-reconfigure relaydesk with systemd: $out"
    fi
    check_user "systemd-sysusers"
    # Documentation=man:relaydesk-smtpd(8) is checked too where man is installed (not in minbase).
    man_check=--man=no
    in_chroot sh -c 'command -v man' >/dev/null 2>&1 && man_check=--man=yes
    out=$(in_chroot env SYSTEMD_LOG_COLOR=0 systemd-analyze verify "$man_check" \
        /usr/lib/systemd/system/relaydesk-smtpd.service 2>&1) ||
        fail "systemd-analyze verify of the installed unit: $out"
    [ -z "$out" ] || fail "systemd-analyze verify of the installed unit says: $out"
else
    tail -n 20 "$WORK/apt-systemd.log" >&2
    fail "apt-get install systemd in the clean tree"
fi
# The service is the administrator's to enable and start: installing neither enables nor starts it.
enabled=$(find "$CHROOT/etc/systemd" -name 'relaydesk-smtpd.service' 2>/dev/null || true)
[ -z "$enabled" ] || fail "installing enabled relaydesk-smtpd.service: $enabled"

step "run the installed programs"
for prog in relaydesk relaydeskctl relaydesk-smtpd; do
    if out=$(in_chroot "$prog" --version 2>&1); then
        echo "test_package: $prog --version: $out"
        grep -qF "$VERSION" <<<"$out" || fail "$prog --version does not say $VERSION: $out"
    else
        fail "$prog --version in the clean tree: $out"
    fi
done
# A database (QtSql's QSQLITE plugin, libqt6sql6-sqlite), then the configuration read back.
if ! out=$(in_chroot relaydeskctl --data-dir /tmp/relaydesk-data init 2>&1); then
    fail "relaydeskctl init: $out"
elif ! out=$(in_chroot relaydeskctl --data-dir /tmp/relaydesk-data show 2>&1) ||
    ! grep -q "Default SMTP Virtual Server" <<<"$out"; then
    fail "relaydeskctl show: $out"
fi
# The catalogues: the installed programs speak the language of the locale (LANG alone: Qt reads it
# without glibc's locale data, which minbase lacks).
for lang in de_DE.UTF-8:Verwendung fr_FR.UTF-8:Utilisation; do
    out=$(in_chroot env LANG="${lang%%:*}" relaydeskctl --help 2>&1) || true
    grep -q "^${lang#*:}" <<<"$out" || fail "relaydeskctl --help under LANG=${lang%%:*} is not translated: $(head -n 1 <<<"$out")"
done
# Qt's own catalogue (qt6-translations-l10n) too: the console's --help frame ("Usage:", "Options:").
out=$(in_chroot env LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen relaydesk --help 2>&1) || true
grep -q "^Optionen:" <<<"$out" || fail "relaydesk --help under LANG=de_DE.UTF-8 lacks Qt's German: $out"
# The console on that database for 3 seconds: it must still be running when timeout ends it (124).
rc=0
out=$(in_chroot env QT_QPA_PLATFORM=offscreen RELAYDESK_NO_LISTENER=1 \
    timeout 3 relaydesk --data-dir /tmp/relaydesk-data 2>&1) || rc=$?
[ "$rc" = 124 ] || fail "relaydesk on the offscreen platform ended with $rc: $out"
# The plugins Qt loads at run time find every library they need: xcb (also what a Wayland session
# uses through Xwayland when the recommended qt6-wayland is not installed), SQLite, SVG.
QT_PLUGINS=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins
for plugin in platforms/libqxcb.so sqldrivers/libqsqlite.so iconengines/libqsvgicon.so \
    imageformats/libqsvg.so; do
    if ! out=$(in_chroot ldd "$QT_PLUGINS/$plugin" 2>&1); then
        fail "$QT_PLUGINS/$plugin is missing in the clean tree: $out"
    elif grep -q "not found" <<<"$out"; then
        fail "$plugin lacks libraries: $(grep "not found" <<<"$out" | tr -s ' \t\n' ' ')"
    fi
done

# The Help menu's documents are there though /usr/share/doc was left out.
for doc in user-guide.md administration.md coming-from-exchange.md troubleshooting.md; do
    [ -f "$CHROOT$HELP_DIR/$doc" ] || fail "the Help menu's $HELP_DIR/$doc is not installed"
done
[ ! -e "$CHROOT/usr/share/doc/relaydesk/README" ] || fail "dpkg's path-exclude of /usr/share/doc did not apply"

step "man pages of the package"
for page in "${MAN_PAGES[@]}"; do
    file="$CHROOT/usr/share/man/$page.gz"
    if [ ! -f "$file" ]; then
        fail "not installed: /usr/share/man/$page.gz"
        continue
    fi
    gzip -t "$file" || fail "/usr/share/man/$page.gz is not a valid gzip file"
    if in_chroot sh -c 'command -v man' >/dev/null 2>&1; then
        out=$(in_chroot env MANWIDTH=80 man --warnings -l "/usr/share/man/$page.gz" 2>&1 >/dev/null) ||
            fail "man -l /usr/share/man/$page.gz: $out"
    else # minbase has no man-db: render the installed file with this machine's
        out=$(MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null) || fail "man -l $file: $out"
    fi
    [ -z "$out" ] || fail "man -l warns about /usr/share/man/$page.gz: $out"
done

step "maintainer scripts and systemd"
# What the scripts ask of a running systemd: the tree runs none, so /run/systemd/system (what the
# scripts look for) is made, and a stand-in systemctl first in PATH writes down its arguments.
in_chroot mkdir -p /run/systemd/system
printf '#!/bin/sh\necho "$*" >>/root/systemctl.log\n' | $SUDO tee "$CHROOT/usr/sbin/systemctl" >/dev/null
$SUDO chmod 755 "$CHROOT/usr/sbin/systemctl"
systemctl_log() { $SUDO cat "$CHROOT/root/systemctl.log" 2>/dev/null || true; }
reconfigure() {
    local out
    out=$(in_chroot env DEBIAN_FRONTEND=noninteractive dpkg-reconfigure relaydesk 2>&1) ||
        fail "dpkg-reconfigure relaydesk with systemd running: $out"
}
# policy-rc.d forbids (as all along in this tree): postinst reloads the units, restarts nothing.
reconfigure
grep -qx "daemon-reload" <<<"$(systemctl_log)" || fail "postinst did not reload systemd: $(systemctl_log)"
grep -q "restart" <<<"$(systemctl_log)" && fail "postinst restarted the service against policy-rc.d: $(systemctl_log)"
# policy-rc.d allows: on a reconfigure (as on an upgrade) a running service is restarted.
$SUDO mv "$CHROOT/usr/sbin/policy-rc.d" "$CHROOT/usr/sbin/policy-rc.d.off"
$SUDO rm -f "$CHROOT/root/systemctl.log"
reconfigure
grep -qx "try-restart relaydesk-smtpd.service" <<<"$(systemctl_log)" ||
    fail "postinst did not try-restart the service: $(systemctl_log)"

step "remove and purge"
# The maintainer scripts let the package go again: the service is stopped before its programs go,
# purge takes away the enabling; the data and the user stay.
in_chroot mkdir -p /var/lib/relaydesk /etc/systemd/system/multi-user.target.wants
in_chroot touch /var/lib/relaydesk/relaydesk.sqlite
in_chroot ln -sf /usr/lib/systemd/system/relaydesk-smtpd.service \
    /etc/systemd/system/multi-user.target.wants/relaydesk-smtpd.service
$SUDO rm -f "$CHROOT/root/systemctl.log"
if ! out=$(in_chroot env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq relaydesk 2>&1); then
    fail "apt-get remove relaydesk: $out"
fi
for prog in relaydesk relaydeskctl relaydesk-smtpd; do
    [ ! -e "$CHROOT/usr/bin/$prog" ] || fail "/usr/bin/$prog is still there after removal"
done
[ "$(systemctl_log | head -n 1)" = "stop relaydesk-smtpd.service" ] ||
    fail "prerm did not stop the service first: $(systemctl_log)"
grep -qx "daemon-reload" <<<"$(systemctl_log)" || fail "postrm did not reload systemd: $(systemctl_log)"
[ -L "$CHROOT/etc/systemd/system/multi-user.target.wants/relaydesk-smtpd.service" ] ||
    fail "removal (not purge) took the service's enabling away"
if ! out=$(in_chroot env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq relaydesk 2>&1); then
    fail "apt-get purge relaydesk: $out"
fi
[ ! -L "$CHROOT/etc/systemd/system/multi-user.target.wants/relaydesk-smtpd.service" ] ||
    fail "purge left the service enabled"
in_chroot dpkg-query -W -f='${Status}\n' relaydesk 2>/dev/null | grep -q "install ok installed" &&
    fail "relaydesk is still installed after purge"
[ -e "$CHROOT/var/lib/relaydesk/relaydesk.sqlite" ] || fail "purge deleted the data in /var/lib/relaydesk"
in_chroot getent passwd relaydesk >/dev/null || fail "purge deleted the user relaydesk"
$SUDO mv "$CHROOT/usr/sbin/policy-rc.d.off" "$CHROOT/usr/sbin/policy-rc.d"
step ""

echo "test_package: total $(($(date +%s) - START)) s"
if [ "$FAILURES" -gt 0 ]; then
    echo "test_package: $FAILURES check(s) failed" >&2
    exit 1
fi
echo "test_package: the package installs and runs on a clean Debian 12"
