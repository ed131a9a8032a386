#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently: each tool is
# checked first and installed only when missing or at the wrong version.
# Versions are the ones proven together in shared/design/BUILD.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/tools"
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0
AXE_VERSION=4.14.1
SCHEMATHESIS_VERSION=4.32.5
LIGHTHOUSE_VERSION=12.8.2

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$HOME/.local/bin:$TOOLS/node_modules/.bin:$PATH"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
else
  say "chromium + chromedriver present"
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  say "adding wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WASM_BINDGEN_VERSION" ] \
   && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (~4 min)"
  # No --locked: a dependency in its lockfile is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" = "${BINARYEN_VERSION%%.*}" ]; then
  say "wasm-opt (binaryen ${BINARYEN_VERSION%%.*}) present"
else
  say "installing binaryen $BINARYEN_VERSION from npm into tools/"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

if [ "$(node -p "require('$TOOLS/node_modules/axe-core/package.json').version" 2>/dev/null)" = "$AXE_VERSION" ]; then
  say "axe-core $AXE_VERSION present"
else
  say "installing axe-core $AXE_VERSION from npm into tools/ (accessibility audits)"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent "axe-core@$AXE_VERSION"
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION (~18 min on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi
if [ "${1:-}" = "--bench" ]; then
  if command -v oha >/dev/null 2>&1; then
    say "oha (load generator) present"
  else
    say "installing oha, the load generator for ./x bench (~5 min, once)"
    cargo install oha --locked
  fi
fi
if [ "${1:-}" = "--fuzz" ]; then
  if [ "$(st --version 2>/dev/null | awk '{print $3}')" = "$SCHEMATHESIS_VERSION" ]; then
    say "schemathesis $SCHEMATHESIS_VERSION present"
  else
    say "installing schemathesis $SCHEMATHESIS_VERSION from PyPI (API fuzzing)"
    python3 -m pip install --user --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
fi
if [ "${1:-}" = "--lighthouse" ]; then
  if [ "$(node -p "require('$TOOLS/node_modules/lighthouse/package.json').version" 2>/dev/null)" = "$LIGHTHOUSE_VERSION" ]; then
    say "lighthouse $LIGHTHOUSE_VERSION present"
  else
    say "installing lighthouse $LIGHTHOUSE_VERSION from npm into tools/"
    npm install --prefix "$TOOLS" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
  fi
fi
say "tools ready"
