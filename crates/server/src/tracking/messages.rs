//! The shopper's emails after the order: shipped (with tracking), out for
//! delivery, delivered, and delayed (told before they ask). Each is written
//! in the transaction of the change that causes it, once per parcel and
//! kind, as plain text plus HTML.

use vitrine_core::checkout::OrderShipment;
use vitrine_core::tracking::TrackingStatus;

use super::estimates;
use crate::db::Tx;
use crate::error::Result;
use crate::orders::{status_url, OrderRow};
use crate::outbox::{self, esc, html_email, Message};
use crate::state::AppState;

fn tracking_line(parcel: &OrderShipment) -> (String, String) {
    let text = match &parcel.tracking_url {
        Some(url) => format!("{} ({url})", vitrine_core::t!("email-tracking-number", carrier = &parcel.carrier, number = &parcel.tracking_number)),
        None => vitrine_core::t!("email-tracking-number", carrier = &parcel.carrier, number = &parcel.tracking_number),
    };
    let number = match &parcel.tracking_url {
        Some(url) => format!("<a href=\"{}\">{}</a>", esc(url), esc(&parcel.tracking_number)),
        None => format!("<strong>{}</strong>", esc(&parcel.tracking_number)),
    };
    let html = format!("<p>{}</p>", vitrine_core::t!("email-tracking-number", carrier = esc(&parcel.carrier), number = number));
    (text, html)
}

/// What one email says.
struct Mail {
    kind: &'static str,
    dedupe: String,
    subject: String,
    lines: Vec<String>,
}

async fn send(state: &AppState, tx: &mut Tx, order: &OrderRow, parcel: &OrderShipment, mail: Mail) -> Result<()> {
    let Mail { kind, dedupe, subject, lines } = mail;
    let link = format!("{}{}", state.config.public_url, status_url(&state.link_secret, &order.number));
    let (text, html) = outbox::in_lang(order.lang(), || {
        let (track_text, track_html) = tracking_line(parcel);
        let mut text = lines.join("\n\n");
        text.push_str(&format!("\n\n{track_text}\n\n{}\n", vitrine_core::t!("email-follow-order", link = &link)));
        let inner: String = lines.iter().map(|l| format!("<p>{}</p>", esc(l))).collect::<String>() + &track_html;
        (text, html_email(state, &subject, &inner, Some((&vitrine_core::t!("email-track-button"), &link))))
    });
    let message = Message { kind, recipient: order.email.clone(), subject, text, html, order_number: Some(order.number.clone()), dedupe_key: dedupe };
    outbox::queue(tx, &message).await
}

/// A parcel left.
pub async fn shipped(state: &AppState, tx: &mut Tx, order: &OrderRow, parcel: &OrderShipment) -> Result<()> {
    let mail = outbox::in_lang(order.lang(), || {
        let mut lines = vec![vitrine_core::t!("email-shipped-body", number = &order.number, carrier = &parcel.carrier)];
        if let Some(w) = &parcel.estimate {
            lines.push(vitrine_core::t!("email-estimated-delivery", window = estimates::describe(w)));
        }
        Mail { kind: "shipped", dedupe: format!("shipped:{}", parcel.id), subject: vitrine_core::t!("email-shipped-subject", number = &order.number), lines }
    });
    send(state, tx, order, parcel, mail).await
}

/// The carrier's news that the shopper should hear about.
pub async fn tracking_update(state: &AppState, tx: &mut Tx, order: &OrderRow, parcel: &OrderShipment, status: TrackingStatus) -> Result<()> {
    let number = &order.number;
    match status {
        TrackingStatus::OutForDelivery => {
            let mail = outbox::in_lang(order.lang(), || Mail {
                kind: "out_for_delivery",
                dedupe: format!("out_for_delivery:{}", parcel.id),
                subject: vitrine_core::t!("email-out-for-delivery-subject", number = number),
                lines: vec![vitrine_core::t!("email-out-for-delivery-body", number = number, carrier = &parcel.carrier)],
            });
            send(state, tx, order, parcel, mail).await
        }
        TrackingStatus::Delivered => {
            let mail = outbox::in_lang(order.lang(), || Mail {
                kind: "delivered",
                dedupe: format!("delivered:{}", parcel.id),
                subject: vitrine_core::t!("email-delivered-subject", number = number),
                lines: vec![vitrine_core::t!("email-delivered-body", number = number)],
            });
            send(state, tx, order, parcel, mail).await
        }
        _ => match &parcel.delay {
            Some(delay) => delayed(state, tx, order, parcel, delay).await,
            None => Ok(()),
        },
    }
}

/// A parcel is late or has a problem: once per parcel and reason.
pub async fn delayed(state: &AppState, tx: &mut Tx, order: &OrderRow, parcel: &OrderShipment, delay: &vitrine_core::checkout::DelayNotice) -> Result<()> {
    let (lines, subject) = outbox::in_lang(order.lang(), || {
        let mut lines = vec![delay.message.clone()];
        if let Some(w) = &delay.estimate {
            lines.push(vitrine_core::t!("email-new-estimate", window = estimates::describe(w)));
        }
        (lines, vitrine_core::t!("email-delayed-subject", number = &order.number))
    });
    let reason = serde_json::to_value(delay.reason).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    send(state, tx, order, parcel, Mail { kind: "delayed", dedupe: format!("delayed:{}:{reason}", parcel.id), subject, lines }).await
}
