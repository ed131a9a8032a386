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
        Some(url) => format!("{} tracking number {} ({url})", parcel.carrier, parcel.tracking_number),
        None => format!("{} tracking number {}", parcel.carrier, parcel.tracking_number),
    };
    let html = match &parcel.tracking_url {
        Some(url) => format!("<p>{} tracking number <a href=\"{}\">{}</a></p>", esc(&parcel.carrier), esc(url), esc(&parcel.tracking_number)),
        None => format!("<p>{} tracking number <strong>{}</strong></p>", esc(&parcel.carrier), esc(&parcel.tracking_number)),
    };
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
    let (track_text, track_html) = tracking_line(parcel);
    let mut text = lines.join("\n\n");
    text.push_str(&format!("\n\n{track_text}\n\nFollow your order: {link}\n"));
    let inner: String = lines.iter().map(|l| format!("<p>{}</p>", esc(l))).collect::<String>() + &track_html;
    let html = html_email(state, &subject, &inner, Some(("Track your order", &link)));
    let message = Message { kind, recipient: order.email.clone(), subject, text, html, order_number: Some(order.number.clone()), dedupe_key: dedupe };
    outbox::queue(tx, &message).await
}

/// A parcel left.
pub async fn shipped(state: &AppState, tx: &mut Tx, order: &OrderRow, parcel: &OrderShipment) -> Result<()> {
    let mut lines = vec![format!("Good news: your order {} is on its way with {}.", order.number, parcel.carrier)];
    if let Some(w) = &parcel.estimate {
        lines.push(format!("Estimated delivery: {}.", estimates::describe(w)));
    }
    let mail = Mail { kind: "shipped", dedupe: format!("shipped:{}", parcel.id), subject: format!("Your order {} has shipped", order.number), lines };
    send(state, tx, order, parcel, mail).await
}

/// The carrier's news that the shopper should hear about.
pub async fn tracking_update(state: &AppState, tx: &mut Tx, order: &OrderRow, parcel: &OrderShipment, status: TrackingStatus) -> Result<()> {
    let number = &order.number;
    match status {
        TrackingStatus::OutForDelivery => {
            let lines = vec![format!("Your parcel from order {number} is out for delivery today with {}.", parcel.carrier)];
            let mail = Mail { kind: "out_for_delivery", dedupe: format!("out_for_delivery:{}", parcel.id), subject: format!("Out for delivery: order {number}"), lines };
            send(state, tx, order, parcel, mail).await
        }
        TrackingStatus::Delivered => {
            let lines = vec![format!("Your parcel from order {number} was delivered. We hope you love it!")];
            let mail = Mail { kind: "delivered", dedupe: format!("delivered:{}", parcel.id), subject: format!("Delivered: order {number}"), lines };
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
    let mut lines = vec![delay.message.clone()];
    if let Some(w) = &delay.estimate {
        lines.push(format!("New estimate: {}.", estimates::describe(w)));
    }
    let reason = serde_json::to_value(delay.reason).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let subject = format!("An update on your order {}", order.number);
    send(state, tx, order, parcel, Mail { kind: "delayed", dedupe: format!("delayed:{}:{reason}", parcel.id), subject, lines }).await
}
