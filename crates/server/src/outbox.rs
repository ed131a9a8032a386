//! The outbox: every message the shop sends is written here inside the
//! transaction that caused it, so a message exists exactly when its cause
//! committed. The demo mailbox (`/dev/mailbox`) shows it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use vitrine_core::i18n::Lang;
use vitrine_core::Locale;

use crate::db::{now, Tx};
use crate::error::{ApiError, Result};
use crate::orders::OrderRow;
use crate::state::AppState;

/// One email: a plain-text part and an HTML part, written to the outbox.
pub struct Message {
    pub kind: &'static str,
    pub recipient: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub order_number: Option<String>,
    /// At most one message per key (`shipped:12`), however often its cause
    /// is retried or replayed.
    pub dedupe_key: String,
}

/// Writes `message` inside the caller's transaction; a second message with
/// the same dedupe key is dropped.
pub async fn queue(tx: &mut Tx, message: &Message) -> Result<()> {
    sqlx::query(
        "INSERT INTO outbox (kind, recipient, subject, body, html_body, order_number, created_at, dedupe_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(message.kind)
    .bind(&message.recipient)
    .bind(&message.subject)
    .bind(&message.text)
    .bind(&message.html)
    .bind(&message.order_number)
    .bind(now())
    .bind(&message.dedupe_key)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Escapes text for HTML.
pub use vitrine_core::escape_html as esc;

/// How money is written in an email in `lang`: the shop's own locale when
/// it speaks that language, else the language's usual locale.
pub fn money_locale(state: &AppState, lang: Lang) -> Locale {
    let shop = state.locale();
    if Lang::from_tag(shop.tag) == Some(lang) {
        shop
    } else {
        Locale::from_tag(lang.tag())
    }
}

/// Runs `f` with `lang` as the language of every `t!` in it: an email is
/// written in its shopper's language, whoever causes it.
pub fn in_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    crate::i18n::LANG.sync_scope(lang, f)
}

/// An HTML email around `inner` (already escaped): inline styles only, as
/// mail clients need, in the shop's theme (`PUT /api/v1/admin/theme`, light
/// side), a heading, and a button to the order; in the language in effect.
pub fn html_email(state: &AppState, heading: &str, inner: &str, button: Option<(&str, &str)>) -> String {
    let lang = crate::i18n::current();
    let p = state.catalog.get().rules.email.clone();
    let button = button
        .map(|(label, href)| {
            format!(
                "<p style=\"margin:24px 0\"><a href=\"{}\" style=\"background:{};color:{};padding:12px 20px;border-radius:8px;\
                 text-decoration:none;font-weight:600;display:inline-block\">{}</a></p>",
                esc(href),
                p.accent,
                p.accent_text,
                esc(label)
            )
        })
        .unwrap_or_default();
    format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
         <title>{heading}</title></head><body style=\"margin:0;background:{bg};font:16px/1.5 {font};color:{text}\">\
         <div style=\"max-width:560px;margin:0 auto;padding:24px\"><p style=\"font-weight:700;margin:0 0 16px\">{shop}</p>\
         <div style=\"background:{surface};border:1px solid {border};border-radius:{radius};padding:24px\"><h1 style=\"font-size:22px;margin:0 0 12px\">{heading}</h1>\
         {inner}{button}</div></div></body></html>",
        shop = esc(&state.config.shop_name),
        heading = esc(heading),
        lang = lang.tag(),
        dir = lang.dir(),
        bg = p.bg,
        font = p.font,
        text = p.text,
        surface = p.surface,
        border = p.border,
        radius = p.radius,
    )
}

/// The confirmation email, inside the transaction that confirmed the order
/// (so it shows exactly what is stored). Once per order.
pub async fn queue_order_confirmation(state: &AppState, tx: &mut Tx, row: &OrderRow) -> Result<()> {
    let lang = row.lang();
    // The order as the shopper reads it, in their language (statuses, payment instructions).
    let order = crate::i18n::scope(lang, crate::orders::view_on(tx, state, row)).await?;
    let message = in_lang(lang, || confirmation(state, &order, money_locale(state, lang)));
    queue(tx, &message).await
}

