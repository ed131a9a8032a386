use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use tracing_subscriber::EnvFilter;
use vitrine_core::Currency;
use vitrine_server::db::{redact, Db, DbConfig};
use vitrine_server::state::{AppState, ShopConfig};

/// Vitrine's API server: the storefront API, the built storefront and the embed bundle.
#[derive(Parser)]
#[command(name = "vitrine-server", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (and the storefront, with --static-dir).
    Serve(ServeArgs),
    /// Import a catalog JSON file (categories and products; upserts by handle and SKU).
    Import(ImportArgs),
    /// Write the demo catalog's product images (SVG) into a folder.
    DemoImages {
        #[arg(long, default_value = "public")]
        out: PathBuf,
    },
    /// Print the OpenAPI document.
    Openapi,
}

#[derive(Args)]
struct DbArgs {
    /// sqlite://FILE (created when missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/vitrine.sqlite")]
    database_url: String,
}

#[derive(Args)]
struct ServeArgs {
    /// Seed the demo catalog when the catalog is empty.
    #[arg(long)]
    demo: bool,
    /// Products in the demo catalog (the curated set, then generated ones).
    #[arg(long, env = "VITRINE_DEMO_SIZE", default_value_t = vitrine_server::demo::CURATED_SIZE)]
    demo_size: usize,
    #[arg(long, env = "VITRINE_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    #[command(flatten)]
    db: DbArgs,
    /// The built storefront (Trunk's dist/) to serve beside the API.
    #[arg(long, env = "VITRINE_STATIC_DIR")]
    static_dir: Option<PathBuf>,
    /// Origins allowed to call the API from browsers (repeat, or comma-separate in the env var; `*` for any).
    #[arg(long = "cors-origin", env = "VITRINE_CORS_ORIGINS", value_delimiter = ',')]
    cors_origins: Vec<String>,
    /// ISO 4217 currency a NEW database prices in.
    #[arg(long, env = "VITRINE_CURRENCY", default_value = "USD", value_parser = parse_currency)]
    currency: Currency,
    #[arg(long, env = "VITRINE_SHOP_NAME", default_value = "Vitrine Supply Co.")]
    shop_name: String,
    /// BCP 47 locale the storefront formats with.
    #[arg(long, env = "VITRINE_LOCALE", default_value = "en-US")]
    locale: String,
    /// Public origin of the shop (e.g. https://shop.example.com), used in emails and payment pages.
    #[arg(long, env = "VITRINE_PUBLIC_URL", default_value = "")]
    public_url: String,
    /// Database connections in the pool.
    #[arg(long, env = "VITRINE_DB_CONNECTIONS", default_value_t = 16)]
    db_connections: u32,
}

#[derive(Args)]
struct ImportArgs {
    /// The catalog JSON file.
    file: PathBuf,
    #[command(flatten)]
    db: DbArgs,
    #[arg(long, env = "VITRINE_CURRENCY", default_value = "USD", value_parser = parse_currency)]
    currency: Currency,
}

fn parse_currency(s: &str) -> Result<Currency, String> {
    s.parse()
}

fn init_logging() {
    let filter = EnvFilter::try_from_env("VITRINE_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let json = std::env::var("VITRINE_LOG_FORMAT").is_ok_and(|v| v.eq_ignore_ascii_case("json"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_target(false);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    init_logging();
    let result = match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Import(args) => import(args).await,
        Command::DemoImages { out } => demo_images(&out),
        Command::Openapi => {
            println!("{}", vitrine_server::openapi().to_pretty_json().unwrap_or_default());
            Ok(())
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

type AnyError = Box<dyn std::error::Error>;

async fn connect(url: &str, max_connections: u32) -> Result<Db, AnyError> {
    let config = DbConfig { max_connections, ..DbConfig::new(url) };
    Db::connect(&config).await.map_err(|e| format!("cannot open {}: {e}", redact(url)).into())
}

async fn serve(args: ServeArgs) -> Result<(), AnyError> {
    let db = connect(&args.db.database_url, args.db_connections).await?;
    let config = ShopConfig {
        shop_name: args.shop_name,
        currency: args.currency,
        locale: args.locale,
        demo: args.demo,
        demo_size: args.demo_size,
        static_dir: args.static_dir,
        cors_origins: args.cors_origins,
        public_url: args.public_url,
    };
    let state = AppState::new(db, config).await?;
    let listener = tokio::net::TcpListener::bind(args.addr).await.map_err(|e| format!("cannot listen on {}: {e}", args.addr))?;
    let local = listener.local_addr()?;
    // The sandbox provider posts its webhooks to this server over loopback.
    let hook_host = if local.ip().is_unspecified() { "127.0.0.1".to_string() } else { local.ip().to_string() };
    let _ = state.webhook_url.set(format!("http://{hook_host}:{}/api/v1/webhooks/psp", local.port()));
    let worker = state.clone();
    tokio::spawn(async move {
        // First tick at once: settle what a crash left waiting, then every 30 s.
        let mut tick = tokio::time::interval(Duration::from_secs(2));
        let mut n: u64 = 0;
        loop {
            tick.tick().await;
            if let Err(e) = worker.catalog.refresh().await {
                tracing::warn!(error = %e, "catalog refresh failed");
            }
            if n.is_multiple_of(15) {
                match vitrine_server::orders::reconcile_payments(&worker).await {
                    Ok(r) if r == Default::default() => {}
                    Ok(r) => tracing::info!(paid = r.paid, canceled = r.canceled, "settled card orders with the payment provider"),
                    Err(e) => tracing::warn!(error = ?e, "payment reconciliation failed"),
                }
            }
            n += 1;
        }
    });
    tracing::info!(
        addr = %local,
        database = %redact(&args.db.database_url),
        products = state.catalog.get().products.len(),
        storefront = state.assets.is_some(),
        "Vitrine listening on http://{local}"
    );
    axum::serve(listener, vitrine_server::app(state)).with_graceful_shutdown(shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn import(args: ImportArgs) -> Result<(), AnyError> {
    let bytes = std::fs::read(&args.file).map_err(|e| format!("cannot read {}: {e}", args.file.display()))?;
    let doc: vitrine_server::catalog::import::CatalogImport = match vitrine_server::error::parse_json(&bytes) {
        Ok(doc) => doc,
        Err(e) => return Err(format!("{}: {e:?}", args.file.display()).into()),
    };
    let db = connect(&args.db.database_url, 2).await?;
    let state_currency = vitrine_server::settings::currency(&db, args.currency).await?;
    match vitrine_server::catalog::import::import(&db, state_currency, &doc).await {
        Ok(report) => {
            println!(
                "imported {} categories, {} new products, {} updated products, {} variants",
                report.categories, report.products_created, report.products_updated, report.variants
            );
            Ok(())
        }
        Err(vitrine_server::error::ApiError::Validation(body)) => {
            let mut msg = body.message.clone();
            for (field, problems) in &body.errors {
                for p in problems {
                    msg.push_str(&format!("\n  {field}: {p}"));
                }
            }
            Err(msg.into())
        }
        Err(e) => Err(format!("{e:?}").into()),
    }
}

fn demo_images(out: &std::path::Path) -> Result<(), AnyError> {
    let files = vitrine_server::demo::image_files();
    for (path, svg) in &files {
        let target = out.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&target, svg)?;
    }
    println!("wrote {} images under {}", files.len(), out.join(vitrine_server::demo::IMAGE_DIR).display());
    Ok(())
}
