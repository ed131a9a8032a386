//! The outbox: every message the shop sends is written here inside the
//! transaction that caused it, so a message exists exactly when its cause
//! committed. The demo mailbox (`/dev/mailbox`) shows it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::db::{now, Tx};
use crate::error::{ApiError, Result};
use crate::orders::OrderRow;
use crate::state::AppState;

/// Writes the confirmation email to the outbox, inside the transaction that
/// confirmed the order (so the email shows exactly what is stored). Once per
/// order, however often it is called.
pub async fn queue_order_confirmation(state: &AppState, tx: &mut Tx, row: &OrderRow) -> Result<()> {
    let order = crate::orders::view_on(&mut **tx, state, row).await?;
    let locale = state.locale();
    let mut body = format!("Thank you for your order {} at {}.\n\n", order.number, state.config.shop_name);
    for l in &order.lines {
        body.push_str(&format!("  {} × {} ({}) — {}\n", l.quantity, l.product_title, l.variant_title, l.total.format(locale)));
    }
    body.push_str(&format!("\nTotal: {}\nShipping: {}\n", order.totals.total.format(locale), order.shipping_method));
    if let Some(i) = &order.payment.instructions {
        body.push_str(&format!("\n{i}\n"));
    }
    body.push_str(&format!("\nSee your order any time: {}{}\n", state.config.public_url, order.status_url));
    sqlx::query(
        "INSERT INTO outbox (kind, recipient, subject, body, order_number, created_at, dedupe_key) \
         VALUES ('order_confirmation', $1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(&order.email)
    .bind(format!("Your order {} is confirmed", order.number))
    .bind(body)
    .bind(&order.number)
    .bind(now())
    .bind(format!("order_confirmation:{}", order.number))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The demo mailbox: every message the shop would have sent.
pub async fn dev_mailbox(State(state): State<AppState>) -> Response {
    if !state.config.demo {
        return (StatusCode::NOT_FOUND, "The mailbox exists in demo mode only.").into_response();
    }
    let rows: Vec<(String, String, String, i64)> =
        match sqlx::query_as("SELECT recipient, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT 100").fetch_all(&state.db.pool).await {
            Ok(r) => r,
            Err(e) => return ApiError::from(e).into_response(),
        };
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let items: String = rows
        .iter()
        .map(|(to, subject, body, at)| {
            let (y, m, d) = crate::dates::civil_from_unix(*at);
            format!(
                "<article><h2>{}</h2><p class=\"meta\">To {} · {y:04}-{m:02}-{d:02}</p><pre>{}</pre></article>",
                esc(subject),
                esc(to),
                esc(body)
            )
        })
        .collect();
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Demo mailbox</title><style>body{{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1c1d21}}\
         article{{border:1px solid #e3e0d8;border-radius:12px;padding:1rem 1.25rem;margin:1rem 0}} h2{{font-size:1.1rem;margin:0}}\
         .meta{{color:#5a5e68;margin:.25rem 0 .75rem}} pre{{white-space:pre-wrap;font:inherit;margin:0}}</style></head>\
         <body><h1>Demo mailbox</h1><p>Messages the shop sent, newest first ({}).</p>{}</body></html>",
        rows.len(),
        if items.is_empty() { "<p>No messages yet.</p>".to_string() } else { items }
    ))
    .into_response()
}
