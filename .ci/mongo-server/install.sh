#!/usr/bin/env bash
# Installs CongoDB, the pure-JavaScript MongoDB wire-protocol server inside
# @push.rocks/smartmongo 2.2.0, into this folder (never into the portal's node_modules).
# `npm install @push.rocks/smartmongo` fails (one of its dependencies' versions is missing from the
# registry, and mongodb-memory-server would download a mongod), but the server needs only the six
# packages in package.json: so install those from the lock, then unpack the smartmongo tarball,
# checked against its published sha512, next to them.
set -euo pipefail
cd "$(dirname "$0")"

VERSION=2.2.0
INTEGRITY='sha512-ovVCNoJ3D0aBuKtoKaQWWQKvBngaGJq9fAPQigzji1EHsS1XyGpXWCpe5nq/ptGvBROOcpqZcOFEGAcrnb+OjA=='
target=node_modules/@push.rocks/smartmongo

npm install --no-audit --no-fund --prefer-offline >/dev/null

if [ "$(node -p "try { require('./$target/package.json').version } catch { '' }")" != "$VERSION" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "@push.rocks/smartmongo@$VERSION" >/dev/null)
  tarball="$tmp/push.rocks-smartmongo-$VERSION.tgz"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  if [ "$actual" != "$INTEGRITY" ]; then
    echo "smartmongo $VERSION tarball does not match its published integrity" >&2
    exit 1
  fi
  rm -rf "$target"
  mkdir -p "$target"
  tar xzf "$tarball" -C "$target" --strip-components=1
fi
echo "CongoDB (smartmongo $VERSION) installed in $(pwd)"
