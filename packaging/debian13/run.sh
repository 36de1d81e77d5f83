#!/usr/bin/env bash
# Runs a command on a copy of this source tree inside a Debian 13 ("trixie",
# Qt 6.8) system made from Debian's archive with debootstrap, as root.
#
#   bash packaging/debian13/run.sh [--bare] COMMAND...
#       e.g. bash packaging/debian13/run.sh bash packaging/setup.sh test
#
# The system is made once into a cache folder and reused by later runs (it
# keeps the packages the command installed, so later runs skip the
# downloads): $KS_DEBIAN13_CACHE, default /var/cache/klingstudio/debian13.
# Delete that folder to start from nothing. --bare uses a second, untouched
# minimal system beside it (no Qt, nothing installed by a command) made for
# each run afresh; tests/packaging/bundle_check.sh uses it to prove that the
# bundle carries its own Qt. The source tree is copied in (files git knows
# about, plus untracked ones it does not ignore), so the host's build folders
# are never touched; the command runs in /work/src, whose dist/ is the host
# tree's dist/ (bind-mounted). $KS_DEBIAN13_SHARE names host folders (a
# colon-separated list) that are bind-mounted at the same path inside, for a
# command's own cache that must outlive the run (packaging/windows/cross-check.sh).
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache=${KS_DEBIAN13_CACHE:-/var/cache/klingstudio/debian13}
mirror=${KS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
bare=0
if [ "${1:-}" = --bare ]; then
    bare=1
    shift
fi
[ $# -gt 0 ] || { echo "usage: $0 [--bare] COMMAND..." >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0: must run as root (debootstrap, chroot, mount)" >&2; exit 2; }

log() { echo "== debian13: $*"; }

if ! command -v debootstrap >/dev/null 2>&1; then
    log "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap </dev/null
fi
if [ ! -e /usr/share/debootstrap/scripts/trixie ]; then
    # Debian 12's debootstrap knows trixie; an older one builds it as sid's sibling.
    ln -s sid /usr/share/debootstrap/scripts/trixie
fi

# make_system DIR: a minimal Debian 13 in DIR, made atomically.
make_system() {
    local dir=$1
    [ -e "$dir/.ks-ready" ] && return 0
    log "making a Debian 13 system in $dir (debootstrap, about a minute)"
    rm -rf "$dir.tmp"
    mkdir -p "$(dirname "$dir")"
    debootstrap --variant=minbase --include=ca-certificates trixie "$dir.tmp" "$mirror" \
        >"$(dirname "$dir")/debootstrap.log" 2>&1 || {
        tail -n 30 "$(dirname "$dir")/debootstrap.log" >&2
        echo "debootstrap failed; see $(dirname "$dir")/debootstrap.log" >&2
        return 1
    }
    # No services start inside the chroot when packages are installed.
    printf '#!/bin/sh\nexit 101\n' >"$dir.tmp/usr/sbin/policy-rc.d"
    chmod 755 "$dir.tmp/usr/sbin/policy-rc.d"
    touch "$dir.tmp/.ks-ready"
    rm -rf "$dir"
    mv "$dir.tmp" "$dir"
}

if [ "$bare" -eq 1 ]; then
    root="$cache/bare"
    rm -rf "$root"
else
    root="$cache/root"
fi
make_system "$root"

mounted=()
cleanup() {
    local m
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        m=${mounted[$i]}
        umount -R "$m" 2>/dev/null || umount -lR "$m" 2>/dev/null || true
    done
}
trap cleanup EXIT
mount_in() { # mount_in TARGET MOUNT-ARGS...
    local target=$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}
mount_in "$root/proc" -t proc proc
mount_in "$root/sys" -t sysfs sysfs
mount_in "$root/dev" --rbind /dev
mount --make-rslave "$root/dev"
mount_in "$root/tmp" -t tmpfs -o size=8g,mode=1777 tmpfs
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

log "copying the source tree into /work/src"
rm -rf "$root/work/src"
mkdir -p "$root/work/src"
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z -c -o --exclude-standard | tar --null -T - -cf -) |
        tar -xf - -C "$root/work/src"
else
    tar -C "$src" --exclude='./build*' --exclude=./dist -cf - . | tar -xf - -C "$root/work/src"
fi
# dist/ is the host tree's own: what the command leaves there (a bundle) is
# on the host afterwards, and a bundle made on the host can be tested inside.
mkdir -p "$src/dist" "$root/work/src/dist"
mount_in "$root/work/src/dist" --bind "$src/dist"

if [ -n "${KS_DEBIAN13_SHARE:-}" ]; then
    IFS=: read -r -a shares <<<"$KS_DEBIAN13_SHARE"
    for share in "${shares[@]}"; do
        [ -n "$share" ] || continue
        mkdir -p "$share"
        mount_in "$root$share" --bind "$share"
    done
fi

log "running: $*"
start=$(date +%s)
set +e
env=(HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
for v in CI KS_FUZZ_SECONDS KS_WINDOWS_CACHE KS_WINDOWS_JOBS; do
    if [ -n "${!v:-}" ]; then env+=("$v=${!v}"); fi
done
chroot "$root" /usr/bin/env -i "${env[@]}" \
    bash -c 'cd /work/src && exec "$@"' debian13 "$@" </dev/null
rc=$?
set -e
log "finished with exit code $rc in $(($(date +%s) - start)) s"
exit $rc
