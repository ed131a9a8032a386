// Where the bytes of a wasm module go, from its name section: the largest
// crates and functions by code size, plus data. Needs a module with names
// kept (wasm-opt strips them unless given -g); scripts/size.mjs builds one.
//   node scripts/wasm-names.mjs file.wasm [--top N]
// (twiggy crashes on the bulk-memory opcodes current rustc emits; this reads
// only the section layout, so it does not care about opcodes.)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Parses `buf` (a wasm module) into functions {name, size} and data bytes. */
export function composition(buf) {
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do { x = buf[p++]; r += (x & 127) * 2 ** s; s += 7; } while (x & 128);
    return r;
  };
  const str = () => { const n = leb(); const v = buf.toString("utf8", p, p + n); p += n; return v; };
  let imported = 0, bodies = [], names = new Map(), data = 0, sections = {};
  while (p < buf.length) {
    const id = buf[p++];
    const len = leb();
    const start = p;
    const end = start + len;
    if (id === 0) {
      const name = str();
      sections[`custom ${name}`] = len;
      if (name === "name") {
        while (p < end) {
          const sub = buf[p++];
          const sublen = leb();
          const subend = p + sublen;
          if (sub === 1) {
            const n = leb();
            for (let i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); }
          }
          p = subend;
        }
      }
    } else {
      const label = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"][id] ?? `section ${id}`;
      sections[label] = (sections[label] ?? 0) + len;
      if (id === 2) {
        const n = leb();
        for (let i = 0; i < n; i++) {
          str(); str();
          const kind = buf[p++];
          if (kind === 0) { leb(); imported++; }
          else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); }
          else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
          else if (kind === 3) { p += 2; }
          else if (kind === 4) { p++; leb(); }
        }
      } else if (id === 10) {
        const n = leb();
        for (let i = 0; i < n; i++) { const size = leb(); bodies.push(size); p += size; }
      } else if (id === 11) {
        data = len;
      }
    }
    p = end;
  }
  const functions = bodies.map((size, i) => ({ name: names.get(imported + i) ?? `func[${imported + i}]`, size }));
  return { functions, data, sections, total: buf.length };
}

/** The crate a (demangled) Rust symbol belongs to, roughly as twiggy would say it. */
export function crateOf(name) {
  let n = name.replace(/^_*/, "").replace(/\[[0-9a-f]{16}\]/g, "");
  if (/^core::ptr::drop_in_place</.test(n)) return "drop glue";
  for (;;) {
    const m = /^<(.*)$/.exec(n);
    if (!m) break;
    n = m[1].replace(/^(&|mut |\*const |\*mut |dyn |\()+/, "");
    // <T as tachys::Render>, <str>::f, <[T] as ...>: a generic or primitive self type belongs to the trait's crate.
    if (/^(\[|[A-Za-z0-9_]+( as |>))/.test(n) && !/^[a-z_][a-z0-9_]*::/.test(n)) {
      const as = / as ([a-z_][a-z0-9_]*)::/.exec(n);
      if (as) return as[1];
      if (/^(str|char|f32|f64|[iu](8|16|32|64|128|size)|bool|\[)/.test(n)) return "core";
    }
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(n);
  if (m) return m[1] === "__rustc" ? "alloc" : m[1];
  if (/^(__|wasm|dl|memcpy|memset|memmove|memcmp)/.test(n)) return "(runtime)";
  return "(other)";
}

export function report(buf, top = 15) {
  const { functions, data, total } = composition(buf);
  const byCrate = new Map();
  let code = 0;
  for (const f of functions) {
    code += f.size;
    const c = crateOf(f.name);
    const e = byCrate.get(c) ?? { size: 0, count: 0 };
    e.size += f.size; e.count++;
    byCrate.set(c, e);
  }
  const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
  const pct = (n) => ((100 * n) / total).toFixed(1).padStart(5) + " %";
  const out = [];
  out.push(`  module ${kb(total)}: code ${kb(code)} in ${functions.length} functions, data ${kb(data)}`);
  out.push(`  largest crates (code, before compression):`);
  for (const [c, e] of [...byCrate].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    out.push(`    ${c.padEnd(28)} ${kb(e.size)} ${pct(e.size)}  ${String(e.count).padStart(5)} fns`);
  }
  out.push(`  largest functions:`);
  for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, top)) {
    out.push(`    ${kb(f.size)}  ${f.name.replace(/::h[0-9a-f]{16}$/, "").slice(0, 110)}`);
  }
  return out.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) { console.error("usage: node scripts/wasm-names.mjs file.wasm [--top N]"); process.exit(2); }
  const i = process.argv.indexOf("--top");
  console.log(report(readFileSync(file), i > 0 ? +process.argv[i + 1] : 15));
}
