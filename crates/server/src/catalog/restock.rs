//! Restock notices (issue 15, seed 004's "restock alerts"): on a sold-out
//! variant's page a shopper asks to be emailed once when it is back; when
//! stock returns (an adjustment, a received return, a canceled order), the
//! job sends each waiting notice once, never to an address that
//! unsubscribed, and `sent_at` is set in the transaction that writes it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use vitrine_core::catalog::{RestockAnswer, RestockRequest};
use vitrine_core::ApiErrorBody;

use crate::carts::recovery::unsubscribe_url;
use crate::db::now;
use crate::error::{ApiError, ApiJson, Result};
use crate::outbox::{self, esc, Message};
use crate::state::AppState;

/// Ask for one email when a sold-out variant is back.
#[utoipa::path(
    post,
    path = "/api/v1/products/{handle}/restock-notices",
    tag = "catalog",
    params(("handle" = String, Path, description = "Product handle")),
    request_body = RestockRequest,
    responses(
        (status = 201, description = "Noted: one email when it is back", body = RestockAnswer),
        (status = 200, description = "Already noted for this address (nothing changes)", body = RestockAnswer),
        (status = 404, description = "No such product or variant", body = ApiErrorBody),
        (status = 409, description = "It is in stock now", body = ApiErrorBody),
        (status = 422, description = "Not an email address", body = ApiErrorBody),
    )
)]
pub async fn restock_notices_create(
    State(state): State<AppState>,
    Path(handle): Path<String>,
    ApiJson(body): ApiJson<RestockRequest>,
) -> Result<(StatusCode, Json<RestockAnswer>)> {
    let email = vitrine_core::checkout::normalize_email(&body.email).ok_or_else(|| ApiError::invalid_sentence("email", vitrine_core::t!("server-email-invalid")))?;
    let row: Option<(i64, i64, String)> = sqlx::query_as(
        "SELECT v.stock, v.reserved, p.title FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = $1 AND p.handle = $2",
    )
    .bind(body.variant_id)
    .bind(&handle)
    .fetch_optional(&state.db.pool)
    .await?;
    let (stock, reserved, title) = row.ok_or_else(|| ApiError::missing("variant", vitrine_core::t!("server-product-or-variant-unknown")))?;
    if stock - reserved > 0 {
        return Err(ApiError::Conflict(ApiErrorBody::new(vitrine_core::t!("server-restock-in-stock", title = &title)).with("variant_id", "in stock")));
    }
    let added = sqlx::query("INSERT INTO restock_notices (variant_id, email, created_at, locale) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(body.variant_id)
        .bind(&email)
        .bind(now())
        .bind(crate::i18n::current().tag())
        .execute(&state.db.pool)
        .await?;
    let message = vitrine_core::t!("server-restock-noted", email = &email, title = &title);
    let status = if added.rows_affected() == 1 { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(RestockAnswer { message })))
}

/// Sends every waiting notice whose variant is available again. Returns how many went out.
pub async fn send_due(state: &AppState, at: i64) -> Result<usize> {
    let due: Vec<(i64, String, i64, String, String, String, String)> = sqlx::query_as(
        "SELECT n.id, n.email, v.id, p.handle, p.title, v.options_json, n.locale FROM restock_notices n JOIN variants v ON v.id = n.variant_id \
         JOIN products p ON p.id = v.product_id WHERE n.sent_at IS NULL AND v.stock - v.reserved > 0 \
         AND NOT EXISTS (SELECT 1 FROM unsubscribes u WHERE u.email = n.email) ORDER BY n.id LIMIT 500",
    )
    .fetch_all(&state.db.pool)
    .await?;
    let mut sent = 0;
    for (id, email, variant, handle, title, options, locale) in due {
        let mut tx = state.db.begin_write().await?;
        let claimed = sqlx::query("UPDATE restock_notices SET sent_at = $1 WHERE id = $2 AND sent_at IS NULL").bind(at).bind(id).execute(&mut *tx).await?;
        if claimed.rows_affected() != 1 {
            continue;
        }
        let options: Vec<String> = serde_json::from_str(&options).unwrap_or_default();
        let name = if options.is_empty() { title.clone() } else { format!("{title} ({})", options.join(" / ")) };
        let base = state.config.public_url.trim_end_matches('/');
        let link = format!("{base}/products/{handle}?variant={variant}");
        let leave = unsubscribe_url(state, &email);
        let message = outbox::in_lang(crate::i18n::stored(&locale), || {
            let inner = format!(
                "<p style=\"margin:0 0 12px\">{}</p><p style=\"margin:0;font-size:13px\">{}</p>",
                vitrine_core::t!("email-restock-html", name = esc(&name)),
                vitrine_core::t!("email-unsubscribe-html", link = esc(&leave))
            );
            Message {
                kind: "restock",
                recipient: email,
                subject: vitrine_core::t!("email-restock-subject", name = &name),
                text: format!(
                    "{}\n\n{}\n",
                    vitrine_core::t!("email-restock-text", name = &name, link = &link),
                    vitrine_core::t!("email-restock-text-once", link = &leave)
                ),
                html: outbox::html_email(state, &vitrine_core::t!("email-restock-heading", title = &title), &inner, Some((&vitrine_core::t!("email-restock-button"), &link))),
                order_number: None,
                dedupe_key: format!("restock:{id}"),
            }
        });
        outbox::queue(&mut tx, &message).await?;
        tx.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
