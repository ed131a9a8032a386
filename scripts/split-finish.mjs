// Finishes an entry whose wasm was split at its #[lazy] points (crates/split,
// run by scripts/split/wasm-bindgen inside Trunk's build): optimises each lazy
// module as Trunk does the main one (wasm-opt -Oz), names every file after its
// content, points the loader and the glue at each other, writes the entry's
// split.json ({"<lazy function>": ["<file>.wasm", ...]}, what scripts/size.mjs
// counts per page kind) and, in the entry's index.html, asks for the lazy
// modules the page's address needs (scripts/split-routes.json) as the main
// wasm starts, so a product page landed on does not wait for its module
// after the app has started.
//   node scripts/split-finish.mjs SPLIT_OUT DIST_DIR BIN ENTRY
import { readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const [out, dist, bin, entry] = process.argv.slice(2);
if (!entry) throw new Error("usage: node scripts/split-finish.mjs SPLIT_OUT DIST_DIR BIN ENTRY");
const root = fileURLToPath(new URL("..", import.meta.url));
const hash = (...parts) => { const h = createHash("sha256"); for (const p of parts) h.update(p); return h.digest("hex").slice(0, 16); };

const manifest = JSON.parse(readFileSync(join(out, "split.json"), "utf8"));
const loaderPath = join(out, "__wasm_split.js");
const files = readdirSync(dist);
const glue = files.find((f) => new RegExp(`^${bin}-[0-9a-f]{12,}\\.js$`).test(f));
if (!glue) throw new Error(`${dist}: no ${bin}-<hash>.js from Trunk`);

// Every module any lazy function needs, optimised and named after its content.
const named = new Map();
for (const module of new Set(Object.values(manifest).flat())) {
  const src = join(out, `${module}.wasm`);
  const opt = join(out, `${module}.opt.wasm`);
  execFileSync("wasm-opt", ["-Oz", src, "-o", opt]);
  const bytes = readFileSync(opt);
  const name = `${module}-${hash(bytes)}.wasm`;
  writeFileSync(join(dist, name), bytes);
  named.set(module, name);
}

let glueText = readFileSync(join(dist, glue), "utf8");
const imports = /(from\s*)(["'])\.\/__wasm_split\.js\2/g;
if (!imports.test(glueText)) {
  // No #[lazy] in this entry: nothing imports a loader.
  if (named.size > 0) throw new Error(`${glue} does not import ./__wasm_split.js, yet the entry has lazy modules`);
} else {
  let loader = readFileSync(loaderPath, "utf8");
  for (const [module, name] of named) loader = loader.replaceAll(`"./${module}.wasm"`, `"./${name}"`);
  // The glue and the loader import each other: one name for the pair, from both contents.
  const pair = hash(glueText, loader);
  const newGlue = `${bin}-${pair}.js`;
  const newLoader = `__wasm_split-${pair}.js`;
  if (!loader.includes("./__MAIN__.js")) throw new Error("the split loader no longer imports ./__MAIN__.js: see crates/split");
  loader = loader.replaceAll("./__MAIN__.js", `./${newGlue}`);
  glueText = glueText.replace(imports, `$1$2./${newLoader}$2`);
  writeFileSync(join(dist, newLoader), loader);
  writeFileSync(join(dist, newGlue), glueText);
  rmSync(join(dist, glue));
  // The page names the glue, and Trunk's integrity hashes (sha384) pin it: both follow the new glue.
  const html = join(dist, "index.html");
  const integrity = `sha384-${createHash("sha384").update(glueText).digest("base64")}`;
  const page = readFileSync(html, "utf8")
    .replaceAll(glue, newGlue)
    .replace(/<link\b[^>]*>/g, (tag) => (tag.includes(newGlue) ? tag.replace(/integrity=("[^"]*"|[^\s>]+)/, `integrity="${integrity}"`) : tag));
  writeFileSync(html, page);
}

// split.json in the entry: each lazy function's files, in load order.
const byFile = Object.fromEntries(Object.entries(manifest).map(([lazy, modules]) => [lazy, modules.map((m) => named.get(m))]));
writeFileSync(join(dist, "split.json"), JSON.stringify(byFile, null, 1) + "\n");

// The lazy modules a page's address needs, asked for as the main wasm starts.
const splitRoutes = JSON.parse(readFileSync(join(root, "scripts/split-routes.json"), "utf8"));
const routes = splitRoutes[entry] ?? [];
const onDemand = splitRoutes["on demand"].names;
const wanted = routes.map(({ path, lazy }) => {
  const key = Object.keys(byFile).find((k) => k === lazy);
  if (!key) throw new Error(`scripts/split-routes.json: no lazy function ${lazy} in entry ${entry} (${Object.keys(byFile).join(", ")})`);
  return [path, byFile[key]];
});
for (const lazy of Object.keys(byFile)) {
  if (onDemand.includes(lazy)) continue;
  if (!routes.some((r) => lazy === r.lazy)) console.error(`split-finish: ${entry}: ${lazy} has no route in scripts/split-routes.json (loaded only when reached)`);
}
if (wanted.length > 0) {
  const html = join(dist, "index.html");
  let text = readFileSync(html, "utf8");
  const start = "const wasm = await init(";
  if (!text.includes(start)) throw new Error(`${html}: Trunk's loader changed; see scripts/split-finish.mjs`);
  const base = /import init, \* as bindings from '([^']*\/)[^'/]+'/.exec(text)?.[1] ?? "/";
  const preload = `for (const [p, fs] of ${JSON.stringify(wanted)}) if (new RegExp(p).test(location.pathname)) for (const f of fs) { const l = document.createElement("link"); l.rel = "preload"; l.as = "fetch"; l.crossOrigin = ""; l.href = ${JSON.stringify(base)} + f; document.head.append(l); }\n`;
  text = text.replace(start, preload + start);
  writeFileSync(html, text);
}
console.log(`split ${entry}: ${[...named.values()].join(", ") || "no lazy modules"}`);
