//! The built storefront, served from memory: every file of the static
//! directory is read and compressed (brotli and gzip) once, before the server
//! listens, and answered with an ETag. `.br`/`.gz` files already beside the
//! originals are used as they are. Hashed file names from the build are
//! immutable for a year; `index.html` revalidates. Paths that are not files
//! fall back to `index.html`, so client-side routes work on reload; the
//! storefront's own pages get their `<head>` filled in (see [`Assets::page`]
//! and `heads`).
//!
//! The storefront is built as several entries, each an `index.html` with its
//! own wasm (`src/entry.rs` in the storefront crate): the shop at the root of
//! the static directory, the others in `entry/<name>/`. A page is answered
//! with the `index.html` of the entry that owns its path ([`entry_of`]), or
//! the shop's when that entry was not built.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

/// Brotli quality for files compressed at start (those the build did not
/// leave a `.br` beside). 11 is the smallest output but slow on the wasm (see
/// `load`'s log line): on the 1.46 MB wasm, 11 takes 4.75 s for 419,884 B, 10
/// takes 2.6 s for 438,528 B (4.4% more), 9 takes 0.4 s for 468,733 B. Unoptimised debug builds
/// (the test suites' server) use fast levels, or they take most of a minute
/// to start.
const BROTLI_QUALITY: i32 = if cfg!(debug_assertions) { 4 } else { 10 };
const GZIP_LEVEL: u32 = if cfg!(debug_assertions) { 4 } else { 9 };
/// Pages with a per-request head are compressed on every response: fast levels.
const PAGE_BROTLI_QUALITY: i32 = 5;
const PAGE_GZIP_LEVEL: u32 = 6;

struct Asset {
    content_type: &'static str,
    identity: Bytes,
    br: Option<Bytes>,
    gzip: Option<Bytes>,
    etag: String,
    immutable: bool,
}

/// `index.html` cut around its head marker: the tags between
/// `<meta name="vitrine-head" content="begin">` and `<meta name="vitrine-head" content="end">`
/// (a single marker tag also works) are replaced by each page's own head.
struct Template {
    before: String,
    after: String,
    /// Where, in `after`, the static shell's `<main>` content is: a page with
    /// a first screen of its own (the listing's and a product's images, drawn
    /// by the server so the largest paint does not wait for the wasm) puts it there.
    main: Option<(usize, usize)>,
    /// The `<meta name="description">` inside the marked region, as text.
    description: Option<String>,
    hash: u64,
}

#[derive(Clone)]
pub struct Assets {
    files: Arc<HashMap<String, Asset>>,
    index: Arc<Template>,
    /// Entries other than the shop, by name: `entry/<name>/index.html`.
    entries: Arc<HashMap<&'static str, Template>>,
}

/// The storefront entries besides the shop, each built into `entry/<name>/`.
pub const ENTRIES: [&str; 3] = ["checkout", "returns", "admin"];

/// The entry whose `index.html` answers `path`: `Some("admin")` for the
/// operator's console (`/admin/...`), `Some("returns")` for
/// starting a return (`/orders/{number}/return`) and the return pages,
/// `Some("checkout")` for the checkout and order pages, `None` for the shop (catalog, product, cart and
/// anything unknown). Keep in step with `Entry::of` in the storefront's `src/entry.rs`.
pub fn entry_of(path: &str) -> Option<&'static str> {
    let under = |prefix: &str| path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    let starts_return = path
        .strip_prefix("/orders/")
        .is_some_and(|rest| rest.trim_end_matches('/').ends_with("/return") && rest.matches('/').count() <= 2);
    if under("/admin") || under("/theme") {
        Some("admin")
    } else if under("/returns") || starts_return {
        Some("returns")
    } else {
        (under("/checkout") || under("/orders")).then_some("checkout")
    }
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
        "xml" => "application/xml",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn compressible(ct: &str) -> bool {
    ct.starts_with("text/") || ct.contains("json") || ct.contains("wasm") || ct.contains("svg") || ct.contains("xml")
}

/// Trunk names built files `name-<16 hex>.ext`; those never change.
fn is_hashed(path: &str) -> bool {
    let stem = path.rsplit('/').next().unwrap_or(path).split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, h)| h.len() >= 12 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Br,
    Gzip,
}

