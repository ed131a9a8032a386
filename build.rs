//! The English catalogue compiled into the storefront's wasm, without the
//! translators' comments and blank lines (src/i18n.rs includes these from
//! OUT_DIR), and the embedded widgets' stylesheet (src/embed/mod.rs): the
//! kit's CSS files their shadow roots need, comments and extra whitespace out.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for area in ["common", "catalog", "cart", "checkout", "tracking", "returns", "console", "theme"] {
        let src_path = format!("locales/en/{area}.ftl");
        println!("cargo:rerun-if-changed={src_path}");
        let src = std::fs::read_to_string(&src_path).unwrap_or_else(|e| panic!("{src_path}: {e}"));
        let lean: String = src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).flat_map(|l| [l, "\n"]).collect();
        std::fs::write(Path::new(&out).join(format!("{area}.ftl")), lean).expect("write to OUT_DIR");
    }
    let mut css = String::new();
    for file in ["tokens", "base", "shell", "catalog", "product", "cart", "embed"] {
        let path = format!("style/{file}.css");
        println!("cargo:rerun-if-changed={path}");
        let mut rules = minify_css(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")));
        if file == "tokens" {
            // A widget's colour scheme is the host page's (`color-scheme` inherits into
            // shadow roots): a light page with no word on dark mode keeps light widgets.
            let own = "color-scheme: light dark;";
            assert!(rules.contains(own), "{path}: the kit's colour scheme moved");
            rules = rules.replacen(own, "", 1);
        }
        css.push_str(&rules);
    }
    // The presets a widget takes by attribute (theme="dark", "boutique", ...): each
    // file's rules for the class alone, not for every shadow root (`:host`).
    for preset in ["light", "dark", "auto", "boutique", "calm", "street"] {
        let path = format!("style/themes/{preset}.css");
        println!("cargo:rerun-if-changed={path}");
        let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let own = minify_css(&src).replace(&format!(":root.vt-theme-{preset}, "), "").replace(", :host{", "{");
        assert!(!own.contains(":host"), "{path}: a preset's rules name only its class");
        css.push_str(&own);
    }
    std::fs::write(Path::new(&out).join("embed.css"), css).expect("write to OUT_DIR");
}

/// Comments out, whitespace runs to one space, none around braces and semicolons.
fn minify_css(src: &str) -> String {
    let mut text = String::with_capacity(src.len());
    let mut rest = src;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..].split_once("*/").map_or("", |(_, after)| after);
    }
    text.push_str(rest);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.join(" ");
    for sep in ["{", "}", ";"] {
        out = out.replace(&format!(" {sep}"), sep).replace(&format!("{sep} "), sep);
    }
    out
}
