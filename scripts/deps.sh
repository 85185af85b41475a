#!/usr/bin/env bash
# Checks for the system packages AHP Careers needs and, on Debian or Ubuntu,
# installs the missing ones.
#
#   scripts/deps.sh build   what building needs: a C compiler, pkg-config and the
#                           OpenGL, X11 and GTK 3 headers            (make deps)
#   scripts/deps.sh test    the above, plus what the tests and make bench
#                           need: Xvfb, xauth, xdotool, Mesa's drivers,
#                           ImageMagick, the X11 utilities, the X
#                           DAMAGE headers, Poppler, zbar, headless
#                           Chromium and npm                         (make test-deps)
#   scripts/deps.sh windows the build packages, plus what make release and
#                           make test-windows need: the MinGW-w64 cross
#                           compiler, wixl and msitools (MSI), Wine, and
#                           Xvfb, xdotool and ImageMagick   (make release-deps)
#
# Debian/Ubuntu (apt-get and dpkg-query present): every package is checked with
# dpkg-query. If all are installed nothing else runs (no apt-get). Otherwise it
# says what it is installing, runs apt-get update once and apt-get install for
# the missing ones only, non-interactively, through sudo when not root.
#
# Elsewhere it installs nothing: it checks with pkg-config (and for the test
# commands), prints what to install and fails if anything is missing.
#
# Environment:
#   DEPS_DRY_RUN=1             print the apt-get commands instead of running them
#   DEPS_EXTRA_PACKAGES="a b"  more Debian packages to require (e.g. to try the
#                              install path with a package that is missing)
#
# Kept to bash 3.2 (macOS) features.
set -euo pipefail

mode=${1:-build}
case $mode in
build | test | windows) ;;
*)
	echo "usage: $0 [build|test|windows]" >&2
	exit 2
	;;
esac

# Debian package names. "a|b" means either will do: a is installed if neither
# is (b is the newer name; a may disappear as a transitional package).
build_packages=(
	gcc
	"pkg-config|pkgconf"
	"libgl1-mesa-dev|libgl-dev"
	libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
	libgtk-3-dev
)
# libxdamage-dev: make bench's driver (bench/run) watches windows being drawn
# with the X DAMAGE extension (libgtk-3-dev depends on it too).
test_packages=(xvfb xauth xdotool libgl1-mesa-dri imagemagick x11-utils libxdamage-dev)
# poppler-utils and zbar-tools: the PDF handout's tests read it back
# (pdftotext, pdfinfo, pdffonts, pdftoppm) and scan its QR codes (zbarimg).
test_packages+=(poppler-utils zbar-tools)
# The HTML handout's browser tests (e2e/html): Chromium, headless, driven
# with chromedp; npm installs their axe-core (make test-deps, npm ci). npm
# or a nodejs that brings its own npm will do.
test_packages+=("chromium-headless-shell|chromium" "npm|nodejs")
# The Windows release, built and tried on Linux: the cross compiler and
# windres, wixl (MSIs) and msiinfo, Wine (64-bit), and the X tools its
# end-to-end test drives the window with.
windows_packages=(gcc-mingw-w64-x86-64 wixl msitools wine wine64 xvfb xauth xdotool libgl1-mesa-dri imagemagick x11-utils)

say() { printf 'deps: %s\n' "$*"; }
fail() {
	printf 'deps: %s\n' "$*" >&2
	exit 1
}

# ---------------------------------------------------------------- Debian/Ubuntu

# installed PKG: dpkg knows PKG as installed (any architecture).
installed() {
	dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q ' ok installed$'
}

# candidate PKG: apt can install PKG from its package lists.
candidate() {
	apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'
}

# root_prefix: sets `sudo` to what runs a command as root: nothing when root,
# sudo (sudo -n when there is no terminal to ask for a password on, so it fails
# rather than hangs) otherwise.
root_prefix() {
	sudo=()
	[ "$(id -u)" -eq 0 ] && return 0
	if ! command -v sudo >/dev/null 2>&1; then
		fail "not root and no sudo: as root, run: apt-get install $*"
	fi
	if [ -t 0 ]; then
		sudo=(sudo)
	else
		sudo=(sudo -n)
	fi
}

