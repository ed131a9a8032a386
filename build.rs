//! The English catalogue compiled into the storefront's wasm, without the
//! translators' comments and blank lines (src/i18n.rs includes these from
//! OUT_DIR).

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
}
