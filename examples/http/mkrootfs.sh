#!/bin/sh
# mkrootfs.sh DOWNLOADS OUT: the initramfs OUT/rootfs.cpio — static busybox, ./init, the www root and
# the virtio-net modules the kernel does not have built in — written reproducibly (sorted entries,
# owner 0:0, mtimes from SOURCE_DATE_EPOCH, inode numbers renumbered).
set -eu
downloads=$1
out=$2
root=$out/root
rm -rf "$root"
mkdir -p "$root/bin" "$root/dev" "$root/proc" "$root/sys" "$root/www" "$root/lib/modules"

if ! ls "$downloads"/busybox-static_*.deb >/dev/null 2>&1; then
  (cd "$downloads" && apt-get download busybox-static)
fi
dpkg-deb -x "$(ls "$downloads"/busybox-static_*.deb | tail -n 1)" "$out/busybox"
cp "$out/busybox/bin/busybox" "$root/bin/busybox"

# In dependency order: busybox insmod does not resolve dependencies. Built-in ones are skipped.
: > "$root/lib/modules/order"
for name in virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci failover net_failover virtio_net; do
  file=$(find "$out/kernel/lib/modules" "$out/kernel/usr/lib/modules" -name "$name.ko*" 2>/dev/null | head -n 1)
  [ -n "$file" ] || continue
  case "$file" in
    *.ko.xz) xz -dc "$file" > "$root/lib/modules/$name.ko" ;;
    *.ko.zst) zstd -qdc "$file" > "$root/lib/modules/$name.ko" ;;
    *) cp "$file" "$root/lib/modules/$name.ko" ;;
  esac
  echo "$name" >> "$root/lib/modules/order"
done

cp init "$root/init"
chmod 755 "$root/init" "$root/bin/busybox"
echo ok > "$root/www/health"
echo 'hello from examples/http' > "$root/www/index.html"

find "$root" -exec touch -h -d "@${SOURCE_DATE_EPOCH:-0}" {} +
(cd "$root" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --reproducible --quiet) > "$out/rootfs.cpio"
