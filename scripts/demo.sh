#!/usr/bin/env bash
# The main job from a terminal, with the code the actions run: the example unikernel in
# examples/hello goes through build → boot → publish to a local OCI layout → sign (with an
# ephemeral key generated here), then the digest is checked independently with skopeo.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/setup.sh

ensure_packages qemu-system-x86 binutils make openssl skopeo ca-certificates
ensure_node_modules

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
layout="$work/layout"
openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -out "$work/cosign.key"
echo "── ephemeral signing key; its public half:"
openssl ec -in "$work/cosign.key" -pubout 2>/dev/null

node dist/cli.js pipeline examples/hello \
  --command make --kernel hello.elf --name localhost/demo/hello --tags demo \
  --expect 'Hello from unikernel-actions!' --timeout 60 \
  --to "oci:$layout:demo" --sign true --key "$work/cosign.key" --json > "$work/outputs.json"

output() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]] ?? "")' "$work/outputs.json" "$1"; }
digest=$(output digest)
echo "── verdict: $(output result) in $(output boot-time-ms) ms ($(output accel))"
echo "── digest:  $digest"
confirmed="sha256:$(skopeo inspect --raw "oci:$layout:demo" | sha256sum | cut -d' ' -f1)"
[ "$confirmed" = "$digest" ] || { echo "skopeo reads $confirmed from the layout, not $digest" >&2; exit 1; }
echo "── skopeo inspect --raw oci:<layout>:demo confirms the digest"
signature_tag="sha256-${digest#sha256:}.sig"
grep -q "\"$signature_tag\"" "$layout/index.json" || { echo "no signature $signature_tag in the layout" >&2; exit 1; }
echo "── signature present in the layout: $signature_tag"
