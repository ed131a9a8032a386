//! The SQLite and PostgreSQL migrations describe the same tables with the
//! same column names, so a column added to one dialect and forgotten in the
//! other fails here rather than in production.
//!
//! Both sides are live schemas when `VITRINE_TEST_POSTGRES_URL` is set (a
//! fresh SQLite file, a fresh Postgres schema, both migrated by `Db::connect`).
//! Without it, the Postgres side is read from `migrations/postgres/*.sql` by
//! a small parser (CREATE TABLE, ALTER TABLE ADD/DROP/RENAME, DROP TABLE)
//! that refuses statements it doesn't understand; the parser itself is
//! checked against the live SQLite schema (and the live Postgres one when
//! there is one).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::TestApp;
use vitrine_server::state::ShopConfig;

/// Table name to column names, all lowercase.
type Schema = BTreeMap<String, BTreeSet<String>>;

fn migrations_dir(dialect: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(dialect)
}

/// The versions of the migration files on disk (`0003_orders.sql` is 3).
fn file_versions(dialect: &str) -> BTreeSet<i64> {
    std::fs::read_dir(migrations_dir(dialect))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().to_string();
            let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
            name.ends_with(".sql").then(|| digits.parse().unwrap_or_else(|_| panic!("{dialect}/{name} has no version")))
        })
        .collect()
}

/// `sqlx::migrate!` embeds the migration files at compile time and cargo
/// doesn't notice a new file: a stale build would compare old schemas.
async fn assert_built_with_every_migration(app: &TestApp, dialect: &str) {
    let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations ORDER BY version")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let applied: BTreeSet<i64> = applied.into_iter().collect();
    assert_eq!(
        applied,
        file_versions(dialect),
        "the build applies migrations {applied:?} but migrations/{dialect} holds others: rebuild after adding \
         a migration (`touch crates/server/src/db.rs`), since sqlx::migrate! reads the folder at compile time"
    );
}

async fn sqlite_schema() -> Schema {
    let app = TestApp::sqlite(ShopConfig::default()).await;
    assert_built_with_every_migration(&app, "sqlite").await;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
         AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for table in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
            .bind(&table)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
        assert!(!columns.is_empty(), "{table} has no columns");
        schema.insert(table.to_lowercase(), columns.into_iter().map(|c| c.to_lowercase()).collect());
    }
    app.cleanup().await;
    schema
}

/// `None` without `VITRINE_TEST_POSTGRES_URL`.
async fn postgres_schema() -> Option<Schema> {
    let app = TestApp::postgres(ShopConfig::default()).await?;
    assert_built_with_every_migration(&app, "postgres").await;
    let pool = &app.state.db.pool;
    // The app's connections use its own schema as their search path.
    let own: String = sqlx::query_scalar("SELECT current_schema()::text").fetch_one(pool).await.unwrap();
    assert!(own.starts_with("vt_test_"), "connected to {own}, not a test schema");
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'",
    )
    .bind(&own)
    .fetch_all(pool)
    .await
    .unwrap();
    let mut schema: Schema = tables.into_iter().map(|t| (t.to_lowercase(), BTreeSet::new())).collect();
    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = $1 AND table_name <> '_sqlx_migrations'",
    )
    .bind(&own)
    .fetch_all(pool)
    .await
    .unwrap();
    for (table, column) in columns {
        if let Some(set) = schema.get_mut(&table.to_lowercase()) {
            set.insert(column.to_lowercase());
        }
    }
    app.cleanup().await;
    Some(schema)
}

/// Empty when equal; otherwise one line per difference.
fn diff(left_name: &str, left: &Schema, right_name: &str, right: &Schema) -> String {
    let mut out = Vec::new();
    for table in left.keys().filter(|t| !right.contains_key(*t)) {
        out.push(format!("table {table}: only in {left_name}"));
    }
    for table in right.keys().filter(|t| !left.contains_key(*t)) {
        out.push(format!("table {table}: only in {right_name}"));
    }
    for (table, l) in left {
        let Some(r) = right.get(table) else { continue };
        let only_left: Vec<&str> = l.difference(r).map(String::as_str).collect();
        let only_right: Vec<&str> = r.difference(l).map(String::as_str).collect();
        if !only_left.is_empty() {
            out.push(format!("table {table}: columns only in {left_name}: {}", only_left.join(", ")));
        }
        if !only_right.is_empty() {
            out.push(format!("table {table}: columns only in {right_name}: {}", only_right.join(", ")));
        }
    }
    out.join("\n")
}