# as_root CMD...: runs CMD as root, non-interactively, stdin from /dev/null;
# with DEPS_DRY_RUN=1 only prints it.
as_root() {
	local cmd=(${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive "$@")
	if [ "${DEPS_DRY_RUN:-}" = 1 ]; then
		say "dry run, would run: ${cmd[*]}"
		return 0
	fi
	"${cmd[@]}" </dev/null
}

debian() {
	local wanted=("${build_packages[@]}")
	if [ "$mode" = test ]; then
		wanted+=("${test_packages[@]}")
	fi
	if [ "$mode" = windows ]; then
		wanted+=("${windows_packages[@]}")
	fi
	# shellcheck disable=SC2206 # word splitting wanted
	wanted+=(${DEPS_EXTRA_PACKAGES:-})

	local missing=() entry alt ok
	for entry in "${wanted[@]}"; do
		ok=
		for alt in ${entry//|/ }; do
			if installed "$alt"; then
				ok=1
				break
			fi
		done
		[ -n "$ok" ] || missing+=("$entry")
	done

	if [ ${#missing[@]} -eq 0 ]; then
		say "all ${#wanted[@]} $mode packages are installed"
		return 0
	fi

	say "missing: ${missing[*]}"
	root_prefix "${missing[@]}"
	local how="apt-get"
	[ ${#sudo[@]} -eq 0 ] || how="apt-get through ${sudo[*]}"
	say "installing them with $how, after an apt-get update"
	local apt_opts=(-y -q -o DPkg::Lock::Timeout=300)
	as_root apt-get "${apt_opts[@]}" update ||
		say "apt-get update failed (see above); trying the install anyway"

	# For "a|b", install the first one apt has a candidate for (after the
	# update), else a, and let apt-get say why it can't.
	local install=() chosen
	for entry in "${missing[@]}"; do
		chosen=${entry%%|*}
		if [ "$chosen" != "$entry" ]; then
			for alt in ${entry//|/ }; do
				if candidate "$alt"; then
					chosen=$alt
					break
				fi
			done
		fi
		install+=("$chosen")
	done
	say "installing: ${install[*]}"
	as_root apt-get "${apt_opts[@]}" install --no-install-recommends "${install[@]}" ||
		fail "apt-get could not install: ${install[*]} (see its message above)"

	if [ "${DEPS_DRY_RUN:-}" != 1 ]; then
		for alt in "${install[@]}"; do
			installed "$alt" || fail "$alt is still not installed"
		done
		say "installed: ${install[*]}"
	fi
}

# ---------------------------------------------------------------- elsewhere

fedora_build="sudo dnf install gcc pkgconf-pkg-config mesa-libGL-devel libXcursor-devel libXrandr-devel libXinerama-devel libXi-devel libXxf86vm-devel gtk3-devel"
arch_build="sudo pacman -S --needed gcc pkgconf mesa libx11 libxcursor libxrandr libxinerama libxi libxxf86vm gtk3"
fedora_test="sudo dnf install xorg-x11-server-Xvfb xorg-x11-xauth xdotool mesa-dri-drivers ImageMagick xwininfo xprop xdpyinfo libXdamage-devel poppler-utils zbar chromium-headless npm"
arch_test="sudo pacman -S --needed xorg-server-xvfb xorg-xauth xdotool mesa imagemagick xorg-xwininfo xorg-xprop xorg-xdpyinfo libxdamage poppler zbar chromium npm"

other_linux() {
	if [ "$mode" = windows ]; then
		fail "the Windows release is built on Debian or Ubuntu (apt-get): it needs gcc-mingw-w64-x86-64, wixl, msitools and wine"
	fi
	local problems=() mod
	command -v gcc >/dev/null 2>&1 || problems+=("no C compiler (gcc)")
	if ! command -v pkg-config >/dev/null 2>&1; then
		problems+=("no pkg-config")
	else
		for mod in gl x11 xcursor xrandr xinerama xi xxf86vm gtk+-3.0; do
			pkg-config --exists "$mod" || problems+=("no development files for $mod (pkg-config $mod)")
		done
	fi
	local test_problems=() c
	if [ "$mode" = test ]; then
		for c in xvfb-run Xvfb xauth xdotool import xwininfo pdftotext pdftoppm zbarimg npm; do
			command -v "$c" >/dev/null 2>&1 || test_problems+=("no $c command")
		done
		if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-headless-shell >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
			test_problems+=("no chromium command")
		fi
		if command -v pkg-config >/dev/null 2>&1 && ! pkg-config --exists xdamage; then
			test_problems+=("no development files for xdamage (pkg-config xdamage)")
		fi
	fi
	if [ ${#problems[@]} -eq 0 ] && [ ${#test_problems[@]} -eq 0 ]; then
		say "found everything the $mode needs (pkg-config and commands)"
		return 0
	fi
	for c in ${problems[@]+"${problems[@]}"} ${test_problems[@]+"${test_problems[@]}"}; do
		printf 'deps: %s\n' "$c" >&2
	done
	{
		echo "deps: no apt-get here, so nothing was installed. Install them with your package manager, e.g."
		if [ ${#problems[@]} -gt 0 ]; then
			echo "  Fedora: $fedora_build"
			echo "  Arch:   $arch_build"
		fi
		if [ ${#test_problems[@]} -gt 0 ]; then
			echo "  and for the tests:"
			echo "  Fedora: $fedora_test"
			echo "  Arch:   $arch_test"
		fi
		echo "then run make again."
	} >&2
	exit 1
}

macos() {
	if [ "$mode" = windows ]; then
		fail "the Windows release is built on Debian or Ubuntu; on Windows, see README.md, Windows"
	fi
	if ! xcode-select -p >/dev/null 2>&1; then
		fail "no Xcode command line tools (the C compiler): install them with: xcode-select --install"
	fi
	if [ "$mode" = test ]; then
		fail "make test runs the window under Xvfb (X11), set up only on Debian/Ubuntu here; run go test ./... directly"
	fi
	say "Xcode command line tools found (no other packages needed on macOS)"
}

windows() {
	if [ "$mode" = windows ]; then
		fail "the Windows release is built on Debian or Ubuntu (make release there); on Windows, go build as README.md, Windows, says"
	fi
	if ! command -v gcc >/dev/null 2>&1; then
		fail "no gcc on PATH: install a MinGW-w64 gcc (TDM-GCC, or MSYS2's mingw-w64-x86_64-gcc); see README.md, Windows"
	fi
	if [ "$mode" = test ]; then
		fail "make test runs the window under Xvfb (X11), set up only on Debian/Ubuntu here; run go test ./... directly"
	fi
	say "gcc found (no other packages needed on Windows)"
}

case $(uname -s) in
Darwin) macos ;;
MINGW* | MSYS* | CYGWIN* | Windows_NT) windows ;;
*)
	if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
		debian
	else
		other_linux
	fi
	;;
esac