impl Assets {
    /// Reads every file below `dir` and compresses the compressible ones
    /// (on all cores), so the first request already gets brotli.
    pub fn load(dir: &Path) -> std::io::Result<Assets> {
        let started = Instant::now();
        let mut raw: HashMap<String, Vec<u8>> = HashMap::new();
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
                raw.insert(format!("/{rel}"), std::fs::read(&path)?);
            }
        }
        let Some(index) = raw.get("/index.html").map(|b| Template::parse(&String::from_utf8_lossy(b))) else {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, "no index.html: build the storefront first"));
        };
        let entries: HashMap<&'static str, Template> = ENTRIES
            .into_iter()
            .filter_map(|name| Some((name, Template::parse(&String::from_utf8_lossy(raw.get(&format!("/entry/{name}/index.html"))?)))))
            .collect();
        let mut prebuilt: HashMap<String, Vec<u8>> = HashMap::new();
        raw.retain(|k, v| {
            let sibling = k.ends_with(".br") || k.ends_with(".gz");
            if sibling {
                prebuilt.insert(k.clone(), std::mem::take(v));
            }
            !sibling
        });
        let mut files: HashMap<String, Asset> = raw
            .into_iter()
            .map(|(key, bytes)| {
                let content_type = content_type(&key);
                let worth = compressible(content_type) && bytes.len() >= 256;
                let mut given = |ext: &str| {
                    prebuilt.remove(&format!("{key}.{ext}")).filter(|c| worth && c.len() < bytes.len()).map(Bytes::from)
                };
                let (br, gzip) = (given("br"), given("gz"));
                let asset = Asset {
                    content_type,
                    etag: format!("\"{:016x}\"", fnv1a(&bytes)),
                    immutable: is_hashed(&key),
                    identity: bytes.into(),
                    br,
                    gzip,
                };
                (key, asset)
            })
            .collect();
        let reused = files.values().map(|a| usize::from(a.br.is_some()) + usize::from(a.gzip.is_some())).sum::<usize>();
        let compressed = compress_missing(&mut files);
        let identity: usize = files.values().map(|a| a.identity.len()).sum();
        let br: usize = files.values().map(|a| a.br.as_ref().unwrap_or(&a.identity).len()).sum();
        tracing::info!(
            files = files.len(),
            compressed,
            reused,
            identity_bytes = identity,
            brotli_bytes = br,
            brotli_quality = BROTLI_QUALITY,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "static files loaded and compressed"
        );
        Ok(Assets { files: Arc::new(files), index: Arc::new(index), entries: Arc::new(entries) })
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Whether `path` names a file (rather than a storefront route).
    pub fn is_file(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// The default description from `index.html`'s marked head region.
    pub fn default_description(&self) -> Option<&str> {
        self.index.description.as_deref()
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
                let entry = entry_of(path).map(|name| format!("/entry/{name}/index.html"));
                entry.and_then(|e| self.files.get(&e)).unwrap_or(&self.files["/index.html"])
            }
        };
        let cache = if asset.immutable { "public, max-age=31536000, immutable" } else { "no-cache" };
        let reply = Reply { status: StatusCode::OK, content_type: asset.content_type, etag: &asset.etag, cache };
        reply.send(method, headers, asset.identity.clone(), |enc| match enc {
            Encoding::Br => asset.br.clone(),
            Encoding::Gzip => asset.gzip.clone(),
        })
    }

    /// The `index.html` of the entry owning `path` ([`entry_of`]) with `head`
    /// in place of its marked head region, as `status`. Compressed per
    /// response at fast settings (a 40 KB page takes well under a millisecond).
    pub fn page(&self, path: &str, method: &Method, headers: &HeaderMap, status: StatusCode, head: &str, first_screen: Option<&str>) -> Response {
        let t = entry_of(path).and_then(|name| self.entries.get(name)).unwrap_or(&self.index);
        let first = first_screen.zip(t.main);
        let etag = format!("\"{:016x}\"", fnv1a(head.as_bytes()) ^ first.map_or(0, |(f, _)| fnv1a(f.as_bytes()).rotate_left(1)) ^ t.hash);
        let mut html = String::with_capacity(t.before.len() + head.len() + t.after.len() + first.map_or(0, |(f, _)| f.len()));
        html.push_str(&t.before);
        html.push_str(head);
        match first {
            Some((screen, (start, end))) => {
                html.push_str(&t.after[..start]);
                html.push_str(screen);
                html.push_str(&t.after[end..]);
            }
            None => html.push_str(&t.after),
        }
        let html = Bytes::from(html);
        let reply = Reply { status, content_type: "text/html; charset=utf-8", etag: &etag, cache: "no-cache" };
        reply.send(method, headers, html.clone(), |enc| match enc {
            Encoding::Br => brotli(&html, PAGE_BROTLI_QUALITY, 20),
            Encoding::Gzip => gzip(&html, PAGE_GZIP_LEVEL),
        })
    }
}

