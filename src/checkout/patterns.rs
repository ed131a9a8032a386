use vitrine_core::address::Patterns;

/// Address patterns checked with the browser's own `RegExp`, so the wasm
/// carries no regex engine; the server runs the same rules with `regex`.
pub struct JsPatterns;

fn test(pattern: &str, text: &str) -> bool {
    js_sys::RegExp::new(pattern, "i").test(text)
}

impl Patterns for JsPatterns {
    fn full_match(&self, pattern: &str, text: &str) -> bool {
        test(&format!("^(?:{pattern})$"), text)
    }

    fn prefix_match(&self, pattern: &str, text: &str) -> bool {
        test(&format!("^(?:{pattern})"), text)
    }
}
