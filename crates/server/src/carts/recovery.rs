//! Cart recovery (issue 15, seed 004's "automated email flows for abandoned
//! carts"): a cart with items and an email (set by the checkout's contact
//! step), idle for the configured time and not ordered, gets one reminder
//! with a link that restores it in any browser, and an unsubscribe link;
//! an address that unsubscribed gets none. The job runs under the jobs
//! lease, and `recovery_sent_at` is set in the transaction that writes the
//! email, guarded so that two runs at once write one.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use vitrine_core::cart::{CreatedCart, RestoreCart};
use vitrine_core::ApiErrorBody;

use super::view::{self, CartRow, CART_COLUMNS};
use crate::db::Tx;
use crate::error::{ApiError, ApiJson, Result};
use crate::outbox::{self, esc, Message};
use crate::secrets;
use crate::state::AppState;

/// The secret part of a cart's restore link (`/cart?restore=ID.SIG`).
pub fn restore_signature(state: &AppState, cart_id: &str) -> String {
    secrets::hmac_hex(&state.link_secret, &[b"restore:", cart_id.as_bytes()])[..32].to_string()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    (s.len().is_multiple_of(2) && s.is_ascii()).then_some(())?;
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect()
}

fn unsubscribe_signature(state: &AppState, email: &str) -> String {
    secrets::hmac_hex(&state.link_secret, &[b"unsubscribe:", email.as_bytes()])[..32].to_string()
}

/// The token of an unsubscribe link for `email`: the address (hex) and its signature.
pub fn unsubscribe_token(state: &AppState, email: &str) -> String {
    format!("{}.{}", secrets::hex(email.as_bytes()), unsubscribe_signature(state, email))
}

/// The address an unsubscribe token was made for, if it is genuine.
pub fn unsubscribe_email(state: &AppState, token: &str) -> Option<String> {
    let (address, sig) = token.trim().split_once('.')?;
    let email = String::from_utf8(unhex(address)?).ok()?;
    secrets::same(sig, &unsubscribe_signature(state, &email)).then_some(email)
}

/// The link that unsubscribes `email`, absolute when the shop knows its origin.
pub fn unsubscribe_url(state: &AppState, email: &str) -> String {
    format!("{}/unsubscribe?token={}", state.config.public_url.trim_end_matches('/'), unsubscribe_token(state, email))
}

/// Whether `email` said "no more reminders".
pub async fn unsubscribed(tx: &mut Tx, email: &str) -> Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM unsubscribes WHERE email = $1").bind(email).fetch_one(&mut **tx).await?;
    Ok(n > 0)
}

/// Sends the reminders due at `at`: carts idle since before `at - idle_secs`.
pub async fn send_due(state: &AppState, at: i64, idle_secs: i64) -> Result<usize> {
    let due: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT c.id, c.email, c.locale FROM carts c WHERE c.email IS NOT NULL AND c.recovery_sent_at IS NULL AND c.status = 'open' AND c.is_test = 0 AND c.updated_at < $1 \
         AND EXISTS (SELECT 1 FROM cart_lines l WHERE l.cart_id = c.id) AND NOT EXISTS (SELECT 1 FROM unsubscribes u WHERE u.email = c.email) \
         ORDER BY c.updated_at LIMIT 200",
    )
    .bind(at - idle_secs)
    .fetch_all(&state.db.pool)
    .await?;
    let mut sent = 0;
    for (id, email, locale) in due {
        let mut tx = state.db.begin_write().await?;
        let claimed = sqlx::query(
            "UPDATE carts SET recovery_sent_at = $1 WHERE id = $2 AND email = $3 AND recovery_sent_at IS NULL AND status = 'open' AND updated_at < $4",
        )
        .bind(at)
        .bind(&id)
        .bind(&email)
        .bind(at - idle_secs)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() != 1 || unsubscribed(&mut tx, &email).await? {
            continue; // another run sent it, the cart moved on, or the address left
        }
        let lines: Vec<(String, i64)> = sqlx::query_as(
            "SELECT p.title, l.quantity FROM cart_lines l JOIN variants v ON v.id = l.variant_id JOIN products p ON p.id = v.product_id \
             WHERE l.cart_id = $1 ORDER BY l.position, l.id",
        )
        .bind(&id)
        .fetch_all(&mut *tx)
        .await?;
        let base = state.config.public_url.trim_end_matches('/');
        let restore = format!("{base}/cart?restore={id}.{}", restore_signature(state, &id));
        let leave = unsubscribe_url(state, &email);
        let items: Vec<String> = lines.iter().map(|(t, q)| if *q == 1 { t.clone() } else { format!("{t} × {q}") }).collect();
        let list: String = items.iter().map(|i| format!("<li>{}</li>", esc(i))).collect();
        let message = outbox::in_lang(crate::i18n::stored(&locale), || {
            let inner = format!(
                "<p style=\"margin:0 0 12px\">{}</p><ul style=\"margin:0 0 12px;padding-left:20px\">{list}</ul>\
                 <p style=\"margin:0;font-size:13px\">{}</p>",
                esc(&vitrine_core::t!("email-cart-intro-html")),
                vitrine_core::t!("email-cart-one-reminder-html", link = esc(&leave))
            );
            Message {
                kind: "cart_recovery",
                recipient: email.clone(),
                subject: vitrine_core::t!("email-cart-subject", shop = &state.config.shop_name),
                text: format!(
                    "{}\n{}\n\n{}\n\n{}\n",
                    vitrine_core::t!("email-cart-intro-text"),
                    items.iter().map(|i| format!("- {i}")).collect::<Vec<_>>().join("\n"),
                    vitrine_core::t!("email-cart-pick-up", link = &restore),
                    vitrine_core::t!("email-cart-one-reminder-text", link = &leave)
                ),
                html: outbox::html_email(state, &vitrine_core::t!("email-cart-heading"), &inner, Some((&vitrine_core::t!("email-cart-button"), &restore))),
                order_number: None,
                dedupe_key: format!("cart-recovery:{id}"),
            }
        });
        outbox::queue(&mut tx, &message).await?;
        tx.commit().await?;
        sent += 1;
    }
    Ok(sent)
}

