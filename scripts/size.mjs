// Prints raw / gzip / brotli bytes of the release storefront (built by
// scripts/build_web.sh: the shop entry in dist/, the others in
// dist/entry/<name>/), the first load of every page kind (its entry's HTML
// with the CSS inlined + JS glue + wasm), and checks each against the budget.
//   node scripts/size.mjs [--dist DIR] [--check] [--composition] [--languages]
// --check        exit 1 when any page kind's first load is over the budget
// --ratchet      exit 1 when an entry's first load grew past its ceiling in
//                scripts/size-ceilings.json (the sizes measured when the
//                ceilings were last lowered, + 2 KB): until the budget is met,
//                ./x test holds every cut made so far instead of failing;
//                and when an entry with a budget of its own (the embed's
//                120 KB) is over it
// --composition  also print where each entry's main wasm's bytes go (largest
//                crates and functions), from a build with names kept: the
//                splitter's main module in $CARGO_TARGET_DIR/split/<entry>
//                run through wasm-bindgen and `wasm-opt -Oz -g` as Trunk
//                does, minus the name stripping.
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { report } from "./wasm-names.mjs";

const BUDGET_FIRST_LOAD_BR = 150 * 1024; // html (css inlined) + js + wasm of a page's entry, brotli
const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const dist = arg("--dist") ?? join(root, "dist");

// Entries (src/entry.rs): the source HTML, where Trunk puts it, and the page kinds it serves.
// Each page kind is [label, a path of it]: the path picks the lazy modules the page needs (scripts/split-routes.json,
// the entry's split.json from scripts/split-finish.mjs), counted in its first load with the entry's main files.
const ENTRIES = [
  { name: "shop", html: "index.html", dir: dist,
    pages: [["catalog (/)", "/"], ["search (/?q=)", "/"], ["product (/products/…)", "/products/p"], ["cart (/cart)", "/cart"]] },
  { name: "checkout", html: "checkout.html", dir: join(dist, "entry/checkout"),
    pages: [["checkout (/checkout)", "/checkout"], ["order (/orders/…)", "/orders/VT-1"], ["order lookup (/orders/lookup)", "/orders/lookup"]] },
  { name: "returns", html: "returns.html", dir: join(dist, "entry/returns"),
    pages: [["start a return (/orders/…/return)", "/orders/VT-1/return"], ["return (/returns/…)", "/returns/R-1"]] },
  { name: "admin", html: "admin.html", dir: join(dist, "entry/admin"),
    pages: [["console: queue (/admin)", "/admin"], ["console: an order (/admin/orders/…)", "/admin/orders/VT-1"], ["console: inventory", "/admin/inventory"],
      ["console: metrics", "/admin/metrics"], ["console: alerts", "/admin/alerts"], ["theme editor (/theme)", "/theme"]] },
  // The embedded widgets (src/embed): the stable script, its glue and the wasm, whose styles are inside it; the
  // checkout is the checkout entry, loaded in the overlay's iframe only when the shopper checks out.
  { name: "embed", html: "embed.html", dir: join(dist, "embed"), marker: "vitrine.js", budget: 120 * 1024,
    pages: [["a host page with widgets (/embed/vitrine.js)", "/"]] },
];
const splitRoutes = JSON.parse(readFileSync(join(root, "scripts/split-routes.json"), "utf8"));
if (!existsSync(join(dist, "index.html"))) { console.error(`no ${dist}/index.html: run scripts/build_web.sh (or ./x build) first`); process.exit(1); }

const measure = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const line = (label, m) => console.log(label.slice(0, 50).padEnd(50), kb(m.raw), kb(m.gzip), kb(m.br));
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br });

console.log("file".padEnd(50), "raw".padStart(11), "gzip".padStart(11), "brotli".padStart(11));
const firstLoads = [];
for (const e of ENTRIES) {
  if (!existsSync(join(e.dir, e.marker ?? "index.html"))) { console.log(`entry ${e.name}: not built (${e.dir})`); firstLoads.push({ e, total: null, pages: [] }); continue; }
  const split = existsSync(join(e.dir, "split.json")) ? JSON.parse(readFileSync(join(e.dir, "split.json"), "utf8")) : {};
  const lazy = new Set(Object.values(split).flat());
  let total = { raw: 0, gzip: 0, br: 0 };
  const sizes = new Map();
  for (const f of readdirSync(e.dir).filter((f) => /\.(wasm|js|html)$/.test(f)).sort()) {
    const m = measure(readFileSync(join(e.dir, f)));
    sizes.set(f, m);
    if (lazy.has(f)) continue;
    const kind = f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : "html+css";
    line(`${e.name.padEnd(9)} ${kind.padEnd(9)} ${f}`, m);
    total = add(total, m);
  }
  line(`${e.name.padEnd(9)} main files (every page)`, total);
  for (const f of [...lazy].sort()) line(`${e.name.padEnd(9)} lazy      ${f}`, sizes.get(f));
  // Each page kind: the main files, plus the lazy modules its address needs.
  const pages = e.pages.map(([label, path]) => {
    const route = (splitRoutes[e.name] ?? []).find((r) => new RegExp(r.path).test(path));
    const key = route && Object.keys(split).find((k) => k === route.lazy);
    let page = total;
    for (const f of key ? split[key] : []) page = add(page, sizes.get(f));
    return { label, total: page };
  });
  firstLoads.push({ e, total, pages });
}
const styleDir = join(root, "style");
const css = Buffer.concat(readdirSync(styleDir).filter((f) => f.endsWith(".css")).sort().map((f) => readFileSync(join(styleDir, f))));
line("  of which css (style/*.css, inlined in each html)", measure(css));

