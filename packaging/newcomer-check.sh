#!/usr/bin/env bash
# The newcomer check: does the README's test command work on a Debian 12 that has never seen Tokscope?
#
#   sudo packaging/newcomer-check.sh [COMMIT]        (default: HEAD of this checkout)
#
# 1. A pristine Debian 12 root: `debootstrap --variant=minbase bookworm` with the mirror taken from this
#    machine's apt sources. The bootstrapped root is cached as a tarball OUTSIDE the clone
#    ($TOKSCOPE_NEWCOMER_CACHE, default /var/cache/tokscope-newcomer), so later runs unpack it in seconds.
# 2. A clean clone of COMMIT inside that root, then the README's test command, extracted from README.md
#    and run exactly as written, as root inside that root. Its failure fails this script.
#    The root is entered with pivot_root in a private mount namespace (unshare), not with a bare
#    chroot: the kernel refuses user namespaces to a chrooted process, and the code-check sandbox
#    (bubblewrap) needs them, so under chroot every code check would be SKIPPED instead of run.
# 3. The .deb: `cpack -G DEB` from that (Release) build, installed into the same root with
#    `apt-get install ./tokscope_*.deb`, then `tokscope-cli --version`, `tokscope-cli sim --list-profiles`
#    and the GUI offscreen for a few seconds must all exit 0.
# Each phase prints its duration. Needs root (chroot, mounts), debootstrap and git on the host.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$here" rev-parse "${1:-HEAD}")"
cache="${TOKSCOPE_NEWCOMER_CACHE:-/var/cache/tokscope-newcomer}"
tarball="$cache/bookworm-minbase.tar.gz"
work="$(mktemp -d /var/tmp/tokscope-newcomer.XXXXXX)"
root="$work/root"
t0=$(date +%s)
phase_start=$t0

current="start"
phase() { # phase NAME: prints the time the previous phase took
    local now
    now=$(date +%s)
    echo "== newcomer: $1 (previous phase $((now - phase_start)) s, total $((now - t0)) s)"
    phase_start=$now
    current="$1"
}

cleanup() {
    local rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "== newcomer: FAILED in phase \"$current\" (exit $rc) after $(($(date +%s) - t0)) s"
    fi
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

if [ "$(id -u)" -ne 0 ]; then
    echo "newcomer-check: needs root (debootstrap, chroot, mounts)" >&2
    exit 2
fi
if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

mirror() { # the Debian mirror this machine already uses
    local uri
    uri=$(grep -hsE '^URIs:.*debian/?$' /etc/apt/sources.list.d/*.sources | head -n1 | awk '{print $2}')
    if [ -z "$uri" ]; then
        uri=$(grep -hsE '^deb .*debian/? bookworm' /etc/apt/sources.list | head -n1 | awk '{print $2}')
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

phase "pristine root"
mkdir -p "$cache" "$root"
if [ ! -s "$tarball" ]; then
    echo "newcomer: bootstrapping Debian 12 minbase from $(mirror) (cached afterwards in $tarball)"
    debootstrap --variant=minbase bookworm "$root" "$(mirror)" >"$work/debootstrap.log" 2>&1 ||
        { tail -n 30 "$work/debootstrap.log"; exit 1; }
    rm -rf "$root"/var/cache/apt/archives/*.deb
    tar -C "$root" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
else
    tar -C "$root" -xzf "$tarball"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/.oldroot"

phase "clean clone of $commit"
git clone -q --no-local "$here" "$root/root/tokscope"
git -C "$root/root/tokscope" checkout -q "$commit"
# The README's test command, exactly as written: the first ```sh block after "Install, build and run all tests".
readme_cmd=$(awk '/^Install, build and run all tests/{f=1} f&&/^```sh/{getline; print; exit}' "$root/root/tokscope/README.md")
if [ -z "$readme_cmd" ]; then
    echo "newcomer: README has no test command under 'Install, build and run all tests'" >&2
    exit 1
fi
echo "newcomer: README test command: $readme_cmd"

in_root() { # in_root COMMAND: runs COMMAND as root in the pristine root, in /root/tokscope, clean environment
    local cmd="cd /root/tokscope && $1"
    unshare --mount --propagation private --fork /bin/sh -c '
        set -e
        mount --bind "$1" "$1" && cd "$1" && pivot_root . .oldroot
        mount -t proc proc /proc && mount -t sysfs sys /sys && mount --rbind /.oldroot/dev /dev
        umount -l /.oldroot
        exec /usr/sbin/chroot . /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
            TERM=dumb /bin/bash -c "$2"' sh "$root" "$cmd"
}

phase "README test command (install, build, test)"
in_root "$readme_cmd"

phase "package"
in_root "cd build && cpack -G DEB >/dev/null && ls -l tokscope_*.deb"
deb=$(cd "$root/root/tokscope/build" && ls tokscope_*.deb)
echo "newcomer: $deb is $(du -k "$root/root/tokscope/build/$deb" | cut -f1) KiB"

phase "install the .deb"
in_root "apt-get install -y -qq ./build/$deb >/dev/null && dpkg -s tokscope | grep -E '^(Version|Depends|Recommends|Installed-Size):'"

phase "run the installed package"
in_root "cd / && tokscope-cli --version && tokscope-cli sim --list-profiles && QT_QPA_PLATFORM=offscreen tokscope --quit-after 5"

phase "done: PASSED"
