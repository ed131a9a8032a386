//! Harness for end-to-end journeys: starts the real `vitrine-server` binary
//! on a free port with a temp SQLite database seeded with the demo catalog,
//! serving the RELEASE storefront (`dist/`), plus chromedriver and a headless
//! Chromium session. Everything is torn down when the [`Stack`] drops.
//!
//! Paths come from `VITRINE_SERVER_BIN` and `VITRINE_DIST` (the task runner
//! sets both); they default to `target/debug/vitrine-server` and `dist/`.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub use fantoccini;

pub mod host;

pub struct Stack {
    /// `http://127.0.0.1:PORT` of the server.
    pub base: String,
    pub client: Client,
    /// The server's database (`sqlite://...`), for its CLI ([`Stack::cli`]).
    pub database_url: String,
    _server: Child,
    _driver: Child,
    _dir: tempfile::TempDir,
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Stack {
    pub async fn start() -> Stack {
        Self::start_with(&[]).await
    }

    /// Starts with extra `serve` arguments.
    pub async fn start_with(extra_args: &[&str]) -> Stack {
        let bin = std::env::var_os("VITRINE_SERVER_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("target/debug/vitrine-server"));
        let dist = std::env::var_os("VITRINE_DIST").map(PathBuf::from).unwrap_or_else(|| workspace().join("dist"));
        assert!(bin.exists(), "{} is missing: build it with `cargo build -p vitrine-server`", bin.display());
        assert!(
            dist.join("index.html").exists(),
            "{} has no index.html: build the release storefront with `trunk build --release`",
            dist.display()
        );
        let dir = tempfile::tempdir().unwrap();
        let db = format!("sqlite://{}", dir.path().join("e2e.sqlite").display());
        let mut server = Command::new(&bin)
            .args(["serve", "--demo", "--addr", "127.0.0.1:0", "--database-url", &db, "--static-dir"])
            .arg(&dist)
            .args(extra_args)
            .env("NO_COLOR", "1")
            .env("VITRINE_LOG", "warn,vitrine_server=info")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("server starts");
        let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
        let base = tokio::time::timeout(Duration::from_secs(60), async {
            while let Some(line) = lines.next_line().await.unwrap() {
                if let Some(i) = line.find("listening on http://") {
                    let url = line[i + "listening on ".len()..].split_whitespace().next().unwrap().to_string();
                    return url;
                }
            }
            panic!("server exited before listening");
        })
        .await
        .expect("server listens within 60 s");
        // Keep draining the server's output so it never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });

        let port = free_port();
        let driver = Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts (install chromium-driver)");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--no-first-run", "--window-size=1280,1000"]
            }),
        );
        let mut client = None;
        for _ in 0..100 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        let client = client.expect("a Chromium session through chromedriver");
        // Scripts (axe-core on a whole page) may take longer than chromedriver's default 30 s on a
        // busy 2-core machine: a script timeout there said "slow machine", not "inaccessible page".
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(Some(Duration::from_secs(120)), Some(Duration::from_secs(120)), Some(Duration::ZERO)))
            .await
            .expect("chromedriver takes the timeouts");
        Stack { base, client, database_url: db, _server: server, _driver: driver, _dir: dir }
    }

    /// Runs the operator's CLI (`vitrine-server ARGS`) on this stack's
    /// database, as a second process beside the running server; returns its
    /// standard output and panics when it fails.
    ///
    /// ```ignore
    /// let key = s.cli(&["admin-key", "create", "--name", "e2e"]).await;
    /// ```
    pub async fn cli(&self, args: &[&str]) -> String {
        let bin = std::env::var_os("VITRINE_SERVER_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("target/debug/vitrine-server"));
        let out = Command::new(&bin)
            .args(args)
            .args(["--database-url", &self.database_url])
            .env("NO_COLOR", "1")
            .output()
            .await
            .expect("the server's CLI runs");
        let stdout = String::from_utf8_lossy(&out.stdout).trim().to_string();
        assert!(out.status.success(), "vitrine-server {args:?} failed: {stdout} {}", String::from_utf8_lossy(&out.stderr));
        stdout
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn goto(&self, path: &str) {
        self.client.goto(&self.url(path)).await.unwrap();
        // The server draws a page's first screen (`<main aria-busy="true">`,
        // inert cards and toolbar); journeys act on the app, which replaces it.
        let mounted = "return !document.querySelector('main.vt-main[aria-busy=\"true\"]:not(#vt-main)');";
        self.until("the app to replace the server's first screen", || async {
            self.client.execute(mounted, vec![]).await.ok().and_then(|v| v.as_bool()).filter(|m| *m)
        })
        .await;
    }

    /// Waits (up to 15 s) for an element.
    pub async fn find(&self, locator: Locator<'_>) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(locator)
            .await
            .unwrap_or_else(|e| panic!("{locator:?} never appeared: {e}"))
    }

    /// Polls `probe` until it returns `Some`, up to 15 s.
    pub async fn until<T, F, Fut>(&self, what: &str, mut probe: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Option<T>>,
    {
        for _ in 0..150 {
            if let Some(v) = probe().await {
                return v;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("timed out waiting for {what}");
    }

    /// Waits until exactly `n` elements match `css` (lists that render after what the test waited for).
    pub async fn wait_count(&self, css: &str, n: usize) {
        self.until(&format!("{n} of {css}"), || async { (self.client.find_all(Locator::Css(css)).await.ok()?.len() == n).then_some(()) }).await;
    }

    /// Text of the first element matching `css`, or "" when there is none.
    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(e) => e.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Waits until the text of `css` satisfies `ok`, and returns it.
    pub async fn wait_text(&self, css: &str, ok: impl Fn(&str) -> bool) -> String {
        let mut last = String::new();
        for _ in 0..150 {
            last = self.text(css).await;
            if ok(&last) {
                return last;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never had the expected text; last was {last:?}");
    }

    /// GETs an API path from inside the page (same origin) and returns its JSON.
    pub async fn api(&self, path: &str) -> serde_json::Value {
        let script = "const [path, done] = arguments; fetch('/api/v1' + path).then(r => r.json()).then(done, e => done({error: String(e)}));";
        self.client.execute_async(script, vec![serde_json::json!(path)]).await.expect("fetch from the page")
    }

    /// Titles of the product cards in the listing grid, in order.
    pub async fn shown_titles(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Ok(cards) = self.client.find_all(Locator::Css(".vt-catalog__results .vt-card h2")).await {
            for c in cards {
                out.push(c.text().await.unwrap_or_default());
            }
        }
        out
    }

    /// Waits until the grid shows exactly what the API answers for the page's
    /// current URL query, and returns that answer.
    pub async fn listing_matches_api(&self) -> serde_json::Value {
        let mut last = (Vec::new(), Vec::new());
        for _ in 0..150 {
            let url = self.client.current_url().await.unwrap();
            let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
            let answer = self.api(&format!("/products{query}")).await;
            let expected: Vec<String> = answer["items"]
                .as_array()
                .map(|a| a.iter().map(|i| i["title"].as_str().unwrap_or("").to_string()).collect())
                .unwrap_or_default();
            let shown = self.shown_titles().await;
            let busy = self.client.find(Locator::Css(".vt-grid[aria-busy=true]")).await.is_ok();
            if !busy && shown == expected && !expected.is_empty() {
                return answer;
            }
            last = (shown, expected);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the grid never matched the API: shown {:?}, API {:?}", last.0, last.1);
    }

    /// Runs axe-core (WCAG 2.0, 2.1 and 2.2 A/AA rules and best practices) on the current page and returns
    /// its violations as "rule: target" lines (empty when there are none).
    pub async fn axe(&self) -> Vec<String> {
        let path = workspace().join("tools/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing: run scripts/setup.sh", path.display()));
        self.client.execute(&source, vec![]).await.expect("axe-core loads");
        let script = "const [done] = arguments; axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']})
            .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)))))";
        let out = self.client.execute_async(script, vec![]).await.expect("axe runs");
        serde_json::from_value(out).unwrap_or_default()
    }

    /// Runs [`Stack::axe`] once the page has settled (async content,
    /// transitions) and adds its violations to `failures`, named by `page`.
    pub async fn audit(&self, page: &str, failures: &mut Vec<String>) {
        tokio::time::sleep(Duration::from_millis(400)).await;
        for v in self.axe().await {
            failures.push(format!("{page}: {v}"));
        }
    }

    /// GETs an API path (under `/api/v1`) from inside the page with an admin key.
    pub async fn admin_get(&self, key: &str, path: &str) -> serde_json::Value {
        let script = "const [path, key, done] = arguments;
            fetch('/api/v1' + path, {headers: {'Authorization': 'Bearer ' + key}}).then(r => r.json()).then(done, e => done({error: String(e)}));";
        self.client.execute_async(script, vec![path.into(), key.into()]).await.expect("fetch from the page")
    }

    /// The demo shop's first approved return, through the admin API: its
    /// order's number and link, the order's "start a return" link, the
    /// return's own link and its label's.
    pub async fn demo_return_links(&self, key: &str) -> DemoReturn {
        let returns = self.admin_get(key, "/admin/returns?status=approved").await;
        let demo = &returns[0];
        let rma = demo["rma"].as_str().expect("the demo has a return").to_string();
        let order_number = demo["order_number"].as_str().unwrap().to_string();
        let order = self.admin_get(key, &format!("/admin/orders/{order_number}")).await;
        let order_url = order["order"]["status_url"].as_str().expect("the order's link").to_string();
        let (path, query) = order_url.split_once('?').unwrap();
        let view = self.admin_get(key, &format!("/admin/returns/{rma}")).await;
        DemoReturn {
            start_url: format!("{path}/return?{query}"),
            rma_url: view["status_url"].as_str().unwrap().to_string(),
            label_url: view["label_url"].as_str().unwrap().to_string(),
            order_number,
            order_url,
        }
    }

    pub async fn path_and_query(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// Saves a screenshot when `VITRINE_E2E_SCREENSHOTS` names a folder.
    pub async fn screenshot(&self, name: &str) {
        if let Some(dir) = std::env::var_os("VITRINE_E2E_SCREENSHOTS") {
            let png = self.client.screenshot().await.unwrap();
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), png).unwrap();
        }
    }

    /// Screenshots in light and dark, at desktop and phone width
    /// (`{name}-{desktop|phone}-{light|dark}.png`), when `VITRINE_E2E_SCREENSHOTS` names a folder.
    pub async fn screenshots(&self, name: &str) {
        if std::env::var_os("VITRINE_E2E_SCREENSHOTS").is_none() {
            return;
        }
        for (width, height, size) in [(1280, 1000, "desktop"), (390, 844, "phone")] {
            self.client.set_window_size(width, height).await.unwrap();
            for scheme in ["light", "dark"] {
                self.client.execute("document.documentElement.dataset.vtTheme = arguments[0];", vec![scheme.into()]).await.unwrap();
                // Colours change with a transition: let it finish.
                tokio::time::sleep(Duration::from_millis(600)).await;
                self.screenshot(&format!("{name}-{size}-{scheme}")).await;
            }
        }
        self.client.execute("delete document.documentElement.dataset.vtTheme;", vec![]).await.unwrap();
        self.client.set_window_size(1280, 1000).await.unwrap();
    }

    /// Runs one Chrome DevTools Protocol command in the page's browser
    /// (chromedriver's `goog/cdp/execute`), e.g. `Network.setBlockedURLs`.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) {
        self.client.issue_cmd(Cdp(serde_json::json!({ "cmd": cmd, "params": params }).to_string())).await.unwrap();
    }

    pub async fn stop(self) {
        let _ = self.client.close().await;
    }
}

/// A CDP command for chromedriver ([`Stack::cdp`]): its JSON body.
#[derive(Debug)]
struct Cdp(String);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.clone()))
    }
}

/// Links to a return of the demo shop ([`Stack::demo_return_links`]).
pub struct DemoReturn {
    pub order_number: String,
    pub order_url: String,
    pub start_url: String,
    pub rma_url: String,
    pub label_url: String,
}

/// XPath for a link or button whose visible text contains `text`.
pub fn control(text: &str) -> String {
    format!("//*[self::a or self::button][contains(normalize-space(.), '{text}')]")
}