fn assert_same(left_name: &str, left: &Schema, right_name: &str, right: &Schema) {
    let d = diff(left_name, left, right_name, right);
    assert!(d.is_empty(), "{left_name} and {right_name} differ:\n{d}");
}

// --- A static reading of migration files -----------------------------------

/// The statements of a SQL script, without comments; semicolons inside
/// quotes, quoted identifiers and dollar-quoted bodies don't split.
fn statements(sql: &str) -> Vec<String> {
    let chars: Vec<char> = sql.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '-' if next == Some('-') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                current.push(' ');
                continue;
            }
            '/' if next == Some('*') => {
                let end = (i + 2..chars.len().saturating_sub(1)).find(|&j| chars[j] == '*' && chars[j + 1] == '/').expect("unterminated /* comment");
                i = end + 2;
                current.push(' ');
                continue;
            }
            '\'' | '"' => {
                let end = (i + 1..chars.len()).find(|&j| chars[j] == c).expect("unterminated quote");
                current.extend(&chars[i..=end]);
                i = end + 1;
                continue;
            }
            '$' => {
                // $tag$ ... $tag$
                if let Some(close) = (i + 1..chars.len()).find(|&j| !(chars[j].is_alphanumeric() || chars[j] == '_')) {
                    if chars[close] == '$' {
                        let tag: String = chars[i..=close].iter().collect();
                        let rest: String = chars[close + 1..].iter().collect();
                        let end = rest.find(&tag).expect("unterminated dollar quote");
                        let body_len = rest[..end].chars().count() + tag.chars().count();
                        current.extend(&chars[i..close + 1 + body_len]);
                        i = close + 1 + body_len;
                        continue;
                    }
                }
                current.push(c);
            }
            ';' => {
                if !current.trim().is_empty() {
                    out.push(current.split_whitespace().collect::<Vec<_>>().join(" "));
                }
                current.clear();
            }
            _ => current.push(c),
        }
        i += 1;
    }
    if !current.trim().is_empty() {
        out.push(current.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    out
}

/// Splits at commas outside parentheses and quotes.
fn top_level_items(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut current = String::new();
    for c in s.chars() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => depth -= 1,
            (None, ',') if depth == 0 => {
                out.push(current.trim().to_string());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

fn ident(word: &str) -> String {
    word.trim_matches('"').to_lowercase()
}

/// Drops leading keywords (case-insensitively) when they are all there.
fn strip_words<'a>(words: &'a [&'a str], prefix: &[&str]) -> Option<&'a [&'a str]> {
    if words.len() >= prefix.len() && words.iter().zip(prefix).all(|(w, p)| w.eq_ignore_ascii_case(p)) {
        Some(&words[prefix.len()..])
    } else {
        None
    }
}

fn skip_optional<'a>(words: &'a [&'a str], optional: &[&str]) -> &'a [&'a str] {
    strip_words(words, optional).unwrap_or(words)
}

/// Table-level constraints, not columns.
const CONSTRAINT_WORDS: &[&str] = &["PRIMARY", "UNIQUE", "CHECK", "CONSTRAINT", "FOREIGN", "EXCLUDE", "LIKE"];

fn refuse(file: &str, stmt: &str, why: &str) -> ! {
    panic!("{file}: {why}; teach tests/migrations.rs this statement: {stmt}")
}

fn apply(schema: &mut Schema, stmt: &str, file: &str) {
    macro_rules! unsupported {
        ($why:expr) => {
            refuse(file, stmt, $why)
        };
    }
    let words: Vec<&str> = stmt.split_whitespace().collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    let first_two: Vec<&str> = upper.iter().take(2).map(String::as_str).collect();
    // CREATE [UNLOGGED | TEMP | TEMPORARY] TABLE [IF NOT EXISTS] name (...)
    let create_at = match upper.as_slice() {
        [c, t, ..] if c == "CREATE" && t == "TABLE" => Some(2),
        [c, m, t, ..] if c == "CREATE" && ["UNLOGGED", "TEMP", "TEMPORARY"].contains(&m.as_str()) && t == "TABLE" => Some(3),
        _ => None,
    };
    if let Some(at) = create_at {
        let rest = skip_optional(&words[at..], &["IF", "NOT", "EXISTS"]);
        let rest_text = rest.join(" ");
        let open = rest_text.find('(').unwrap_or_else(|| unsupported!("CREATE TABLE without a column list"));
        let close = rest_text.rfind(')').unwrap_or_else(|| unsupported!("unbalanced parentheses"));
        let name = rest_text[..open].trim();
        if name.is_empty() || name.contains(char::is_whitespace) {
            unsupported!("a CREATE TABLE this parser can't read");
        }
        let name = ident(name);
        if !rest_text[close + 1..].trim().is_empty() {
            unsupported!("options after the column list");
        }
        let mut columns = BTreeSet::new();
        for item in top_level_items(&rest_text[open + 1..close]) {
            let first = item.split_whitespace().next().unwrap_or_default();
            if CONSTRAINT_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w)) {
                continue;
            }
            assert!(columns.insert(ident(first)), "{file}: column {first} twice in {name}");
        }
        assert!(schema.insert(name.clone(), columns).is_none(), "{file}: table {name} created twice");
        return;
    }
    if first_two == ["DROP", "TABLE"] {
        let rest = skip_optional(&words[2..], &["IF", "EXISTS"]);
        for t in rest.join(" ").split(',') {
            let t = t.split_whitespace().next().unwrap_or_default();
            if !t.eq_ignore_ascii_case("CASCADE") && !t.eq_ignore_ascii_case("RESTRICT") {
                schema.remove(&ident(t));
            }
        }
        return;
    }
    if first_two == ["ALTER", "TABLE"] {
        let rest = skip_optional(&words[2..], &["IF", "EXISTS"]);
        let rest = skip_optional(rest, &["ONLY"]);
        let (name, actions) = rest.split_first().unwrap_or_else(|| unsupported!("no table"));
        let mut name = ident(name);
        if !schema.contains_key(&name) {
            unsupported!("ALTER TABLE of a table not created before");
        }
        for action in top_level_items(&actions.join(" ")) {
            let a: Vec<&str> = action.split_whitespace().collect();
            let columns = schema.get_mut(&name).unwrap();
            if let Some(after) = strip_words(&a, &["ADD"]) {
                if after.first().is_some_and(|w| CONSTRAINT_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c))) {
                    continue;
                }
                let after = skip_optional(after, &["COLUMN"]);
                let after = skip_optional(after, &["IF", "NOT", "EXISTS"]);
                let column = after.first().unwrap_or_else(|| unsupported!("ADD without a column"));
                columns.insert(ident(column));
            } else if let Some(after) = strip_words(&a, &["DROP", "CONSTRAINT"]) {
                let _ = after;
            } else if let Some(after) = strip_words(&a, &["DROP"]) {
                let after = skip_optional(after, &["COLUMN"]);
                let after = skip_optional(after, &["IF", "EXISTS"]);
                let column = after.first().unwrap_or_else(|| unsupported!("DROP without a column"));
                columns.remove(&ident(column));
            } else if let Some([new]) = strip_words(&a, &["RENAME", "TO"]) {
                let cols = schema.remove(&name).unwrap();
                name = ident(new);
                schema.insert(name.clone(), cols);
            } else if let Some(after) = strip_words(&a, &["RENAME"]) {
                let after = skip_optional(after, &["COLUMN"]);
                match after {
                    [old, to, new] if to.eq_ignore_ascii_case("TO") => {
                        if !columns.remove(&ident(old)) {
                            unsupported!("RENAME of an unknown column");
                        }
                        columns.insert(ident(new));
                    }
                    _ => unsupported!("an unknown RENAME"),
                }
            } else if strip_words(&a, &["ALTER"]).is_some() {
                // Type, default or nullability: the column names stay.
            } else {
                unsupported!("an unknown ALTER TABLE action");
            }
        }
        return;
    }
    if upper.iter().any(|w| w == "TABLE") && !first_two.iter().any(|w| ["INSERT", "UPDATE", "DELETE", "COMMENT"].contains(w)) {
        unsupported!("a statement about a table that this parser can't read");
    }
    // CREATE INDEX, INSERT, ...: no tables or columns.
}

/// The tables and columns the migrations in `dir` leave, in file order.
fn parse_migrations(dir: &Path) -> Schema {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no migrations in {}", dir.display());
    let mut schema = Schema::new();
    for file in files {
        let sql = std::fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        for stmt in statements(&sql) {
            apply(&mut schema, &stmt, &name);
        }
    }
    schema
}

// --- Tests ------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_migrations_have_the_same_tables_and_columns() {
    let sqlite = sqlite_schema().await;
    assert!(sqlite.len() >= 10 && sqlite.contains_key("variants") && sqlite["orders"].contains("number"), "{sqlite:?}");
    match postgres_schema().await {
        Some(postgres) => assert_same("SQLite", &sqlite, "PostgreSQL", &postgres),
        None => {
            eprintln!("VITRINE_TEST_POSTGRES_URL is not set: comparing with the Postgres migration files as parsed");
            assert_same("SQLite", &sqlite, "migrations/postgres (parsed)", &parse_migrations(&migrations_dir("postgres")));
        }
    }
}

