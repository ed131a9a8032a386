// Prints raw / gzip / brotli bytes of the release storefront in dist/ (built
// by `trunk build --release`), and checks the budgets. CSS is inlined into
// index.html by the build, so it is also reported from style/ on its own.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const BUDGET_STOREFRONT_BR = 150 * 1024; // wasm + js + html, brotli
const dist = new URL("../dist/", import.meta.url);
if (!existsSync(dist)) { console.error("no dist/: run `trunk build --release` (or ./x build) first"); process.exit(1); }

const measure = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const rows = [];
for (const f of readdirSync(dist)) {
  if (/\.(wasm|js|html)$/.test(f)) rows.push([f, measure(readFileSync(new URL(f, dist)))]);
}
const styleDir = new URL("../style/", import.meta.url);
const css = Buffer.concat(readdirSync(styleDir).filter((f) => f.endsWith(".css")).sort().map((f) => readFileSync(new URL(f, styleDir))));
const kind = (f) => (f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : "html (css inlined)");
console.log("file".padEnd(44), "raw".padStart(11), "gzip".padStart(11), "brotli".padStart(11));
let total = { raw: 0, gzip: 0, br: 0 };
for (const [f, m] of rows.sort()) {
  console.log(`${kind(f).padEnd(20)} ${f}`.slice(0, 44).padEnd(44), kb(m.raw), kb(m.gzip), kb(m.br));
  for (const k in total) total[k] += m[k];
}
const c = measure(css);
console.log("  of which css (style/*.css)".padEnd(44), kb(c.raw), kb(c.gzip), kb(c.br));
console.log("storefront total".padEnd(44), kb(total.raw), kb(total.gzip), kb(total.br));
const ok = total.br <= BUDGET_STOREFRONT_BR;
console.log(`budget: storefront <= ${BUDGET_STOREFRONT_BR / 1024} KB brotli: ${ok ? "OK" : "OVER"} (${(total.br / 1024).toFixed(1)} KB)`);
if (!ok && process.argv.includes("--check")) process.exit(1);
