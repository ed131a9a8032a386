//! What the embedded widgets cost a host page, in headless Chromium: the
//! demo page (`public/embed-demo.html`) served from a second origin, loaded
//! RUNS times in fresh tabs. Prints, per run and as the median: the time from
//! the embed script's start (`performance.mark("vitrine:script-start")`,
//! set by `embed/vitrine.js`) to the first widget painted (its title in its
//! shadow root, then one animation frame), from navigation start to the same
//! paint, and the main thread's long tasks (over 50 ms) while the page loads.
//! Not a test: it prints numbers. `./x bench --embed [RUNS]` (default 5).

use std::time::Duration;

use vitrine_e2e::host::{HostPage, HostSite};
use vitrine_e2e::Stack;

const PROBE: &str = r#"<script>
window.__perf = { longTasks: [], painted: null };
new PerformanceObserver((list) => { for (const e of list.getEntries()) __perf.longTasks.push(e.duration); }).observe({ type: "longtask", buffered: true });
(function poll() {
  const title = document.querySelector("vitrine-product")?.shadowRoot?.querySelector("[part=title]");
  if (title) requestAnimationFrame(() => { __perf.painted = performance.now(); });
  else requestAnimationFrame(poll);
})();
</script>"#;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let origin = format!("http://127.0.0.1:{port}");
    let s = Stack::start_with(&["--cors-origin", &origin]).await;
    let demo = include_str!("../../../public/embed-demo.html")
        .replace("src=\"/embed/vitrine.js\"", &format!("src=\"{}/embed/vitrine.js\"", s.base))
        .replace("<link rel=\"stylesheet\"", &format!("{PROBE}\n  <link rel=\"stylesheet\""));
    let site = HostSite::start_on(port, vec![HostPage::html("/", demo), HostPage::css("/embed-demo.css", include_str!("../../../public/embed-demo.css"))]).await;
    // One load to warm the server's caches (not the browser's: each run below is a new, empty profile's cache state).
    s.client.goto(&format!("{}/", site.base)).await.unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (mut from_script, mut from_nav, mut long_total, mut long_count) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    println!("run  script start -> first widget  navigation -> first widget  long tasks (count, total ms)");
    for run in 1..=runs {
        // A cold load: nothing of the embed in the HTTP cache.
        s.client.goto("about:blank").await.unwrap();
        s.client.execute("return 1", vec![]).await.ok();
        s.cdp("Network.clearBrowserCache", serde_json::json!({})).await;
        s.client.goto(&format!("{}/?run={run}", site.base)).await.unwrap();
        let result = s
            .until("the first widget painted", || async {
                let v = s
                    .client
                    .execute(
                        "const p = window.__perf; const m = performance.getEntriesByName('vitrine:script-start')[0]; if (!p || p.painted === null || !m) return null; return { script: p.painted - m.startTime, nav: p.painted, long: p.longTasks };",
                        vec![],
                    )
                    .await
                    .ok()?;
                (!v.is_null()).then_some(v)
            })
            .await;
        // Let the rest of the page settle, then read the long tasks again.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let long: Vec<f64> = s.client.execute("return window.__perf.longTasks;", vec![]).await.unwrap().as_array().unwrap().iter().filter_map(|v| v.as_f64()).collect();
        let (script, nav) = (result["script"].as_f64().unwrap(), result["nav"].as_f64().unwrap());
        let total: f64 = long.iter().sum::<f64>() + 0.0;
        println!("{run:>3}  {script:>27.0} ms  {nav:>26.0} ms  {:>5}, {total:>6.0} ms", long.len());
        from_script.push(script);
        from_nav.push(nav);
        long_total.push(total);
        long_count.push(long.len() as f64);
    }
    println!(
        "median  {:>24.0} ms  {:>26.0} ms  {:>5}, {:>6.0} ms",
        median(from_script),
        median(from_nav),
        median(long_count),
        median(long_total)
    );
    drop(site);
    s.stop().await;
}