fn confirmation(state: &AppState, order: &vitrine_core::checkout::Order, locale: Locale) -> Message {
    let link = format!("{}{}", state.config.public_url, order.status_url);
    let mut text = format!("{}\n\n", vitrine_core::t!("email-order-thanks", number = &order.number, shop = &state.config.shop_name));
    let mut items = String::new();
    for l in &order.lines {
        let total = l.total.format(locale);
        text.push_str(&format!("  {} × {} ({}) — {total}\n", l.quantity, l.product_title, l.variant_title));
        items.push_str(&format!(
            "<tr><td style=\"padding:4px 0\">{} × {} <span style=\"color:#5a5e68\">({})</span></td><td style=\"text-align:right\">{}</td></tr>",
            l.quantity,
            esc(&l.product_title),
            esc(&l.variant_title),
            esc(&total)
        ));
    }
    let total = order.totals.total.format(locale);
    text.push_str(&format!(
        "\n{}\n{}\n",
        vitrine_core::t!("email-order-total", total = &total),
        vitrine_core::t!("email-order-shipping", method = &order.shipping_method)
    ));
    let mut inner = format!(
        "<p>{}</p><table style=\"width:100%;border-collapse:collapse\">{items}\
         <tr><td style=\"padding-top:8px;font-weight:700\">{}</td><td style=\"text-align:right;font-weight:700\">{}</td></tr></table>\
         <p style=\"color:#5a5e68\">{}</p>",
        vitrine_core::t!("email-order-got-it", number = format!("<strong>{}</strong>", esc(&order.number))),
        esc(&vitrine_core::t!("email-order-total-label")),
        esc(&total),
        esc(&vitrine_core::t!("email-order-shipping", method = &order.shipping_method))
    );
    if let Some(i) = &order.payment.instructions {
        text.push_str(&format!("\n{i}\n"));
        inner.push_str(&format!("<p>{}</p>", esc(i)));
    }
    text.push_str(&format!("\n{}\n", vitrine_core::t!("email-order-see-it", link = &link)));
    let subject = vitrine_core::t!("email-order-subject", number = &order.number);
    let html = html_email(state, &subject, &inner, Some((&vitrine_core::t!("email-order-button"), &link)));
    Message {
        kind: "order_confirmation",
        recipient: order.email.clone(),
        subject,
        text,
        html,
        order_number: Some(order.number.clone()),
        dedupe_key: format!("order_confirmation:{}", order.number),
    }
}

/// The demo mailbox: every message the shop would have sent.
pub async fn dev_mailbox(State(state): State<AppState>) -> Response {
    if !state.config.demo {
        return (StatusCode::NOT_FOUND, "The mailbox exists in demo mode only.").into_response();
    }
    let rows: Vec<(String, String, String, Option<String>, i64)> =
        match sqlx::query_as("SELECT recipient, subject, body, html_body, created_at FROM outbox ORDER BY id DESC LIMIT 100").fetch_all(&state.db.pool).await {
            Ok(r) => r,
            Err(e) => return ApiError::from(e).into_response(),
        };
    let items: String = rows
        .iter()
        .map(|(to, subject, body, html, at)| {
            let (y, m, d) = crate::dates::civil_from_unix(*at);
            // The HTML part in a sandboxed frame (no scripts, no same-origin), the text part beside it.
            let html = html.as_deref().map(|h| format!("<iframe sandbox title=\"{}\" srcdoc=\"{}\"></iframe>", esc(subject), esc(h))).unwrap_or_default();
            format!(
                "<article><h2>{}</h2><p class=\"meta\">To {} · {y:04}-{m:02}-{d:02}</p>{html}<details{}><summary>Plain text</summary><pre>{}</pre></details></article>",
                esc(subject),
                esc(to),
                if html.is_empty() { " open" } else { "" },
                esc(body)
            )
        })
        .collect();
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Demo mailbox</title><style>body{{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1c1d21}}\
         article{{border:1px solid #e3e0d8;border-radius:12px;padding:1rem 1.25rem;margin:1rem 0}} h2{{font-size:1.1rem;margin:0}}\
         .meta{{color:#5a5e68;margin:.25rem 0 .75rem}} pre{{white-space:pre-wrap;font:inherit;margin:0}}\
         iframe{{width:100%;height:26rem;border:0;border-radius:8px}} summary{{cursor:pointer;color:#5a5e68}}</style></head>\
         <body><h1>Demo mailbox</h1><p>Messages the shop sent, newest first ({}).</p>{}</body></html>",
        rows.len(),
        if items.is_empty() { "<p>No messages yet.</p>".to_string() } else { items }
    ))
    .into_response()
}