/// What a response carries besides its body.
struct Reply<'a> {
    status: StatusCode,
    content_type: &'static str,
    etag: &'a str,
    cache: &'static str,
}

impl Reply<'_> {
    /// Answers 304 on a matching `If-None-Match`, else the body in the best
    /// encoding the client accepts and `encoded` provides.
    fn send(self, method: &Method, headers: &HeaderMap, identity: Bytes, encoded: impl FnOnce(Encoding) -> Option<Bytes>) -> Response {
        let mut res = Response::builder()
            .status(self.status)
            .header(header::CONTENT_TYPE, self.content_type)
            .header(header::ETAG, self.etag)
            .header(header::VARY, "accept-encoding")
            .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
            .header(header::CACHE_CONTROL, self.cache);
        let matches = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|t| t.trim() == self.etag || t.trim() == "*"));
        if matches && self.status == StatusCode::OK {
            return res.status(StatusCode::NOT_MODIFIED).body(Body::empty()).unwrap_or_default();
        }
        let accepts = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
        let accepts = |enc: &str| {
            accepts.split(',').any(|p| {
                let mut parts = p.split(';');
                parts.next().is_some_and(|n| n.trim().eq_ignore_ascii_case(enc)) && !parts.any(|q| q.trim() == "q=0")
            })
        };
        let wanted = if accepts("br") {
            Some(Encoding::Br)
        } else if accepts("gzip") {
            Some(Encoding::Gzip)
        } else {
            None
        };
        let mut body = identity;
        if let Some(enc) = wanted {
            if let Some(b) = encoded(enc) {
                body = b;
                res = res.header(header::CONTENT_ENCODING, if enc == Encoding::Br { "br" } else { "gzip" });
            }
        }
        res = res.header(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        let body = if method == Method::HEAD { Body::empty() } else { Body::from(body) };
        res.body(body).unwrap_or_default()
    }
}

/// Compresses every compressible file that has no `.br`/`.gz` yet, largest
/// first, on all cores. Returns how many encodings it made.
fn compress_missing(files: &mut HashMap<String, Asset>) -> usize {
    let mut jobs: Vec<(String, Encoding, Bytes)> = Vec::new();
    for (k, a) in files.iter() {
        if !compressible(a.content_type) || a.identity.len() < 256 {
            continue;
        }
        if a.br.is_none() {
            jobs.push((k.clone(), Encoding::Br, a.identity.clone()));
        }
        if a.gzip.is_none() {
            jobs.push((k.clone(), Encoding::Gzip, a.identity.clone()));
        }
    }
    // Largest first (the wasm's brotli pass dominates), popped from the end.
    jobs.sort_by_key(|(_, enc, b)| (b.len(), *enc == Encoding::Br));
    let count = jobs.len();
    let queue = Mutex::new(jobs);
    let done = Mutex::new(Vec::with_capacity(count));
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(count.max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let Some((key, enc, bytes)) = queue.lock().unwrap_or_else(|e| e.into_inner()).pop() else { break };
                let out = match enc {
                    Encoding::Br => brotli(&bytes, BROTLI_QUALITY, 22),
                    Encoding::Gzip => gzip(&bytes, GZIP_LEVEL),
                };
                done.lock().unwrap_or_else(|e| e.into_inner()).push((key, enc, out));
            });
        }
    });
    for (key, enc, out) in done.into_inner().unwrap_or_else(|e| e.into_inner()) {
        if let Some(a) = files.get_mut(&key) {
            match enc {
                Encoding::Br => a.br = out,
                Encoding::Gzip => a.gzip = out,
            }
        }
    }
    count
}

/// The compressed bytes, when smaller.
fn brotli(bytes: &[u8], quality: i32, lgwin: i32) -> Option<Bytes> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality, lgwin, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).ok()?;
    (out.len() < bytes.len()).then(|| out.into())
}

