# Shared set-up for the two Quick start commands: system packages through apt-get (with sudo when
# not root), then the project's npm dependencies, which bring Node 24 for the project's own scripts.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@" || sudo "$@"; fi
}

# ensure_packages PKG… — installs the Debian/Ubuntu packages that are not installed yet.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_node_modules — npm ci when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing npm dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  export PATH="$PWD/node_modules/.bin:$PATH"
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a!==24||b<15) { console.error(`Node ${process.versions.node} found; the project needs Node 24.15+ from the npm "node" package`); process.exit(1) }'
}
