// Vitrine's embedded widgets: the one script a site owner adds to a page,
//   <script type="module" src="https://shop.example/embed/vitrine.js"></script>
// It loads the widgets' wasm once (every element shares it, and one cart),
// defines the elements and puts a small API on window.Vitrine (docs/EMBED.md).
// A Rust type cannot extend HTMLElement (wasm-bindgen#2853), so the
// elements are these few lines; everything they show is src/embed/ in Rust.
// scripts/build_web.sh writes this file to dist/embed/vitrine.js with the
// hashed names of the wasm and its glue filled in. The API is the script's
// own origin unless data-api names another; data-lang picks the language
// (else the page's <html lang>, else the browser's).
import init, * as vt from "./__GLUE__";

performance.mark("vitrine:script-start");

const here = new URL(import.meta.url);
const script = [...document.querySelectorAll("script[src]")].find((s) => s.src === here.href);
const api = script?.dataset.api || new URL("/api/v1", here).href;
const lang = script?.dataset.lang || document.documentElement.lang || "";

const started = init({ module_or_path: new URL("./__WASM__", here) }).then(() => vt.start(api, here.origin, lang));

const observed = {
  "vitrine-product": ["handle", "variant", "theme"],
  "vitrine-product-grid": ["category", "q", "sort", "limit", "theme"],
  "vitrine-cart-button": ["theme"],
  "vitrine-cart": ["theme"],
  "vitrine-checkout": ["theme"],
};
for (const [tag, attributes] of Object.entries(observed)) {
  if (customElements.get(tag)) continue;
  customElements.define(tag, class extends HTMLElement {
    static observedAttributes = attributes;
    connectedCallback() { started.then(() => this.isConnected && vt.connect(this)); }
    disconnectedCallback() { started.then(() => this.isConnected || vt.disconnect(this)); }
    attributeChangedCallback(name, old, value) { if (old !== value) started.then(() => vt.attributeChanged(this, name, value)); }
  });
}

const fire = (name, detail) => document.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
const ready = started.then(
  () => { fire("vitrine:ready", { api }); return window.Vitrine; },
  (e) => { fire("vitrine:error", { message: String(e && e.message || e), code: "load_failed" }); throw e; },
);
const after = (f) => (...args) => started.then(() => f(...args));
window.Vitrine = Object.freeze({
  ready,
  openCart: after(() => vt.openCart()),
  closeCart: after(() => vt.closeCart()),
  openCheckout: after(() => vt.openCheckout()),
  addToCart: after((variantId, quantity = 1) => vt.addToCart(Number(variantId), Number(quantity))),
  getCart: after(() => vt.getCart()),
});
