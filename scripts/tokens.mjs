#!/usr/bin/env node
// The design tokens as a contract (issue 13). Node 20, no dependencies.
//
//   node scripts/tokens.mjs             write the token table into docs/THEMING.md
//                                       (between <!-- tokens:start --> and <!-- tokens:end -->)
//   node scripts/tokens.mjs --check     exit 1 when that table differs from style/tokens.css
//   node scripts/tokens.mjs --contrast  WCAG 2.x contrast of every text-on-background pair (PAIRS
//                                       below) for the defaults and every preset in style/themes/,
//                                       light and dark; exit 1 when one is under its minimum
//
// Source of truth: style/tokens.css, where every token is one line
//   --vt-name: <value>; /* @token role=<role> | <what it changes> */
// and a colour's value is light-dark(<light>, <dark>) or one value for both schemes.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOKENS = join(ROOT, "style/tokens.css");
const THEMES = join(ROOT, "style/themes");
const DOC = join(ROOT, "docs/THEMING.md");
const START = "<!-- tokens:start -->";
const END = "<!-- tokens:end -->";

const ROLES = {
  surface: "Surface",
  text: "Text",
  accent: "Accent",
  states: "States",
  type: "Type",
  radius: "Radius",
  spacing: "Spacing",
  elevation: "Elevation",
  motion: "Motion",
};
const COLOUR_ROLES = new Set(["surface", "text", "accent", "states"]);

// Every foreground/background pair the components draw, declared once:
// [foreground token, background token, minimum ratio, where it appears].
// 4.5:1 is WCAG 2.2 AA for text (1.4.3); 3:1 is for non-text (1.4.11: focus rings, the outlines that show where an input is).
const PAIRS = [
  ["text", "bg", 4.5, "body text on the page; the current page number (bg on text)"],
  ["border-strong", "bg", 3.0, "the outline of inputs, secondary buttons and option chips on the page (1.4.11)"],
  ["border-strong", "surface", 3.0, "the outline of inputs and option chips on cards and panels (1.4.11)"],
  ["text", "surface", 4.5, "text on cards, inputs, panels, dialogs"],
  ["text", "surface-muted", 4.5, "footer, status pills, the search field"],
  ["text-muted", "bg", 4.5, "secondary text on the page; quantity bubbles (bg on text-muted)"],
  ["text-muted", "surface", 4.5, "hints and labels on cards and panels"],
  ["text-muted", "surface-muted", 4.5, "footer notes, the empty cart count"],
  ["accent-text", "accent", 4.5, "primary buttons, badges, the logo, the cart count"],
  ["accent-text", "accent-hover", 4.5, "primary buttons on hover"],
  ["accent", "bg", 4.5, "accent links on the page (link buttons on hover)"],
  ["accent", "surface", 4.5, "accent links on surfaces (\"all results\" in search)"],
  ["sale-text", "sale", 4.5, "the sale badge"],
  ["sale", "bg", 4.5, "sale prices on the page"],
  ["sale", "surface", 4.5, "sale prices on cards"],
  ["success", "bg", 4.5, "\"In stock\", applied discounts"],
  ["success", "surface", 4.5, "success text on surfaces; done step numbers (surface on success)"],
  ["success", "surface-muted", 4.5, "confirmed and delivered status pills"],
  ["warning", "bg", 4.5, "\"Only 3 left\""],
  ["warning", "surface", 4.5, "discount problems in the summary"],
  ["danger", "bg", 4.5, "error text on the page"],
  ["danger", "surface", 4.5, "field errors in forms"],
  ["danger", "surface-muted", 4.5, "the canceled status pill"],
  ["danger", "danger-surface", 4.5, "blocking cart notices"],
  ["text", "danger-surface", 4.5, "the body of error notices"],
  ["focus", "bg", 3, "focus ring on the page (non-text)"],
  ["focus", "surface", 3, "focus ring on surfaces (non-text)"],
];

