#!/usr/bin/env bash
# Builds every storefront entry for release (see src/entry.rs): the shop
# (index.html: catalog, search, product, cart) into DIST (default dist/), and
# each other entry (<name>.html) into DIST/entry/<name>/, where the server
# looks for it. Trunk empties the folder it builds into, so the shop goes first.
#   scripts/build_web.sh [DIST]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIST="${1:-dist}"
ENTRIES="checkout returns admin"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo fetch --locked >/dev/null
# Each entry's wasm is split at its #[lazy] points (Leptos' lazy routes), as
# cargo-leptos --split does and Trunk cannot (trunk-rs/trunk#1022): rustc
# keeps the relocations (--emit-relocs), Trunk's wasm-bindgen is our wrapper
# (scripts/split/wasm-bindgen) which runs the splitter (crates/split) first,
# and scripts/split-finish.mjs optimises and names the lazy modules after
# Trunk. RUSTFLAGS replaces .cargo/config.toml's, so it repeats erase_components.
cargo build --locked -q -p vitrine-split --profile tool
export VITRINE_SPLITTER="$TARGET/tool/vitrine-split"
export RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs"
export PATH="$ROOT/scripts/split:$PATH"
trunk_entry() { # NAME HTML DIST [trunk args...]
  local name="$1" html="$2" dist="$3"; shift 3
  VITRINE_SPLIT_OUT="$TARGET/split/$name" trunk build --release --offline=true "$html" --dist "$dist" "$@" 2>&1 \
    | grep -vE "Failed to minify JS" | tail -n 1
}
trunk_entry shop index.html "$DIST"
for entry in $ENTRIES; do
  trunk_entry "$entry" "$entry.html" "$DIST/entry/$entry" --public-url "/entry/$entry/"
done
# The shop's, the checkout's and the returns' pages paint a first screen the
# server draws (the listing's and a product's pictures, the cart's and the
# checkout's heading or empty state, the lookup's, an order's and a return's
# heading: crates/server/src/heads.rs, cart_screen.rs, link_screen.rs) before
# the app runs. Their wasm is asked for once that screen is on screen (its
# largest-contentful-paint entry, the first picture's where there are
# pictures; at most 1 s), not preloaded beside it: the picture or the
# heading is the page's largest paint, and the wasm (over 300 KB) would
# otherwise share the connection with it. Pages the server draws nothing
# for (the built shell's skeleton) start at once.
node - "$DIST/index.html" "$DIST/entry/checkout/index.html" "$DIST/entry/returns/index.html" <<'JS'
const { readFileSync, writeFileSync } = require("node:fs");
for (const file of process.argv.slice(2)) {
  let html = readFileSync(file, "utf8");
  const preload = /<link(?=[^>]*\btype="?application\/wasm)[^>]*>/;
  const start = "const wasm = await init(";
  if (!preload.test(html) || !html.includes(start)) throw new Error(`${file}: Trunk's wasm preload or loader changed; see scripts/build_web.sh`);
  // Where the browser has no largest-contentful-paint entries: the picture decoded, then one frame.
  const wait = `{ const img = document.querySelector("#vitrine img"); if (img || document.querySelector("#vitrine main h1, #vitrine main .vt-empty")) await new Promise((go) => {
  setTimeout(go, 1000);
  if (PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
    new PerformanceObserver((list, seen) => { if (list.getEntries().some((e) => !img || e.element?.tagName === "IMG")) { seen.disconnect(); go(); } })
      .observe({ type: "largest-contentful-paint", buffered: true });
  } else (img ? img.decode().catch(() => {}) : Promise.resolve()).then(() => requestAnimationFrame(() => setTimeout(go)));
}); }
`;
  html = html.replace(preload, "").replace(start, wait + start);
  writeFileSync(file, html);
}
JS
# After the wait above: a page's lazy modules are asked for as its wasm starts.
node scripts/split-finish.mjs "$TARGET/split/shop" "$DIST" vitrine shop
node scripts/split-finish.mjs "$TARGET/split/checkout" "$DIST/entry/checkout" vitrine-checkout checkout
node scripts/split-finish.mjs "$TARGET/split/returns" "$DIST/entry/returns" vitrine-returns returns
node scripts/split-finish.mjs "$TARGET/split/admin" "$DIST/entry/admin" vitrine-admin admin
# The embedded widgets (bin vitrine-embed) into DIST/embed/: the hashed wasm and
# glue Trunk writes, and beside them the stable script site owners add,
# embed/vitrine.js (scripts/embed-loader.js with those names filled in).
trunk_entry embed embed.html "$DIST/embed" --public-url "/embed/"
node scripts/split-finish.mjs "$TARGET/split/embed" "$DIST/embed" vitrine-embed embed
node - "$DIST/embed" scripts/embed-loader.js <<'JS'
const { readdirSync, readFileSync, writeFileSync, rmSync } = require("node:fs");
const { join } = require("node:path");
const [dir, template] = process.argv.slice(2);
const files = readdirSync(dir);
const glue = files.find((f) => /^vitrine-embed-.*\.js$/.test(f));
const wasm = files.find((f) => /^vitrine-embed-.*_bg\.wasm$/.test(f));
if (!glue || !wasm) throw new Error(`no embed build in ${dir}: ${files.join(", ")}`);
writeFileSync(join(dir, "vitrine.js"), readFileSync(template, "utf8").replace("__GLUE__", glue).replace("__WASM__", wasm));
rmSync(join(dir, "index.html"));
JS
# Brotli (11) and gzip (9) beside the wasm and JS of every entry: the server
# serves these as they are instead of compressing at start (two wasms took a
# debug server 45 s on 2 busy cores).
node - "$DIST" <<'JS'
const { readdirSync, readFileSync, writeFileSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { brotliCompressSync, gzipSync, constants } = require("node:zlib");
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
for (const f of walk(process.argv[2]).filter((f) => /\.(wasm|js)$/.test(f))) {
  const b = readFileSync(f);
  writeFileSync(`${f}.br`, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 22 } }));
  writeFileSync(`${f}.gz`, gzipSync(b, { level: 9 }));
}
JS
