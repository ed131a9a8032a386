//! Splits a wasm module, as linked by rustc with `--emit-relocs`, at the split
//! points Leptos' `#[lazy]` and `#[lazy_route]` leave in it: the main module
//! (for wasm-bindgen), one module per lazy function plus the chunks they
//! share, the JS that loads them, and `split.json`, naming the modules each
//! lazy function needs. The build's wasm-bindgen wrapper runs it
//! (`scripts/split/wasm-bindgen`); `scripts/split-finish.mjs` optimises and
//! hashes what it writes.
//!
//!     vitrine-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_MODULE_JS

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_out, main_module] = args.as_slice() else {
        eprintln!("usage: vitrine-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_MODULE_JS");
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("vitrine-split: cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !has_split_points(&wasm) {
        // Nothing to split: the module as linked, minus the relocations (wasm-opt cannot optimise a module with them).
        let _ = std::fs::remove_dir_all(out_dir);
        let written = std::fs::create_dir_all(Path::new(main_out).parent().unwrap_or(Path::new(".")))
            .and_then(|()| std::fs::write(main_out, without_relocations(&wasm)))
            .and_then(|()| std::fs::write(Path::new(out_dir).join("split.json"), "{}\n"));
        if let Err(e) = written {
            eprintln!("vitrine-split: cannot write {main_out}: {e}");
            return ExitCode::FAILURE;
        }
        return ExitCode::SUCCESS;
    }
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = Path::new(out_dir);
    options.main_out_path = Path::new(main_out);
    options.main_module = main_module;
    options.link_name = "./__wasm_split.js";
    let split = match wasm_split_cli_support::transform(options) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("vitrine-split: {input}: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    // { "<lazy function>": ["<module>", ...] }, the modules in load order; by hand, to need no JSON crate.
    let mut entries: Vec<_> = split.prefetch_map.into_iter().collect();
    entries.sort();
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let body = entries
        .iter()
        .map(|(name, deps)| format!("  {}: [{}]", quote(name), deps.iter().map(|d| quote(d)).collect::<Vec<_>>().join(", ")))
        .collect::<Vec<_>>()
        .join(",\n");
    let manifest = Path::new(out_dir).join("split.json");
    if let Err(e) = std::fs::write(&manifest, format!("{{\n{body}\n}}\n")) {
        eprintln!("vitrine-split: cannot write {}: {e}", manifest.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Reads a LEB128 u32 at `*at`, moving past it.
fn leb(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let (mut value, mut shift) = (0u32, 0);
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= u32::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(value);
        }
        shift += 7;
    }
}

/// The module's sections: (id, custom section name if any, byte range of the whole section).
fn sections(wasm: &[u8]) -> Vec<(u8, Option<&str>, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let start = at;
        let id = wasm[at];
        at += 1;
        let Some(len) = leb(wasm, &mut at) else { break };
        let body = at;
        let end = body + len as usize;
        let name = (id == 0).then(|| {
            let mut p = body;
            let n = leb(wasm, &mut p).unwrap_or(0) as usize;
            std::str::from_utf8(wasm.get(p..p + n).unwrap_or_default()).unwrap_or("")
        });
        out.push((id, name, start..end.min(wasm.len())));
        at = end;
    }
    out
}

/// Whether any import comes from the split placeholder module (what `#[lazy]` leaves).
fn has_split_points(wasm: &[u8]) -> bool {
    // The import section names its modules as plain UTF-8: the macros' placeholder module starts with this.
    let needle = b"__wasm_split";
    sections(wasm).iter().any(|(id, _, range)| *id == 2 && wasm[range.clone()].windows(needle.len()).any(|w| w == needle))
}

/// `wasm` without its `linking` and `reloc.*` custom sections.
fn without_relocations(wasm: &[u8]) -> Vec<u8> {
    let mut out = wasm[..8].to_vec();
    for (_, name, range) in sections(wasm) {
        if !name.is_some_and(|n| n == "linking" || n.starts_with("reloc.")) {
            out.extend_from_slice(&wasm[range]);
        }
    }
    out
}