/// Opens a saved cart from its reminder link in any browser: a new secret
/// for this browser (the cart's first browser keeps its own). 404 for a
/// wrong link and for a cart that was ordered.
#[utoipa::path(
    post,
    path = "/api/v1/carts/{id}/restore",
    tag = "carts",
    params(("id" = String, Path, description = "Cart id")),
    request_body = RestoreCart,
    responses((status = 200, description = "The cart and a token for this browser", body = CreatedCart), (status = 404, body = ApiErrorBody))
)]
pub async fn carts_restore(State(state): State<AppState>, Path(id): Path<String>, ApiJson(body): ApiJson<RestoreCart>) -> Result<Json<CreatedCart>> {
    let gone = || ApiError::missing("cart", vitrine_core::t!("server-restore-gone"));
    if !secrets::same(body.token.trim(), &restore_signature(&state, &id)) {
        return Err(gone());
    }
    let token = secrets::random_hex(32);
    let done = sqlx::query("UPDATE carts SET restore_hash = $1 WHERE id = $2 AND status = 'open'")
        .bind(secrets::hash(&token))
        .bind(&id)
        .execute(&state.db.pool)
        .await?;
    if done.rows_affected() != 1 {
        return Err(gone());
    }
    let row: CartRow = sqlx::query_as(&format!("SELECT {CART_COLUMNS} FROM carts WHERE id = $1")).bind(&id).fetch_one(&state.db.pool).await?;
    Ok(Json(CreatedCart { id, cart: view::build(&state, &row, None).await?, token }))
}

#[derive(Debug, Deserialize)]
pub struct UnsubscribeQuery {
    #[serde(default)]
    pub token: String,
}

/// `GET /unsubscribe?token=`: no more reminders (abandoned carts, restock
/// notices, follow-ups) to that address; order and delivery emails still go.
/// Opening the link twice is the same.
pub async fn unsubscribe_page(State(state): State<AppState>, Query(q): Query<UnsubscribeQuery>) -> Response {
    let page = |status: StatusCode, heading: &str, text: String| {
        let inner = format!("<p style=\"margin:0\">{text}</p>");
        let home = format!("{}/", state.config.public_url.trim_end_matches('/'));
        (status, [(axum::http::header::CACHE_CONTROL, "no-store")], Html(outbox::html_email(&state, heading, &inner, Some(("Back to the shop", &home))))).into_response()
    };
    let Some(email) = unsubscribe_email(&state, &q.token) else {
        return page(StatusCode::NOT_FOUND, "This link doesn't work", "Check that the whole link was copied from the email, or reply to it and we'll take you off the list.".into());
    };
    let stored = sqlx::query("INSERT INTO unsubscribes (email, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(&email)
        .bind(crate::db::now())
        .execute(&state.db.pool)
        .await;
    match stored {
        Ok(_) => page(StatusCode::OK, "You're unsubscribed", format!(
            "We won't send reminders to {} any more: no abandoned-cart emails, restock notices or follow-ups. Emails about your orders and deliveries still come.",
            esc(&email)
        )),
        Err(e) => ApiError::from(e).into_response(),
    }
}
