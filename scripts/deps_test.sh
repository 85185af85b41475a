#!/usr/bin/env bash
# Tests scripts/deps.sh without touching the system: apt-get, apt-cache,
# dpkg-query, sudo and id are replaced by stubs on PATH that record how they
# were called and pretend to install packages.
#
#   bash scripts/deps_test.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
deps=$here/deps.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# Stubs. State: $tmp/state/installed lists installed packages; $tmp/calls
# records each apt-get/sudo call with DEBIAN_FRONTEND and whether stdin is a
# terminal or /dev/null.
mkdir -p "$tmp/bin" "$tmp/state"
cat >"$tmp/bin/dpkg-query" <<'STUB'
#!/usr/bin/env bash
pkg=${!#}
if grep -qx "$pkg" "$STUB_STATE/installed"; then echo "install ok installed"; exit 0; fi
if grep -qx "$pkg" "$STUB_STATE/removed" 2>/dev/null; then echo "deinstall ok config-files"; exit 0; fi
echo "dpkg-query: no packages found matching $pkg" >&2; exit 1
STUB
cat >"$tmp/bin/apt-cache" <<'STUB'
#!/usr/bin/env bash
# apt-cache policy PKG: a candidate unless PKG is listed in $STUB_STATE/nocandidate.
pkg=${!#}
echo "$pkg:"; echo "  Installed: (none)"
if grep -qx "$pkg" "$STUB_STATE/nocandidate" 2>/dev/null; then echo "  Candidate: (none)"; else echo "  Candidate: 1.0-1"; fi
STUB
cat >"$tmp/bin/apt-get" <<'STUB'
#!/usr/bin/env bash
stdin=other; [ "$(readlink /proc/self/fd/0 2>/dev/null)" = /dev/null ] && stdin=devnull
echo "apt-get $* [DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-} stdin=$stdin]" >>"$STUB_STATE/calls"
if [ "${STUB_APT_FAILS:-}" = 1 ]; then exit 100; fi
install=; for a in "$@"; do
	case $a in install) install=1 ;; -*|*=*) ;; *) [ -n "$install" ] && echo "$a" >>"$STUB_STATE/installed" ;; esac
done
exit 0
STUB
cat >"$tmp/bin/sudo" <<'STUB'
#!/usr/bin/env bash
echo "sudo $*" >>"$STUB_STATE/calls"
[ "$1" = -n ] && shift
exec "$@"
STUB
cat >"$tmp/bin/id" <<'STUB'
#!/usr/bin/env bash
if [ "$1" = -u ]; then echo "${STUB_UID:-0}"; else exec /usr/bin/id "$@"; fi
STUB
chmod +x "$tmp/bin/"*
export STUB_STATE=$tmp/state

all_build="gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev libgtk-3-dev"
all_test="xvfb xauth xdotool libgl1-mesa-dri imagemagick x11-utils libxdamage-dev poppler-utils zbar-tools chromium-headless-shell npm"

# reset INSTALLED...: a fresh state with just these packages installed.
reset() {
	rm -f "$tmp/state/"*
	printf '%s\n' "$@" >"$tmp/state/installed"
	: >"$tmp/state/calls"
}

# run [VAR=value...] -- ARGS: runs deps.sh with the stubs first on PATH;
# sets $out (stdout and stderr) and $rc.
run() {
	local envs=()
	while [ "$1" != -- ]; do envs+=("$1"); shift; done
	shift
	rc=0
	out=$(env PATH="$tmp/bin:$PATH" ${envs[@]+"${envs[@]}"} bash "$deps" "$@" 2>&1 </dev/null) || rc=$?
	calls=$(cat "$tmp/state/calls")
}

check() { # check DESCRIPTION CONDITION...
	local what=$1
	shift
	if "$@"; then
		echo "ok   $what"
	else
		echo "FAIL $what"
		echo "     output: ${out//$'\n'/$'\n'             }"
		echo "     calls:  ${calls//$'\n'/$'\n'             }"
		failures=$((failures + 1))
	fi
}
has() { grep -qF -- "$2" <<<"$1"; }
lacks() { ! grep -qF -- "$2" <<<"$1"; }

# 1. Everything installed: exit 0, no apt-get, no sudo.
reset $all_build $all_test
run -- test
check "all installed: exits 0" [ "$rc" = 0 ]
check "all installed: apt-get not called" [ -z "$calls" ]
check "all installed: says so" has "$out" "all 21 test packages are installed"

# 2. As root, a missing build package: update once, then install only it,
#    non-interactively, stdin /dev/null, no sudo.
reset $(echo $all_build | sed 's/libgtk-3-dev//') $all_test
run -- build
check "root, missing: exits 0" [ "$rc" = 0 ]
check "root, missing: says what it installs" has "$out" "installing: libgtk-3-dev"
check "root, missing: apt-get update first" has "$(sed -n 1p <<<"$calls")" "apt-get -y -q -o DPkg::Lock::Timeout=300 update [DEBIAN_FRONTEND=noninteractive stdin=devnull]"
check "root, missing: installs only the missing one" has "$(sed -n 2p <<<"$calls")" "apt-get -y -q -o DPkg::Lock::Timeout=300 install --no-install-recommends libgtk-3-dev [DEBIAN_FRONTEND=noninteractive stdin=devnull]"
check "root, missing: no sudo" lacks "$calls" "sudo"
check "root, missing: two apt-get calls" [ "$(wc -l <<<"$calls")" = 2 ]