/// The parser the comparison falls back on reads what the databases build.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_migration_parser_agrees_with_the_databases() {
    let parsed = parse_migrations(&migrations_dir("sqlite"));
    assert_same("migrations/sqlite (parsed)", &parsed, "SQLite", &sqlite_schema().await);
    if let Some(postgres) = postgres_schema().await {
        assert_same("migrations/postgres (parsed)", &parse_migrations(&migrations_dir("postgres")), "PostgreSQL", &postgres);
    }
}

#[test]
fn the_parser_reads_the_statements_migrations_use() {
    let sql = "-- a comment; with a semicolon\n\
        CREATE TABLE a (id BIGINT PRIMARY KEY, note TEXT DEFAULT 'x;y', n BIGINT CHECK (n IN (1, 2)), \"Quoted\" TEXT, UNIQUE (note, n));\n\
        CREATE TABLE IF NOT EXISTS b (id INTEGER, CONSTRAINT b_pk PRIMARY KEY (id), FOREIGN KEY (id) REFERENCES a (id));\n\
        /* block; comment */ CREATE INDEX a_n ON a (n);\n\
        INSERT INTO a (id, note) VALUES (1, 'TABLE; x');\n\
        ALTER TABLE a ADD COLUMN extra TEXT, ADD later BIGINT, DROP COLUMN n, ALTER COLUMN note SET DEFAULT '';\n\
        ALTER TABLE b RENAME COLUMN id TO b_id;\n\
        ALTER TABLE b ADD CONSTRAINT b_u UNIQUE (b_id);\n\
        ALTER TABLE IF EXISTS b RENAME TO c;\n\
        CREATE TABLE gone (x TEXT); DROP TABLE IF EXISTS gone;\n\
        DO $$ BEGIN PERFORM 1; END $$;";
    let mut schema = Schema::new();
    for stmt in statements(sql) {
        apply(&mut schema, &stmt, "example.sql");
    }
    let set = |cols: &[&str]| cols.iter().map(|c| c.to_string()).collect::<BTreeSet<_>>();
    let expected: Schema = [("a".to_string(), set(&["id", "note", "quoted", "extra", "later"])), ("c".to_string(), set(&["b_id"]))].into();
    assert_eq!(schema, expected);
    let d = diff("one", &expected, "other", &[("a".to_string(), set(&["id"])), ("z".to_string(), set(&["q"]))].into());
    assert_eq!(
        d,
        "table c: only in one\ntable z: only in other\ntable a: columns only in one: extra, later, note, quoted"
    );
    let refused = std::panic::catch_unwind(|| apply(&mut Schema::new(), "CREATE TABLE t AS SELECT 1", "x.sql"));
    assert!(refused.is_err(), "statements it can't read are refused, not skipped");
}
