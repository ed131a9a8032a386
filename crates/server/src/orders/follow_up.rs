//! The post-purchase follow-up (issue 15, seed 004's "post-purchase
//! follow-ups"): some days after the last parcel of an order was delivered,
//! the shopper gets one short email asking how it went, with the way to a
//! return if something is wrong and an unsubscribe link. Not sent for a
//! test order, an order that already has a return, or an address that
//! unsubscribed; sent only while the delivery is recent (a shop that turns
//! this on does not write to every customer it ever had). `followed_up_at`
//! is set in the transaction that writes the email, guarded so that two
//! runs at once write one.

use super::status_url;
use crate::carts::recovery::{unsubscribe_url, unsubscribed};
use crate::error::Result;
use crate::outbox::{self, esc, Message};
use crate::state::AppState;

/// How long after the delivery the follow-up stays due: a server that was
/// down for a day still sends it, one switched on today does not write
/// about last year's orders.
pub const DUE_FOR_SECS: i64 = 2 * 86_400;

/// Sends the follow-ups due at `at`: orders whose last parcel was delivered
/// between `at - after_secs - DUE_FOR_SECS` and `at - after_secs`.
pub async fn send_due(state: &AppState, at: i64, after_secs: i64) -> Result<usize> {
    let latest = at - after_secs;
    let due: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT o.id, o.number, o.email, o.locale FROM orders o JOIN shipments s ON s.order_id = o.id AND s.return_id IS NULL \
         WHERE o.status = 'delivered' AND o.followed_up_at IS NULL AND o.is_test = 0 \
         AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.id) \
         AND NOT EXISTS (SELECT 1 FROM unsubscribes u WHERE u.email = o.email) \
         GROUP BY o.id, o.number, o.email, o.locale HAVING MAX(s.delivered_at) >= $1 AND MAX(s.delivered_at) <= $2 ORDER BY o.id LIMIT 200",
    )
    .bind(latest - DUE_FOR_SECS)
    .bind(latest)
    .fetch_all(&state.db.pool)
    .await?;
    let mut sent = 0;
    for (id, number, email, locale) in due {
        let mut tx = state.db.begin_write().await?;
        let claimed = sqlx::query(
            "UPDATE orders SET followed_up_at = $1 WHERE id = $2 AND followed_up_at IS NULL AND status = 'delivered' \
             AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = $2)",
        )
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() != 1 || unsubscribed(&mut tx, &email).await? {
            continue; // another run sent it, a return started, or the address left
        }
        let titles: Vec<String> = sqlx::query_scalar("SELECT product_title FROM order_lines WHERE order_id = $1 ORDER BY id").bind(id).fetch_all(&mut *tx).await?;
        let lang = crate::i18n::stored(&locale);
        let what = outbox::in_lang(lang, || match titles.as_slice() {
            [one] => one.clone(),
            [first, rest @ ..] => vitrine_core::t!("email-follow-up-and-more", first = first, count = rest.len()),
            [] => vitrine_core::t!("email-follow-up-your-order"),
        });
        let base = state.config.public_url.trim_end_matches('/');
        let link = format!("{base}{}", status_url(&state.link_secret, &number));
        let leave = unsubscribe_url(state, &email);
        let window = state.catalog.get().rules.returns.window_days;
        let message = outbox::in_lang(lang, || {
            let inner = format!(
                "<p style=\"margin:0 0 12px\">{}</p><p style=\"margin:0 0 12px\">{}</p><p style=\"margin:0;font-size:13px\">{}</p>",
                vitrine_core::t!("email-follow-up-arrived", number = esc(&number), what = esc(&what)),
                vitrine_core::t!("email-follow-up-not-right-html", days = window),
                vitrine_core::t!("email-follow-up-one-email-html", link = esc(&leave))
            );
            Message {
                kind: "follow_up",
                recipient: email.clone(),
                subject: vitrine_core::t!("email-follow-up-subject", what = &what),
                text: format!(
                    "{}\n\n{}\n\n{}\n",
                    vitrine_core::t!("email-follow-up-arrived", number = &number, what = &what),
                    vitrine_core::t!("email-follow-up-not-right-text", days = window, link = &link),
                    vitrine_core::t!("email-follow-up-one-email-text", link = &leave)
                ),
                html: outbox::html_email(state, &vitrine_core::t!("email-follow-up-heading"), &inner, Some((&vitrine_core::t!("email-follow-up-button"), &link))),
                order_number: Some(number.clone()),
                dedupe_key: format!("follow-up:{number}"),
            }
        });
        outbox::queue(&mut tx, &message).await?;
        tx.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
