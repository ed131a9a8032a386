//! The built storefront, served from memory: every file of the static
//! directory is read once at start, compressed once (brotli 11 and gzip 9, in
//! the background), and answered with an ETag. Hashed file names from the
//! build are immutable for a year; `index.html` revalidates. Paths that are
//! not files fall back to `index.html`, so client-side routes work on reload.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

struct Asset {
    content_type: &'static str,
    identity: Arc<[u8]>,
    br: OnceLock<Option<Arc<[u8]>>>,
    gzip: OnceLock<Option<Arc<[u8]>>>,
    etag: String,
    immutable: bool,
}

#[derive(Clone)]
pub struct Assets {
    files: Arc<HashMap<String, Asset>>,
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn compressible(ct: &str) -> bool {
    ct.starts_with("text/") || ct.contains("json") || ct.contains("wasm") || ct.contains("svg")
}

/// Trunk names built files `name-<16 hex>.ext`; those never change.
fn is_hashed(path: &str) -> bool {
    let stem = path.rsplit('/').next().unwrap_or(path).split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, h)| h.len() >= 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

impl Assets {
    /// Reads every file below `dir` and starts compressing them in the background.
    pub fn load(dir: &Path) -> std::io::Result<Assets> {
        let mut files = HashMap::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d)? {
                let entry = entry?;
                let path = entry.path();
                if entry.file_type()?.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                if rel.ends_with(".br") || rel.ends_with(".gz") {
                    continue;
                }
                let bytes = std::fs::read(&path)?;
                let key = format!("/{rel}");
                files.insert(
                    key.clone(),
                    Asset {
                        content_type: content_type(&key),
                        etag: format!("\"{:016x}\"", fnv1a(&bytes)),
                        immutable: is_hashed(&key),
                        identity: bytes.into(),
                        br: OnceLock::new(),
                        gzip: OnceLock::new(),
                    },
                );
            }
        }
        if !files.contains_key("/index.html") {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, "no index.html: build the storefront first"));
        }
        let assets = Assets { files: Arc::new(files) };
        let background = assets.clone();
        std::thread::spawn(move || background.compress_all());
        Ok(assets)
    }

    fn compress_all(&self) {
        // Largest first: the wasm matters most.
        let mut keys: Vec<&String> = self.files.keys().collect();
        keys.sort_by_key(|k| std::cmp::Reverse(self.files[*k].identity.len()));
        for k in keys {
            let a = &self.files[k];
            a.br.get_or_init(|| brotli_of(a));
            a.gzip.get_or_init(|| gzip_of(a));
        }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Answers a GET/HEAD for `uri`.
    pub fn respond(&self, method: &Method, uri: &Uri, headers: &HeaderMap) -> Response {
        if method != Method::GET && method != Method::HEAD {
            return StatusCode::METHOD_NOT_ALLOWED.into_response();
        }
        let path = uri.path();
        let asset = match self.files.get(path) {
            Some(a) => a,
            None => {
                let last = path.rsplit('/').next().unwrap_or("");
                if last.contains('.') {
                    return (StatusCode::NOT_FOUND, "not found").into_response();
                }
                &self.files["/index.html"]
            }
        };
        let mut res = Response::builder()
            .header(header::CONTENT_TYPE, asset.content_type)
            .header(header::ETAG, &asset.etag)
            .header(header::VARY, "accept-encoding")
            .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
            .header(
                header::CACHE_CONTROL,
                if asset.immutable { "public, max-age=31536000, immutable" } else { "no-cache" },
            );
        if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| {
            v.split(',').any(|t| t.trim() == asset.etag || t.trim() == "*")
        }) {
            return res.status(StatusCode::NOT_MODIFIED).body(Body::empty()).unwrap_or_default();
        }
        let accepts = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
        let accepts = |enc: &str| accepts.split(',').any(|p| {
            let mut parts = p.split(';');
            parts.next().is_some_and(|n| n.trim().eq_ignore_ascii_case(enc)) && !parts.any(|q| q.trim() == "q=0")
        });
        let mut body = asset.identity.clone();
        if accepts("br") {
            if let Some(Some(b)) = asset.br.get() {
                body = b.clone();
                res = res.header(header::CONTENT_ENCODING, "br");
            }
        } else if accepts("gzip") {
            if let Some(Some(b)) = asset.gzip.get() {
                body = b.clone();
                res = res.header(header::CONTENT_ENCODING, "gzip");
            }
        }
        res = res.header(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        let body = if method == Method::HEAD { Body::empty() } else { Body::from(axum::body::Bytes::from_owner(body)) };
        res.body(body).unwrap_or_default()
    }
}

fn brotli_of(a: &Asset) -> Option<Arc<[u8]>> {
    if !compressible(a.content_type) || a.identity.len() < 256 {
        return None;
    }
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &a.identity[..], &mut out, &params).ok()?;
    (out.len() < a.identity.len()).then(|| out.into())
}

fn gzip_of(a: &Asset) -> Option<Arc<[u8]>> {
    if !compressible(a.content_type) || a.identity.len() < 256 {
        return None;
    }
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&a.identity).ok()?;
    let out = enc.finish().ok()?;
    (out.len() < a.identity.len()).then(|| out.into())
}

#[cfg(test)]
mod tests {
    #[test]
    fn recognises_hashed_names() {
        assert!(super::is_hashed("/vitrine-3f2a9c1b7d8e6f50_bg.wasm"));
        assert!(super::is_hashed("/vitrine-3f2a9c1b7d8e6f50.js"));
        assert!(!super::is_hashed("/index.html"));
        assert!(!super::is_hashed("/images/demo/tee-navy.svg"));
    }
}