const fail = (msg) => {
  console.error(`tokens: ${msg}`);
  process.exit(1);
};
const stripComments = (css) => css.replace(/\/\*[\s\S]*?\*\//g, "");

// Splits at top-level commas (not inside parentheses).
function splitTop(s, sep = ",") {
  const out = [];
  let depth = 0, cur = "";
  for (const ch of s) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === sep && depth === 0) { out.push(cur.trim()); cur = ""; } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

// light-dark(a, b) at the top of a value → [a, b]; anything else → [v, v].
function lightDark(value) {
  const m = /^light-dark\(([\s\S]*)\)$/.exec(value.trim());
  if (!m) return [value.trim(), value.trim()];
  const parts = splitTop(m[1]);
  if (parts.length !== 2) fail(`light-dark() needs two values: ${value}`);
  return parts;
}

// ---------------------------------------------------------------- the source

function parseTokens() {
  const css = readFileSync(TOKENS, "utf8");
  const tokens = [];
  const seen = new Set();
  const re = /^\s*(--vt-[a-z0-9-]+)\s*:\s*(.+?);\s*\/\*\s*@token\s+role=([a-z]+)\s*\|\s*(.+?)\s*\*\/\s*$/;
  css.split("\n").forEach((line, i) => {
    if (!/^\s*--vt-/.test(line)) return;
    const m = re.exec(line);
    if (!m) fail(`style/tokens.css:${i + 1}: a token without its "/* @token role=<role> | <description> */" comment`);
    const [, name, value, role, description] = m;
    if (!ROLES[role]) fail(`style/tokens.css:${i + 1}: unknown role "${role}" (one of ${Object.keys(ROLES).join(", ")})`);
    if (seen.has(name)) fail(`style/tokens.css:${i + 1}: ${name} is declared twice`);
    seen.add(name);
    const [light, dark] = lightDark(value);
    tokens.push({ name, value, role, description, light, dark });
  });
  if (!tokens.length) fail("no tokens found in style/tokens.css");
  return tokens;
}

// ---------------------------------------------------------------- the docs table

const code = (s) => "`" + s.replace(/\|/g, "\\|") + "`";
const cell = (s) => s.replace(/\|/g, "\\|");

function table(tokens) {
  const out = [
    "<!-- Generated from style/tokens.css by `./x tokens` (node scripts/tokens.mjs); edit the @token comments there, not this table. -->",
    "",
  ];
  for (const [role, title] of Object.entries(ROLES)) {
    const rows = tokens.filter((t) => t.role === role);
    if (!rows.length) continue;
    out.push(`### ${title}`, "");
    if (COLOUR_ROLES.has(role)) {
      out.push("| token | light | dark | what it changes |", "|---|---|---|---|");
      for (const t of rows) out.push(`| ${code(t.name)} | ${code(t.light)} | ${code(t.dark)} | ${cell(t.description)} |`);
    } else {
      out.push("| token | default | what it changes |", "|---|---|---|");
      for (const t of rows) {
        const v = t.light === t.dark ? code(t.light) : `${code(t.light)} / ${code(t.dark)}`;
        out.push(`| ${code(t.name)} | ${v} | ${cell(t.description)} |`);
      }
    }
    out.push("");
  }
  out.push(
    "### Contrast pairs",
    "",
    "`./x test` computes these ratios for the defaults and every preset, in light and dark (`node scripts/tokens.mjs --contrast`).",
    "",
    "| foreground | background | minimum | where |",
    "|---|---|---|---|",
  );
  for (const [fg, bg, min, where] of PAIRS) out.push(`| ${code("--vt-color-" + fg)} | ${code("--vt-color-" + bg)} | ${min}:1 | ${cell(where)} |`);
  return out.join("\n");
}

function docBlock(doc) {
  const a = doc.indexOf(START), b = doc.indexOf(END);
  if (a < 0 || b < a) fail(`docs/THEMING.md has no ${START} … ${END} block`);
  return { before: doc.slice(0, a + START.length), inside: doc.slice(a + START.length, b), after: doc.slice(b) };
}

// ---------------------------------------------------------------- colours

const NAMED = {
  black: "#000000", white: "#ffffff", transparent: "#00000000", red: "#ff0000", green: "#008000",
  blue: "#0000ff", navy: "#000080", maroon: "#800000", gray: "#808080", grey: "#808080",
  silver: "#c0c0c0", ivory: "#fffff0", linen: "#faf0e6", snow: "#fffafa", whitesmoke: "#f5f5f5",
};

// Number, percentage (scaled by `pct`, the value of 100%) or `none`.
function num(s, pct = 1) {
  s = s.trim();
  if (s === "none") return 0;
  if (s.endsWith("%")) return (parseFloat(s) / 100) * pct;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${s}`);
  return n;
}
function angle(s) {
  s = s.trim();
  if (s === "none") return 0;
  const m = /^(-?[\d.]+(?:e-?\d+)?)(deg|rad|grad|turn)?$/.exec(s);
  if (!m) throw new Error(`not an angle: ${s}`);
  const v = parseFloat(m[1]);
  return { deg: v, undefined: v, rad: (v * 180) / Math.PI, grad: v * 0.9, turn: v * 360 }[m[2]];
}
// Arguments of rgb()/hsl()/oklch(): legacy commas or modern spaces with "/ alpha".
function args(body) {
  let alpha = "1";
  let main = body.trim();
  const slash = main.lastIndexOf("/");
  if (slash >= 0) { alpha = main.slice(slash + 1); main = main.slice(0, slash); }
  let parts = main.includes(",") ? main.split(",").map((p) => p.trim()) : main.trim().split(/\s+/);
  if (parts.length === 4) { alpha = parts[3]; parts = parts.slice(0, 3); }
  if (parts.length !== 3) throw new Error(`three components expected: ${body}`);
  return { parts, alpha: Math.min(1, Math.max(0, num(alpha, 1))) };
}

const toLinear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c) => Math.min(1, Math.max(0, c));

function hslToRgb(h, s, l) {
  h = ((h % 360) + 360) % 360;
  const f = (n) => {
    const k = (n + h / 30) % 12;
    return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

// OKLab → gamma-encoded sRGB (Björn Ottosson's matrices, as in CSS Color 4).
// Out-of-gamut colours are clipped per channel; `clipped` reports it.
function oklabToRgb(L, a, b) {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const lin = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  const clipped = lin.some((c) => c < -1e-4 || c > 1 + 1e-4);
  return { rgb: lin.map((c) => fromLinear(clamp01(c))), clipped };
}

// A resolved colour string → { rgb: [r, g, b] gamma-encoded 0..1, a, clipped }.
function parseColor(input) {
  const s = input.trim().toLowerCase();
  if (NAMED[s]) return parseColor(NAMED[s]);
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join("");
    if (h.length !== 6 && h.length !== 8) throw new Error(`bad hex colour: ${input}`);
    const v = (i) => parseInt(h.slice(i, i + 2), 16) / 255;
    return { rgb: [v(0), v(2), v(4)], a: h.length === 8 ? v(6) : 1, clipped: false };
  }
  m = /^([a-z]+)\(([\s\S]*)\)$/.exec(s);
  if (!m) throw new Error(`unsupported colour: ${input}`);
  const [, fn, body] = m;
  const { parts, alpha } = args(body);
  switch (fn) {
    case "rgb": case "rgba":
      return { rgb: parts.map((p) => clamp01(num(p, 255) / 255)), a: alpha, clipped: false };
    case "hsl": case "hsla":
      return { rgb: hslToRgb(angle(parts[0]), clamp01(num(parts[1], 100) / 100), clamp01(num(parts[2], 100) / 100)), a: alpha, clipped: false };
    case "hwb": {
      let w = num(parts[1], 100) / 100, bl = num(parts[2], 100) / 100;
      if (w + bl >= 1) { const g = w / (w + bl); return { rgb: [g, g, g], a: alpha, clipped: false }; }
      const rgb = hslToRgb(angle(parts[0]), 1, 0.5).map((c) => c * (1 - w - bl) + w);
      return { rgb, a: alpha, clipped: false };
    }
    case "oklab": {
      const { rgb, clipped } = oklabToRgb(num(parts[0], 1), num(parts[1], 0.4), num(parts[2], 0.4));
      return { rgb, a: alpha, clipped };
    }
    case "oklch": {
      const L = num(parts[0], 1), C = Math.max(0, num(parts[1], 0.4)), h = (angle(parts[2]) * Math.PI) / 180;
      const { rgb, clipped } = oklabToRgb(L, C * Math.cos(h), C * Math.sin(h));
      return { rgb, a: alpha, clipped };
    }
    default:
      throw new Error(`unsupported colour function ${fn}(): ${input}`);
  }
}

const over = (top, under) => ({
  rgb: top.rgb.map((c, i) => c * top.a + under.rgb[i] * (1 - top.a)),
  a: 1,
  clipped: top.clipped || under.clipped,
});
const luminance = ({ rgb }) => {
  const [r, g, b] = rgb.map(toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export function contrast(fg, bg) {
  const [a, b] = [luminance(fg), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

// Resolves var() references and light-dark() for one scheme, against `values`
// (token name → declared value).
function resolve(value, scheme, values, depth = 0) {
  if (depth > 20) throw new Error(`var() cycle near ${value}`);
  let out = value;
  for (;;) {
    const i = out.search(/\b(var|light-dark)\(/);
    if (i < 0) return out.trim();
    const fn = out.startsWith("var(", i) ? "var" : "light-dark";
    const open = out.indexOf("(", i);
    let depthP = 0, j = open;
    for (; j < out.length; j++) {
      if (out[j] === "(") depthP++;
      if (out[j] === ")" && --depthP === 0) break;
    }
    const inner = out.slice(open + 1, j);
    let rep;
    if (fn === "var") {
      const [name, ...fallback] = splitTop(inner);
      if (name in values) rep = resolve(values[name], scheme, values, depth + 1);
      else if (fallback.length) rep = resolve(fallback.join(", "), scheme, values, depth + 1);
      else throw new Error(`var(${name}) is not defined`);
    } else {
      const parts = splitTop(inner);
      if (parts.length !== 2) throw new Error(`light-dark() needs two values: ${inner}`);
      rep = resolve(parts[scheme === "light" ? 0 : 1], scheme, values, depth + 1);
    }
    out = out.slice(0, i) + rep + out.slice(j + 1);
  }
}

// ---------------------------------------------------------------- presets

// A preset sets --vt-* tokens (and color-scheme) and nothing else: no fonts,
// imports or images from elsewhere. Returns { tokens, schemes }.
function parsePreset(file, known) {
  const css = stripComments(readFileSync(file, "utf8"));
  const name = basename(file);
  if (/@import|@font-face|url\(/i.test(css)) fail(`style/themes/${name}: presets load nothing (no @import, @font-face or url())`);
  const tokens = {};
  let scheme = null;
  for (const block of css.matchAll(/\{([^{}]*)\}/g)) {
    for (const decl of block[1].split(";").map((d) => d.trim()).filter(Boolean)) {
      const c = decl.indexOf(":");
      const prop = decl.slice(0, c).trim(), value = decl.slice(c + 1).trim();
      if (prop === "color-scheme") scheme = value;
      else if (prop.startsWith("--vt-")) {
        if (!known.has(prop)) fail(`style/themes/${name}: ${prop} is not a token of style/tokens.css`);
        tokens[prop] = value;
      } else fail(`style/themes/${name}: "${prop}" is not a token (presets only set --vt-* tokens and color-scheme)`);
    }
  }
  const schemes = scheme === "light" || scheme === "only light" ? ["light"] : scheme === "dark" || scheme === "only dark" ? ["dark"] : ["light", "dark"];
  return { tokens, schemes };
}

function presets(known) {
  let files = [];
  try { files = readdirSync(THEMES).filter((f) => f.endsWith(".css")).sort(); } catch { /* no presets yet */ }
  return files.map((f) => ({ name: f.replace(/\.css$/, ""), ...parsePreset(join(THEMES, f), known) }));
}

// ---------------------------------------------------------------- commands

function contrastReport(tokens) {
  const base = Object.fromEntries(tokens.map((t) => [t.name, t.value]));
  const known = new Set(Object.keys(base));
  const themes = [{ name: "default (tokens.css)", tokens: {}, schemes: ["light", "dark"] }, ...presets(known)];
  for (const [fg, bg] of PAIRS) for (const t of [fg, bg]) if (!known.has("--vt-color-" + t)) fail(`pair token --vt-color-${t} is not in style/tokens.css`);
  let failures = 0;
  const summary = [];
  const pad = (s, n) => String(s).padEnd(n);
  for (const theme of themes) {
    const values = { ...base, ...theme.tokens };
    const colour = (t, scheme) => {
      const name = "--vt-color-" + t;
      try { return parseColor(resolve(values[name], scheme, values)); } catch (e) { fail(`${theme.name}, ${scheme}, ${name}: ${e.message}`); }
    };
    console.log(`\n${theme.name}  (${theme.schemes.join(" + ")})`);
    console.log(`  ${pad("foreground on background", 34)} ${pad("min", 5)} ${theme.schemes.map((s) => pad(s, 10)).join(" ")}`);
    let lowest = { ratio: Infinity };
    for (const [fg, bg, min] of PAIRS) {
      const cells = theme.schemes.map((scheme) => {
        const page = colour("bg", scheme);
        const pageOpaque = page.a < 1 ? over(page, parseColor(scheme === "light" ? "#fff" : "#000")) : page;
        let b = colour(bg, scheme);
        if (b.a < 1) b = over(b, pageOpaque);
        const f = over(colour(fg, scheme), b);
        const ratio = contrast(f, b);
        const ok = ratio >= min;
        if (!ok) failures++;
        if (ratio / min < lowest.ratio / lowest.min || lowest.ratio === Infinity) lowest = { ratio, min, pair: `${fg} on ${bg}`, scheme };
        return pad(`${ratio.toFixed(2)}${ok ? "" : " FAIL"}${f.clipped || b.clipped ? "*" : ""}`, 10);
      });
      console.log(`  ${pad(`${fg} on ${bg}`, 34)} ${pad(min + ":1", 5)} ${cells.join(" ")}`);
    }
    summary.push(`${pad(theme.name, 22)} lowest ${lowest.ratio.toFixed(2)}:1 (min ${lowest.min}:1), ${lowest.pair}, ${lowest.scheme}`);
  }
  console.log("\n(* = an oklch/oklab colour outside sRGB, clipped)\n\nlowest margin per theme:");
  for (const line of summary) console.log("  " + line);
  if (failures) fail(`${failures} pair(s) under WCAG 2.2 AA contrast (see FAIL above)`);
  console.log(`\ncontrast: every pair of ${themes.length} themes passes WCAG 2.2 AA`);
}

const mode = process.argv[2] ?? "--write";
const tokens = parseTokens();
if (mode === "--contrast") {
  contrastReport(tokens);
} else if (mode === "--check" || mode === "--write") {
  const doc = readFileSync(DOC, "utf8");
  const { before, inside, after } = docBlock(doc);
  const want = "\n" + table(tokens) + "\n";
  if (mode === "--check") {
    if (inside !== want) {
      const [have, need] = [inside.split("\n"), want.split("\n")];
      const i = need.findIndex((l, k) => l !== have[k]);
      console.error(`docs/THEMING.md line ${doc.slice(0, doc.indexOf(START)).split("\n").length + i}:\n  docs:   ${have[i] ?? "(missing)"}\n  source: ${need[i] ?? "(extra line in docs)"}`);
      fail("the token table in docs/THEMING.md differs from style/tokens.css; run ./x tokens");
    }
    console.log(`tokens: docs/THEMING.md matches style/tokens.css (${tokens.length} tokens)`);
  } else {
    writeFileSync(DOC, before + want + after);
    console.log(`tokens: wrote ${tokens.length} tokens into docs/THEMING.md`);
  }
} else {
  fail(`unknown option ${mode} (none, --check or --contrast)`);
}