fn gzip(bytes: &[u8], level: u32) -> Option<Bytes> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    enc.write_all(bytes).ok()?;
    let out = enc.finish().ok()?;
    (out.len() < bytes.len()).then(|| out.into())
}

impl Template {
    fn parse(html: &str) -> Template {
        const MARKER: &str = "vitrine-head";
        let tag_around = |at: usize| {
            let start = html[..at].rfind('<').unwrap_or(at);
            let end = html[at..].find('>').map_or(html.len(), |i| at + i + 1);
            (start, end)
        };
        let region = match html.find(MARKER) {
            Some(first) => {
                let (start, first_end) = tag_around(first);
                let end = html[first_end..].find(MARKER).map_or(first_end, |i| tag_around(first_end + i).1);
                Some((start, end))
            }
            // No marker (an older build): the head goes before `</head>`.
            None => html.find("</head>").map(|at| (at, at)),
        };
        let (before, marked, after) = match region {
            Some((start, end)) => (&html[..start], &html[start..end], &html[end..]),
            None => (html, "", ""),
        };
        Template {
            before: before.to_string(),
            after: after.to_string(),
            main: main_content(after),
            description: meta_content(marked, "description"),
            hash: fnv1a(html.as_bytes()),
        }
    }
}

/// The byte range of the first `<main ...>` element's content in `html`.
fn main_content(html: &str) -> Option<(usize, usize)> {
    let open = html.find("<main")?;
    let start = open + html[open..].find('>')? + 1;
    let end = start + html[start..].find("</main>")?;
    Some((start, end))
}

/// The `content` of `<meta name="{name}" ...>` in `html`, entities decoded.
/// Tolerates minified markup (unquoted or single-quoted attributes).
fn meta_content(html: &str, name: &str) -> Option<String> {
    html.split('<').filter(|tag| tag.starts_with("meta")).find_map(|tag| {
        let tag = tag.split('>').next().unwrap_or(tag);
        (attr(tag, "name")? == name).then(|| attr(tag, "content")).flatten()
    })
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before_ok = rest[..at].ends_with(|c: char| c.is_ascii_whitespace());
        let after = rest[at + name.len()..].trim_start();
        rest = &rest[at + name.len()..];
        let Some(value) = after.strip_prefix('=').filter(|_| before_ok) else { continue };
        let value = value.trim_start();
        let raw = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value.split(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/').next().unwrap_or(""),
        };
        let decoded = raw
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        return Some(decoded);
    }
}

#[cfg(test)]
mod tests {
    use super::Template;

    #[test]
    fn recognises_hashed_names() {
        assert!(super::is_hashed("/vitrine-3f2a9c1b7d8e6f50_bg.wasm"));
        assert!(super::is_hashed("/vitrine-3f2a9c1b7d8e6f50.js"));
        assert!(!super::is_hashed("/index.html"));
        assert!(!super::is_hashed("/images/demo/tee-navy.svg"));
    }

    #[test]
    fn finds_the_head_region_as_written_and_minified() {
        let written = "<head><meta charset=\"utf-8\">\n<meta name=\"vitrine-head\" content=\"begin\">\n<title>Shop</title>\n\
                       <meta name=\"description\" content=\"Goods &amp; more\">\n<meta name=\"vitrine-head\" content=\"end\">\n</head><body></body>";
        let minified = "<head><meta charset=utf-8><meta content=begin name=vitrine-head><title>Shop</title>\
                        <meta content=\"Goods &amp; more\" name=description><meta content=end name=vitrine-head></head><body></body>";
        for html in [written, minified] {
            let t = Template::parse(html);
            assert!(t.before.ends_with("<meta charset=\"utf-8\">\n") || t.before.ends_with("<meta charset=utf-8>"), "{}", t.before);
            assert!(t.after.trim_start().starts_with("</head>"), "{}", t.after);
            assert_eq!(t.description.as_deref(), Some("Goods & more"));
        }
        let shell = Template::parse("<head><title>Shop</title></head><body><div id=vitrine><main class=vt-main aria-busy=true><i></i></main></div></body>");
        let (start, end) = shell.main.expect("the shell's <main>");
        assert_eq!(&shell.after[start..end], "<i></i>");
        let unmarked = Template::parse("<head><title>Shop</title></head><body></body>");
        assert_eq!(unmarked.main, None);
        assert_eq!(unmarked.before, "<head><title>Shop</title>");
        assert_eq!(unmarked.after, "</head><body></body>");
    }
}
