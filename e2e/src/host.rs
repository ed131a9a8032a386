//! A second origin for embed journeys: a tiny HTTP server on another port
//! that serves a host site's pages (fixed bodies, optional headers such as a
//! `Content-Security-Policy`), as a site owner's own server would.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One page of the host site.
pub struct HostPage {
    pub path: String,
    pub content_type: &'static str,
    pub body: String,
    /// Extra response headers, e.g. `("Content-Security-Policy", "...")`.
    pub headers: Vec<(String, String)>,
}

impl HostPage {
    pub fn html(path: &str, body: impl Into<String>) -> HostPage {
        HostPage { path: path.into(), content_type: "text/html; charset=utf-8", body: body.into(), headers: Vec::new() }
    }

    pub fn css(path: &str, body: impl Into<String>) -> HostPage {
        HostPage { path: path.into(), content_type: "text/css; charset=utf-8", body: body.into(), headers: Vec::new() }
    }

    pub fn with_header(mut self, name: &str, value: &str) -> HostPage {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// The running host site; stops when dropped.
pub struct HostSite {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    task: tokio::task::JoinHandle<()>,
}

impl HostSite {
    pub async fn start(pages: Vec<HostPage>) -> HostSite {
        Self::start_on(0, pages).await
    }

    /// Starts on `port` (0: any free port), for a shop that must know the site's origin first.
    pub async fn start_on(port: u16, pages: Vec<HostPage>) -> HostSite {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let pages: Arc<HashMap<String, HostPage>> = Arc::new(pages.into_iter().map(|p| (p.path.clone(), p)).collect());
        let task = tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let pages = pages.clone();
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 16 * 1024];
                    let mut len = 0;
                    while len < buf.len() {
                        match socket.read(&mut buf[len..]).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => len += n,
                        }
                        if buf[..len].windows(4).any(|w| w == b"\r\n\r\n") {
                            break;
                        }
                    }
                    let head = String::from_utf8_lossy(&buf[..len]);
                    let target = head.split_whitespace().nth(1).unwrap_or("/");
                    let path = target.split('?').next().unwrap_or("/");
                    let response = match pages.get(path) {
                        Some(p) => {
                            let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n", p.content_type, p.body.len());
                            for (k, v) in &p.headers {
                                r.push_str(&format!("{k}: {v}\r\n"));
                            }
                            r.push_str("\r\n");
                            r.push_str(&p.body);
                            r
                        }
                        None => "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found".to_string(),
                    };
                    let _ = socket.write_all(response.as_bytes()).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        HostSite { base, task }
    }
}

impl Drop for HostSite {
    fn drop(&mut self) {
        self.task.abort();
    }
}
