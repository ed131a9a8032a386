//! Tests that run the real server binary: a raw HTTP/1.1 client (one
//! request per connection, so a killed server shows up as a cut connection,
//! as it would for a browser) and the server process itself.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub struct Res {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Res {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

fn cut(msg: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::UnexpectedEof, msg.to_string())
}

/// One HTTP/1.1 request on its own connection. A connection the server
/// dropped (or a response it did not finish) is an `Err`.
pub async fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&[u8]>, content_type: &str) -> std::io::Result<Res> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if let Some(b) = body {
        head.push_str(&format!("Content-Type: {content_type}\r\nContent-Length: {}\r\n", b.len()));
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    out.extend_from_slice(body.unwrap_or_default());
    stream.write_all(&out).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or_else(|| cut("no response head"))?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).ok_or_else(|| cut("bad status line"))?;
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
    let rest = &raw[split + 4..];
    let get = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let body = if get("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        let mut body = Vec::new();
        let mut at = 0;
        loop {
            let end = rest[at..].windows(2).position(|w| w == b"\r\n").ok_or_else(|| cut("chunk size"))? + at;
            let size = usize::from_str_radix(String::from_utf8_lossy(&rest[at..end]).split(';').next().unwrap_or("").trim(), 16)
                .map_err(|_| cut("chunk size"))?;
            if size == 0 {
                break body;
            }
            let data = end + 2;
            if rest.len() < data + size {
                return Err(cut("short chunk"));
            }
            body.extend_from_slice(&rest[data..data + size]);
            at = data + size + 2;
        }
    } else {
        if let Some(len) = get("content-length").and_then(|l| l.parse::<usize>().ok()) {
            if rest.len() < len {
                return Err(cut("short body"));
            }
        }
        rest.to_vec()
    };
    Ok(Res { status, headers, body })
}

pub async fn call(port: u16, method: &str, path: &str, auth: Option<&str>, body: Option<Value>) -> Value {
    let bearer = auth.map(|t| format!("Bearer {t}"));
    let headers: Vec<(&str, &str)> = bearer.iter().map(|b| ("Authorization", b.as_str())).collect();
    let bytes = body.map(|b| serde_json::to_vec(&b).unwrap());
    let res = http(port, method, path, &headers, bytes.as_deref(), "application/json").await.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
    assert!(res.status < 300, "{method} {path}: {} {}", res.status, String::from_utf8_lossy(&res.body));
    res.json()
}

/// The server process; SIGKILLed when dropped (a failed test leaves nothing running).
pub struct Server {
    child: Child,
}

impl Server {
    /// `serve --demo` on `url` at `port`, its output in `dir/server-{n}.log`.
    pub fn spawn(dir: &Path, url: &str, port: u16, n: u32) -> Server {
        Server::spawn_with(dir, url, port, n, &["--demo"], &[])
    }

    /// `serve` with `extra` arguments and environment.
    pub fn spawn_with(dir: &Path, url: &str, port: u16, n: u32, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let log = std::fs::File::create(dir.join(format!("server-{n}.log"))).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_vitrine-server"))
            .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--database-url", url])
            .args(extra)
            .envs(env.iter().copied())
            .env("VITRINE_LOG", "warn")
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("server binary starts");
        Server { child }
    }

    pub async fn healthy(&mut self, port: u16) -> Duration {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            assert!(self.child.try_wait().unwrap().is_none(), "the server exited");
            if let Ok(res) = http(port, "GET", "/api/v1/health", &[], None, "").await {
                if res.status == 200 {
                    return start.elapsed();
                }
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the server did not become healthy on port {port}");
    }

    /// SIGKILL: no shutdown hook, no flush, nothing finishes.
    /// The process id (the job lease's holder names start with it).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

