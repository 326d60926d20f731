#!/bin/sh
# fetch-kernel.sh DOWNLOADS OUT: downloads the distribution's kernel for virtual machines as packages
# (apt-get download; nothing is installed) and leaves OUT/vmlinuz and its modules in OUT/kernel/.
set -eu
downloads=$1
out=$2
mkdir -p "$downloads" "$out"
downloads=$(cd "$downloads" && pwd)

. /etc/os-release
case "${ID:-}:$(dpkg --print-architecture)" in
  debian:amd64) meta=linux-image-cloud-amd64 ;;
  ubuntu:amd64) meta=linux-image-virtual ;;
  *) echo "fetch-kernel.sh: Debian or Ubuntu on amd64 is needed (this is ${ID:-unknown} on $(dpkg --print-architecture))" >&2; exit 1 ;;
esac

# The metapackage depends on the versioned kernel package; Ubuntu keeps most modules in linux-modules-<version>.
image=$(apt-cache depends "$meta" 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n 1)
if [ -z "$image" ]; then
  echo "fetch-kernel.sh: apt knows no kernel behind $meta; run 'sudo apt-get update' first" >&2
  exit 1
fi
version=${image#linux-image-}

fetch() {
  if ! ls "$downloads/$1"_*.deb >/dev/null 2>&1; then
    (cd "$downloads" && apt-get download "$1")
  fi
  dpkg-deb -x "$(ls "$downloads/$1"_*.deb | tail -n 1)" "$out/kernel"
}

rm -rf "$out/kernel"
mkdir -p "$out/kernel"
fetch "$image"
if apt-cache show "linux-modules-$version" >/dev/null 2>&1; then fetch "linux-modules-$version"; fi
cp "$out/kernel/boot/vmlinuz-$version" "$out/vmlinuz"
