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
    /// Admin keys for the operator's API: create (printed once), list, revoke.
    AdminKey {
        #[command(subcommand)]
        action: AdminKeyAction,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Orders: list by status, ship, mark delivered.
    Orders {
        #[command(subcommand)]
        action: OrdersAction,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Returns: list by status, approve, receive, refund.
    Returns {
        #[command(subcommand)]
        action: ReturnsAction,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Print the secrets that carrier webhooks are signed with (AfterShip's and ours).
    CarrierSecrets {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Store credit: issue a code (a goodwill gesture, a gift), or show one's balance and ledger.
    StoreCredit {
        #[command(subcommand)]
        action: StoreCreditAction,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Place synthetic test orders through a running shop's public API (card,
    /// card with the bank's challenge, a manual method), check confirmation,
    /// tracking and a return, and delete them again; exit 1 with a report of
    /// the failing step. Schedule it weekly (see README, "Weekly test order").
    TestOrder {
        /// The shop's HTTP address, e.g. http://127.0.0.1:8080.
        #[arg(long)]
        base_url: String,
        /// Keep the test orders (marked as test, left out of metrics) instead of deleting them.
        #[arg(long)]
        keep: bool,
        /// An admin key (vitrine-server admin-key create --name test-order).
        #[arg(long, env = "VITRINE_ADMIN_KEY", hide_env_values = true)]
        admin_key: String,
        /// Where the test orders' emails are addressed.
        #[arg(long, default_value = "test-order@example.com")]
        email: String,
        /// Ship to this country (US, DE, GB, FR, NL or CA); default: the first of those the shop ships to.
        #[arg(long)]
        country: Option<String>,
    },
    /// Write a past into a shop: delivered orders with parcels, returns, canceled
    /// orders and abandoned carts (what `--demo` seeds at first start; for
    /// timing the operator's reports on large histories).
    DemoHistory {
        /// Days back from today.
        #[arg(long, default_value_t = 120)]
        days: i64,
        /// Average orders a day (weekends x1.5).
        #[arg(long, default_value_t = 5.0)]
        orders_per_day: f64,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand)]
enum StoreCreditAction {
    /// Issue a new code with a balance, in the shop's currency; prints the code.
    Issue {
        #[arg(long)]
        email: String,
        /// In the shop's currency, e.g. 20.00.
        #[arg(long)]
        amount: rust_decimal::Decimal,
        /// Why, for the ledger.
        #[arg(long, default_value = "issued")]
        reason: String,
    },
    /// A code's balance and every movement.
    Show { code: String },
}

#[derive(Subcommand)]
enum AdminKeyAction {
    /// Make a key; it is printed once and stored only as a hash.
    Create {
        #[arg(long)]
        name: String,
    },
    /// List keys (never their secrets).
    List,
    /// Revoke a key by id or name.
    Revoke { key: String },
}

#[derive(Subcommand)]
enum OrdersAction {
    /// Orders, newest first.
    List {
        #[arg(long)]
        status: Option<String>,
    },
    /// Ship lines of an order (all that is left without --line).
    Ship {
        number: String,
        #[arg(long)]
        carrier: String,
        #[arg(long)]
        tracking: String,
        #[arg(long)]
        tracking_url: Option<String>,
        #[arg(long)]
        service: Option<String>,
        /// LINE_ID:QUANTITY, repeatable.
        #[arg(long = "line", value_parser = parse_line)]
        lines: Vec<vitrine_core::lifecycle::ShipmentLine>,
    },
    /// Mark every parcel of the order delivered.
    Deliver { number: String },
}

#[derive(Subcommand)]
enum ReturnsAction {
    /// Returns, newest first.
    List {
        #[arg(long)]
        status: Option<String>,
    },
    /// Approve a requested return (its label becomes available).
    Approve { rma: String },
    /// Receive and inspect the parcel (everything asked for, as new, without --line).
    Receive {
        rma: String,
        /// RETURN_LINE_ID:QUANTITY[:CONDITION], repeatable.
        #[arg(long = "line")]
        lines: Vec<String>,
    },
    /// Refund an inspected return's refund lines (all that is due without --amount).
    Refund {
        rma: String,
        /// Part of what is due, e.g. 12.50.
        #[arg(long)]
        amount: Option<rust_decimal::Decimal>,
        /// The refund's idempotency key: run again with the same key, it refunds once.
        #[arg(long)]
        key: Option<String>,
        #[arg(long)]
        include_shipping: bool,
    },
}

fn parse_receive_line(s: &str) -> Result<vitrine_server::returns::admin::ReceiveLine, String> {
    let mut parts = s.splitn(3, ':');
    let id = parts.next().unwrap_or("");
    let qty = parts.next().ok_or("use RETURN_LINE_ID:QUANTITY[:CONDITION], e.g. 7:1:as new")?;
    Ok(vitrine_server::returns::admin::ReceiveLine {
        line_id: id.trim().parse().map_err(|_| format!("{id:?} is not a line id"))?,
        quantity: qty.trim().parse().map_err(|_| format!("{qty:?} is not a quantity"))?,
        condition: parts.next().map(str::to_string),
        restock: None,
    })
}

fn parse_line(s: &str) -> Result<vitrine_core::lifecycle::ShipmentLine, String> {
    let (id, qty) = s.split_once(':').ok_or("use LINE_ID:QUANTITY, e.g. 12:1")?;
    Ok(vitrine_core::lifecycle::ShipmentLine {
        line_id: id.trim().parse().map_err(|_| format!("{id:?} is not a line id"))?,
        quantity: qty.trim().parse().map_err(|_| format!("{qty:?} is not a quantity"))?,
    })
}

#[derive(Args)]
struct DbArgs {
    /// sqlite://FILE (created when missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/vitrine.sqlite", global = true)]
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
    /// Where operator alerts (stock out, returns spiking, late shipments, card declines) are emailed.
    #[arg(long, env = "VITRINE_ALERTS_EMAIL", default_value = "ops@example.com")]
    alerts_email: String,
    /// The SMTP relay (HOST:PORT, no TLS: the machine's own MTA or a sidecar that authenticates onwards) the shop's emails leave through; unset, they wait in the outbox (the demo delivers them to /dev/mailbox).
    #[arg(long, env = "VITRINE_SMTP_RELAY")]
    smtp_relay: Option<String>,
    /// The address the shop's emails come from.
    #[arg(long, env = "VITRINE_MAIL_FROM", default_value = "orders@example.com")]
    mail_from: String,
    /// Minutes a cart with items and an email stays idle before its one reminder (0: at the next run of the job, every 30 s).
    #[arg(long, env = "VITRINE_CART_RECOVERY_AFTER_MINUTES", default_value_t = 240)]
    cart_recovery_after_minutes: i64,
    /// Days after an order's last parcel was delivered that the shopper gets one "how is it?" email (0: at once).
    #[arg(long, env = "VITRINE_FOLLOW_UP_AFTER_DAYS", default_value_t = 7)]
    follow_up_after_days: i64,
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
        Command::AdminKey { action, db } => admin_key(action, &db.database_url).await,
        Command::Orders { action, db } => orders(action, &db.database_url).await,
        Command::Returns { action, db } => returns_cli(action, &db.database_url).await,
        Command::CarrierSecrets { db } => carrier_secrets(&db.database_url).await,
        Command::StoreCredit { action, db } => store_credit_cli(action, &db.database_url).await,
        Command::DemoHistory { days, orders_per_day, seed, db } => demo_history(days, orders_per_day, seed, &db.database_url).await,
        Command::TestOrder { base_url, keep, admin_key, email, country } => {
            let opts = vitrine_server::test_order::Options { base_url: base_url.clone(), admin_key, keep, email, country };
            let report = vitrine_server::test_order::run(&opts).await;
            print!("{}", report.render(&base_url));
            return if report.passed() { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE };
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

/// An API error as CLI text: the message, then each field's problems.
fn cli_error(e: vitrine_server::error::ApiError) -> AnyError {
    let body = e.body();
    let mut msg = body.message.clone();
    for (field, problems) in &body.errors {
        for p in problems.iter().filter(|p| !body.message.contains(p.as_str())) {
            msg.push_str(&format!("\n  {field}: {p}"));
        }
    }
    msg.into()
}

async fn carrier_secrets(url: &str) -> Result<(), AnyError> {
    let db = connect(url, 2).await?;
    let secrets = vitrine_server::settings::carrier_secrets(&db).await?;
    println!("AfterShip webhook secret (aftership-hmac-sha256): {}", secrets.aftership);
    println!("Carrier webhook secret (Vitrine-Signature):       {}", secrets.carrier);
    Ok(())
}

async fn store_credit_cli(action: StoreCreditAction, url: &str) -> Result<(), AnyError> {
    use vitrine_server::store_credit;
    let db = connect(url, 2).await?;
    let currency = vitrine_server::settings::currency(&db, Currency::Usd).await?;
    match action {
        StoreCreditAction::Issue { email, amount, reason } => {
            let minor = vitrine_core::Money::new(amount, currency).to_minor().ok_or("the amount has more decimals than the currency")?;
            let code = store_credit::issue(&db, email.trim(), currency, minor, &reason).await.map_err(cli_error)?;
            println!("{code}");
        }
        StoreCreditAction::Show { code } => {
            let Some((currency, balance, moves)) = store_credit::statement(&db, &code).await.map_err(cli_error)? else {
                return Err("no such store credit code".into());
            };
            let c = Currency::from_code(&currency).unwrap_or(Currency::Usd);
            println!("{}  balance {}", store_credit::normalize(&code), vitrine_core::Money::from_minor(balance, c).amount);
            for (delta, reason, order, at) in moves {
                let order = order.map(|o| format!(" (order #{o})")).unwrap_or_default();
                println!("  {at}  {:>+10}  {reason}{order}", vitrine_core::Money::from_minor(delta, c).amount);
            }
        }
    }
    Ok(())
}

async fn demo_history(days: i64, orders_per_day: f64, seed: u64, url: &str) -> Result<(), AnyError> {
    use vitrine_server::demo::history::{self, HistoryPlan};
    let db = connect(url, 2).await?;
    let currency = vitrine_server::settings::currency(&db, Currency::Usd).await?;
    let snapshot = vitrine_server::catalog::snapshot::CatalogSnapshot::load(&db, currency).await?;
    let started = std::time::Instant::now();
    let plan = HistoryPlan { days, orders_per_day, until: vitrine_server::db::now(), seed };
    let c = history::seed(&db, &snapshot, currency, plan).await?;
    println!(
        "wrote {} orders ({} canceled), {} returns and {} abandoned carts over {days} days in {:.1} s",
        c.orders,
        c.canceled,
        c.returns,
        c.abandoned_carts,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn admin_key(action: AdminKeyAction, url: &str) -> Result<(), AnyError> {
    use vitrine_server::admin::keys;
    let db = connect(url, 2).await?;
    match action {
        AdminKeyAction::Create { name } => {
            let (info, secret) = keys::create(&db, &name).await.map_err(cli_error)?;
            println!("{secret}");
            eprintln!("admin key {} ({}) created. It is shown only now: store it safely.", info.id, info.name);
        }
        AdminKeyAction::List => {
            let list = keys::list(&db).await.map_err(cli_error)?;
            if list.is_empty() {
                println!("no admin keys; make one with: vitrine-server admin-key create --name NAME");
            }
            for k in list {
                let state = match k.revoked_at {
                    Some(_) => "revoked".to_string(),
                    None => k.last_used_at.map(|t| format!("last used {}", vitrine_server::dates::iso_date(t))).unwrap_or_else(|| "never used".into()),
                };
                println!("{:>4}  {:<24}  {}…  created {}  {state}", k.id, k.name, k.prefix, vitrine_server::dates::iso_date(k.created_at));
            }
        }
        AdminKeyAction::Revoke { key } => {
            if keys::revoke(&db, &key).await.map_err(cli_error)? {
                println!("revoked {key}");
            } else {
                return Err(format!("no live admin key with id or name {key:?}").into());
            }
        }
    }
    Ok(())
}

async fn orders(action: OrdersAction, url: &str) -> Result<(), AnyError> {
    use vitrine_server::{admin, tracking};
    let db = connect(url, 2).await?;
    let state = AppState::new(db, ShopConfig::default()).await?;
    match action {
        OrdersAction::List { status } => {
            for o in admin::orders::list(&state, status.as_deref()).await.map_err(cli_error)? {
                println!(
                    "{}  {:<18}  {:>3} items  {:>12}  {}  {}",
                    o.number,
                    o.status.as_str(),
                    o.items,
                    o.total.format(state.locale()),
                    vitrine_server::dates::iso_date(o.placed_at),
                    o.email
                );
            }
        }
        OrdersAction::Ship { number, carrier, tracking, tracking_url, service, lines } => {
            let req = tracking::shipments::CreateShipment { lines, carrier, tracking_number: tracking, tracking_url, service };
            let parcel = tracking::shipments::create(&state, &number, &req).await.map_err(cli_error)?;
            let items: Vec<String> = parcel.lines.iter().map(|l| format!("{}:{}", l.line_id, l.quantity)).collect();
            println!("shipment {} for {number}: {} {} (lines {})", parcel.id, parcel.carrier, parcel.tracking_number, items.join(" "));
        }
        OrdersAction::Deliver { number } => {
            let n = tracking::shipments::deliver_all(&state, &number).await.map_err(cli_error)?;
            println!("{number}: {n} parcel(s) marked delivered");
        }
    }
    Ok(())
}

async fn returns_cli(action: ReturnsAction, url: &str) -> Result<(), AnyError> {
    use vitrine_server::returns::admin;
    let db = connect(url, 2).await?;
    let state = AppState::new(db, ShopConfig::default()).await?;
    let show = |v: &vitrine_core::returns::ReturnView| {
        let lines: Vec<String> = v.lines.iter().map(|l| format!("{}:{}×{} ({}, {})", l.id, l.quantity, l.product_title, l.reason, l.resolution.as_str())).collect();
        println!("{}  {}  order {}  lines {}", v.rma, v.status.as_str(), v.order_number, lines.join("; "));
    };
    match action {
        ReturnsAction::List { status } => {
            for r in admin::list(&state, status.as_deref()).await.map_err(cli_error)? {
                let photos = if r.photos_needed { "  waiting for photos" } else { "" };
                println!(
                    "{}  {:<10}  {}  {:>2} items  {}  {}{photos}",
                    r.rma,
                    r.status.as_str(),
                    r.order_number,
                    r.items,
                    vitrine_server::dates::iso_date(r.requested_at),
                    r.email
                );
            }
        }
        ReturnsAction::Approve { rma } => show(&admin::approve(&state, &rma).await.map_err(cli_error)?),
        ReturnsAction::Receive { rma, lines } => {
            let lines = lines.iter().map(|l| parse_receive_line(l)).collect::<Result<Vec<_>, _>>()?;
            show(&admin::receive(&state, &rma, &admin::ReceiveReturn { lines }).await.map_err(cli_error)?);
        }
        ReturnsAction::Refund { rma, amount, key, include_shipping } => {
            let key = key.unwrap_or_else(|| format!("cli-{}", vitrine_server::secrets::random_hex(8)));
            let req = admin::RefundReturn { amount, include_shipping, complete: false };
            let v = admin::refund(&state, &rma, &key, &req).await.map_err(cli_error)?;
            show(&v);
            let paid: Vec<String> = v.money.iter().map(|m| format!("{} {} {}", m.kind, m.amount.format(state.locale()), m.status)).collect();
            println!("money: {}  (idempotency key {key})", paid.join(", "));
        }
    }
    Ok(())
}

/// The lease the background jobs (payments, delays, alerts, demo carrier) run under.
const JOBS_LEASE: &str = "background-jobs";

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
        alerts_email: args.alerts_email,
        smtp_relay: args.smtp_relay.filter(|r| !r.is_empty()),
        mail_from: args.mail_from,
        cart_recovery_after_secs: args.cart_recovery_after_minutes.max(0) * 60,
        follow_up_after_secs: args.follow_up_after_days.max(0) * 86_400,
    };
    let state = AppState::new(db, config).await?;
    if state.config.demo {
        vitrine_server::demo::orders::seed_if_empty(&state).await;
    }
    let listener = tokio::net::TcpListener::bind(args.addr).await.map_err(|e| format!("cannot listen on {}: {e}", args.addr))?;
    let local = listener.local_addr()?;
    // The sandbox provider posts its webhooks to this server over loopback.
    let hook_host = if local.ip().is_unspecified() { "127.0.0.1".to_string() } else { local.ip().to_string() };
    let _ = state.webhook_url.set(format!("http://{hook_host}:{}/api/v1/webhooks/psp", local.port()));
    let worker = state.clone();
    // Background jobs run on one instance at a time (vitrine_server::jobs): this one's name for its lease.
    let me = format!("{}-{}", std::process::id(), vitrine_server::secrets::random_hex(4));
    let holder = me.clone();
    tokio::spawn(async move {
        // First tick at once: settle what a crash left waiting, then every 15 ticks (30 s).
        // VITRINE_JOB_TICK_MS shortens the tick for tests; the lease lasts 10 ticks (20 s).
        let tick_ms: u64 = std::env::var("VITRINE_JOB_TICK_MS").ok().and_then(|v| v.parse().ok()).filter(|v| *v >= 50).unwrap_or(2000);
        let lease_secs = i64::try_from(tick_ms * 10 / 1000).unwrap_or(20).max(2);
        let mut tick = tokio::time::interval(Duration::from_millis(tick_ms));
        let mut n: u64 = 0;
        loop {
            tick.tick().await;
            // Every instance keeps its own catalog cache fresh.
            if let Err(e) = worker.catalog.refresh().await {
                tracing::warn!(error = %e, "catalog refresh failed");
            }
            n += 1;
            match vitrine_server::jobs::lease(&worker.db, JOBS_LEASE, &holder, vitrine_server::db::now(), lease_secs).await {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    tracing::warn!(error = ?e, "job lease unavailable");
                    continue;
                }
            }
            if (n - 1).is_multiple_of(15) {
                match vitrine_server::orders::reconcile_payments(&worker).await {
                    Ok(r) if r == Default::default() => {}
                    Ok(r) => tracing::info!(paid = r.paid, canceled = r.canceled, "settled card orders with the payment provider"),
                    Err(e) => tracing::warn!(error = ?e, "payment reconciliation failed"),
                }
                match vitrine_server::tracking::shipments::notify_delays(&worker).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(parcels = n, "told shoppers about late parcels"),
                    Err(e) => tracing::warn!(error = ?e, "delay check failed"),
                }
                match vitrine_server::carts::recovery::send_due(&worker, vitrine_server::db::now(), worker.config.cart_recovery_after_secs).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(carts = n, "reminded shoppers of their saved carts"),
                    Err(e) => tracing::warn!(error = ?e, "cart recovery failed"),
                }
                match vitrine_server::orders::follow_up::send_due(&worker, vitrine_server::db::now(), worker.config.follow_up_after_secs).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(orders = n, "asked shoppers how their delivered orders went"),
                    Err(e) => tracing::warn!(error = ?e, "follow-ups failed"),
                }
                match vitrine_server::catalog::restock::send_due(&worker, vitrine_server::db::now()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(notices = n, "told shoppers their variant is back"),
                    Err(e) => tracing::warn!(error = ?e, "restock notices failed"),
                }
                match vitrine_server::admin::alerts::check(&worker, vitrine_server::db::now()).await {
                    Ok(c) if c == Default::default() => {}
                    Ok(c) => tracing::info!(raised = c.raised, cleared = c.cleared, "checked the alert rules"),
                    Err(e) => tracing::warn!(error = ?e, "alert check failed"),
                }
            }
            // Every tick: the outbox's messages leave within seconds of their cause.
            match vitrine_server::mail::send_due(&worker).await {
                Ok(0) => {}
                Ok(n) => tracing::debug!(messages = n, "sent the outbox's messages"),
                Err(e) => tracing::warn!(error = ?e, "mail relay failed; the messages wait in the outbox"),
            }
            if worker.config.demo && (n - 1).is_multiple_of(5) {
                if let Err(e) = vitrine_server::tracking::simulate::advance(&worker).await {
                    tracing::warn!(error = ?e, "demo carrier failed");
                }
            }
        }
    });
    tracing::info!(
        addr = %local,
        database = %redact(&args.db.database_url),
        products = state.catalog.get().products.len(),
        storefront = state.assets.is_some(),
        "Vitrine listening on http://{local}"
    );
    let lease_db = state.db.clone();
    let app = vitrine_server::app(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    // Another instance need not wait for the lease to expire.
    let _ = vitrine_server::jobs::release(&lease_db, JOBS_LEASE, &me).await;
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