console.log(`\nfirst load per page kind (budget ${BUDGET_FIRST_LOAD_BR / 1024} KB brotli; the embed's ${ENTRIES.at(-1).budget / 1024} KB):`);
let over = 0;
for (const { e, total, pages } of firstLoads) {
  if (total === null) { for (const [label] of e.pages) console.log(`  ${label.padEnd(40)} entry ${e.name} not built`); over += e.pages.length; continue; }
  for (const page of pages) {
    const ok = page.total.br <= (e.budget ?? BUDGET_FIRST_LOAD_BR);
    if (!ok) over++;
    console.log(`  ${page.label.padEnd(40)} ${e.name.padEnd(9)} ${kb(page.total.br)}  ${ok ? "OK" : "OVER"}`);
  }
}

if (process.argv.includes("--composition")) {
  const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
  for (const e of ENTRIES) {
    const bin = /data-bin="([^"]+)"/.exec(readFileSync(join(root, e.html), "utf8"))?.[1];
    // The main module as the splitter left it for wasm-bindgen (scripts/split/wasm-bindgen): the lazy pages are not in it.
    const wasm = join(target, "split", e.name, "main", `${bin}.wasm`);
    console.log(`\nwasm composition of entry ${e.name} (bin ${bin}, main module):`);
    if (!existsSync(wasm)) { console.log(`  no ${wasm}: build first`); continue; }
    const tmp = mkdtempSync(join(tmpdir(), "vitrine-size-"));
    try {
      execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", tmp, wasm]);
      execFileSync("wasm-opt", ["-Oz", "-g", join(tmp, `${bin}_bg.wasm`), "-o", join(tmp, "named.wasm")]);
      console.log(report(readFileSync(join(tmp, "named.wasm")), 15));
    } catch (err) {
      console.log(`  could not analyse: ${err.message.split("\n")[0]}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

if (process.argv.includes("--languages")) {
  // What another language costs: the bundle a page fetches when it is the
  // page's language (GET /api/v1/locales/{lang}/{bundle}; the same areas and
  // the same comment stripping as BUNDLES in crates/server/src/i18n.rs).
  const { brotliCompressSync, gzipSync, constants } = await import("node:zlib");
  const bundles = {
    shop: ["core", "common", "catalog", "cart"],
    checkout: ["core", "common", "catalog", "cart", "checkout", "tracking"],
    returns: ["core", "common", "catalog", "cart", "checkout", "tracking", "returns"],
    console: ["console", "theme"],
  };
  console.log("\nlanguage bundles (fetched only for that language; raw / gzip / brotli):");
  for (const lang of ["de", "fr", "ar"]) {
    for (const [name, areas] of Object.entries(bundles)) {
      const body = areas.map((a) => readFileSync(join(root, `locales/${lang}/${a}.ftl`), "utf8").split("\n").filter((l) => !l.startsWith("#") && l.trim()).join("\n") + "\n").join("");
      const b = Buffer.from(body);
      const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(`  ${lang} ${name.padEnd(9)} ${kb(b.length)} ${kb(gzipSync(b, { level: 9 }).length)} ${kb(br)}`);
    }
  }
}

if (process.argv.includes("--ratchet")) {
  const ceilings = JSON.parse(readFileSync(join(root, "scripts/size-ceilings.json"), "utf8"));
  let grew = 0;
  console.log("\nceilings (scripts/size-ceilings.json, KB brotli first load):");
  // An entry's ceiling holds its first page kind (where its visits start: the catalog, the checkout, the
  // console's queue) and, as "<entry> largest", the largest of its page kinds.
  const heldBy = (e, pages) => [[e.name, pages[0]?.total], [`${e.name} largest`, pages.reduce((m, p) => (m && m.br >= p.total.br ? m : p.total), null)]];
  for (const { e, total, pages } of firstLoads) {
    for (const [name, size] of heldBy(e, pages)) {
      const ceiling = ceilings[name];
      if (ceiling === undefined || total === null || !size) { console.log(`  ${name.padEnd(16)} no ceiling or not built`); grew++; continue; }
      const ok = size.br <= ceiling * 1024;
      if (!ok) grew++;
      console.log(`  ${name.padEnd(16)} ${kb(size.br)} of ${ceiling} KB  ${ok ? "OK" : "GREW"}`);
    }
  }
  // An entry that meets its budget must keep meeting it (the embed's 120 KB since 2026-12-04).
  for (const { e, pages } of firstLoads) {
    for (const p of pages) if (e.budget !== undefined && p.total.br > e.budget) { console.log(`  ${e.name.padEnd(9)} ${kb(p.total.br)} is over its budget of ${e.budget / 1024} KB`); grew++; }
  }
  if (grew > 0) { console.log(`\n${grew} entry(ies) grew past the ceiling or budget: find the cause with ./x size, or lower another cost`); process.exit(1); }
}

if (over > 0) {
  console.log(`\nbudget: ${over} page kind(s) over ${BUDGET_FIRST_LOAD_BR / 1024} KB brotli`);
  if (process.argv.includes("--check")) process.exit(1);
} else {
  console.log(`\nbudget: every page kind within ${BUDGET_FIRST_LOAD_BR / 1024} KB brotli`);
}