# 3. test mode adds the test packages; config-files only counts as missing.
reset $all_build xvfb xauth
echo xdotool >"$tmp/state/removed"
run -- test
check "test mode: installs the missing test packages" has "$calls" "install --no-install-recommends xdotool libgl1-mesa-dri imagemagick x11-utils libxdamage-dev poppler-utils zbar-tools chromium-headless-shell npm ["
run -- build
check "build mode: ignores test packages" [ "$rc" = 0 ]

# 3b. windows mode adds the release and Wine packages, once each.
reset $all_build $all_test
run -- windows
check "windows mode: exits 0" [ "$rc" = 0 ]
check "windows mode: installs only the missing Windows packages" has "$calls" "install --no-install-recommends gcc-mingw-w64-x86-64 wixl msitools wine wine64 ["

# 4. Not root: through sudo -n (no terminal), with DEBIAN_FRONTEND kept.
reset $all_build $all_test
run STUB_UID=1000 DEPS_EXTRA_PACKAGES=ahp-fake-package -- build
check "not root: exits 0" [ "$rc" = 0 ]
check "not root: sudo -n for update" has "$calls" "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300 update"
check "not root: sudo -n for install" has "$calls" "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300 install --no-install-recommends ahp-fake-package"
check "not root: says sudo" has "$out" "through sudo -n"

# 5. Not root and no sudo: fails saying what to install, calls nothing.
reset $all_build $all_test
mv "$tmp/bin/sudo" "$tmp/sudo.off"
nosudo=$(mktemp -d)
for c in bash env grep sed cat rm mktemp uname dirname readlink; do
	p=$(command -v "$c") && ln -s "$p" "$nosudo/$c"
done
rc=0
out=$(env PATH="$tmp/bin:$nosudo" STUB_UID=1000 DEPS_EXTRA_PACKAGES=ahp-fake-package bash "$deps" build 2>&1 </dev/null) || rc=$?
calls=$(cat "$tmp/state/calls")
mv "$tmp/sudo.off" "$tmp/bin/sudo"
rm -rf "$nosudo"
check "no sudo: fails" [ "$rc" = 1 ]
check "no sudo: says what to run as root" has "$out" "as root, run: apt-get install ahp-fake-package"
check "no sudo: apt-get not called" [ -z "$calls" ]

# 6. Dry run: prints the commands, runs nothing.
reset $all_build $all_test
run DEPS_DRY_RUN=1 DEPS_EXTRA_PACKAGES=ahp-fake-package -- build
check "dry run: exits 0" [ "$rc" = 0 ]
check "dry run: apt-get not called" [ -z "$calls" ]
check "dry run: shows the install" has "$out" "would run: env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300 install --no-install-recommends ahp-fake-package"

# 7. Alternatives: pkgconf instead of pkg-config counts; libgl-dev is used
#    when libgl1-mesa-dev has no candidate.
reset $(echo $all_build | sed 's/pkg-config/pkgconf/; s/libgl1-mesa-dev//') $all_test
echo libgl1-mesa-dev >"$tmp/state/nocandidate"
run -- build
check "alternatives: pkgconf accepted" lacks "$calls" "pkg-config"
check "alternatives: libgl-dev when libgl1-mesa-dev has no candidate" has "$calls" "install --no-install-recommends libgl-dev ["
reset $(echo $all_build | sed 's/libgl1-mesa-dev//') $all_test
run -- build
check "alternatives: libgl1-mesa-dev first when it has a candidate" has "$calls" "install --no-install-recommends libgl1-mesa-dev ["

# 8. apt-get install fails: deps.sh fails.
reset $all_build $all_test
run STUB_APT_FAILS=1 DEPS_EXTRA_PACKAGES=ahp-fake-package -- build
check "apt-get fails: fails" [ "$rc" != 0 ]

# 9. No apt-get or dpkg: checks pkg-config modules, prints what to install, fails.
other=$(mktemp -d)
for c in bash env grep sed cat uname gcc; do
	p=$(command -v "$c") && ln -s "$p" "$other/$c"
done
cat >"$other/pkg-config" <<'STUB'
#!/usr/bin/env bash
[ "$1" = --exists ] && [ "$2" != "${STUB_NO_MODULE:-}" ]
STUB
chmod +x "$other/pkg-config"
rc=0
out=$(env PATH="$other" STUB_NO_MODULE=gtk+-3.0 bash "$deps" build 2>&1 </dev/null) || rc=$?
calls=
check "other Linux, missing gtk: fails" [ "$rc" = 1 ]
check "other Linux, missing gtk: names it" has "$out" "gtk+-3.0"
check "other Linux, missing gtk: Fedora command" has "$out" "dnf install gcc pkgconf-pkg-config mesa-libGL-devel libXcursor-devel libXrandr-devel libXinerama-devel libXi-devel libXxf86vm-devel gtk3-devel"
check "other Linux, missing gtk: Arch command" has "$out" "pacman -S"
rc=0
out=$(env PATH="$other" bash "$deps" build 2>&1 </dev/null) || rc=$?
check "other Linux, all there: exits 0" [ "$rc" = 0 ]
rc=0
out=$(env PATH="$other" bash "$deps" test 2>&1 </dev/null) || rc=$?
check "other Linux, test without xvfb-run: fails" [ "$rc" = 1 ]
check "other Linux, test without xvfb-run: names it" has "$out" "no xvfb-run command"
rc=0
out=$(env PATH="$other" STUB_NO_MODULE=xdamage bash "$deps" test 2>&1 </dev/null) || rc=$?
check "other Linux, test without the DAMAGE headers: names them" has "$out" "pkg-config xdamage"
rm -rf "$other"

if [ "$failures" -gt 0 ]; then
	echo "$failures failed"
	exit 1
fi
echo "all passed"
