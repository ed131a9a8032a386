//! The first screens of the pages a signed link opens: an order's page
//! (`/orders/{number}?token=`), starting a return on it
//! (`/orders/{number}/return?token=`) and a return's page
//! (`/returns/{rma}?token=`), drawn by the server so their heading paints
//! before the app's wasm, the page's module and the API's answer arrive.
//!
//! The link's token is checked as the API checks it (`order_for_link`,
//! `return_for_link`): a link that opens nothing draws nothing, so the page
//! looks the same for "not yours" and "does not exist". The words are the
//! app's, in the page's language: the heading, the meta line with its status
//! and, on the start-a-return page, the policy sentence and earlier returns
//! (every page's largest text on a phone is among these: each one drawn
//! later would be the page's largest paint). A time is written as the app
//! writes it, by the browser's `Intl` in the shopper's time zone (which the
//! server does not know): the server sends `<time datetime>` and a few
//! lines of script that format it before the first paint ([`local_times`]).
//! The API request the page makes first is preloaded with the same address.

use std::fmt::Write;

use vitrine_core::checkout::{Order, OrderStatus};
use vitrine_core::delivery::Date;
use vitrine_core::i18n::Lang;
use vitrine_core::listing::encode;
use vitrine_core::returns::{window_sentence, ReturnView, ReturnableAnswer};
use vitrine_core::{escape_html as esc, t};

use crate::orders::{order_for_link, TokenQuery};
use crate::returns::service::return_for_link;
use crate::state::AppState;

/// Which page a link opens, from its path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Order(String),
    StartReturn(String),
    Return(String),
}

impl Link {
    /// `/orders/{number}`, `/orders/{number}/return` or `/returns/{rma}`
    /// (a trailing slash allowed); numbers are letters, digits and dashes.
    pub fn of(path: &str) -> Option<Link> {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let id = |s: &str| (!s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')).then(|| s.to_string());
        match parts.as_slice() {
            ["orders", "lookup"] => None,
            ["orders", number] => id(number).map(Link::Order),
            ["orders", number, "return"] => id(number).map(Link::StartReturn),
            ["returns", rma] => id(rma).map(Link::Return),
            _ => None,
        }
    }
}

/// The page's title and first screen, and the API request to preload
/// (`/orders/…?token=…` under `/api/v1`), when the link's token opens what it
/// names; `None` otherwise. Call in the page's language (`crate::i18n::scope`).
pub async fn draw(state: &AppState, link: &Link, query: Option<&str>, shop: &str) -> Option<(String, String, String)> {
    let TokenQuery { token } = serde_urlencoded::from_str(query.unwrap_or("")).ok().filter(|q: &TokenQuery| !q.token.is_empty())?;
    match link {
        Link::Order(number) => {
            let row = order_for_link(state, number, &token).await.ok()?;
            let order = crate::orders::view(state, &row).await.ok()?;
            let (title, screen) = order_screen(&order, shop);
            Some((title, screen, format!("/orders/{}?token={}", encode(number), encode(&token))))
        }
        Link::StartReturn(number) => {
            let row = order_for_link(state, number, &token).await.ok()?;
            let answer = crate::returns::service::returnable_answer(state, &row).await.ok()?;
            let (title, screen) = start_return_screen(number, &token, &answer, shop);
            Some((title, screen, format!("/orders/{}/returnable?token={}", encode(number), encode(&token))))
        }
        Link::Return(rma) => {
            let row = return_for_link(state, rma, &token).await.ok()?;
            let view = crate::returns::service::view(state, &row).await.ok()?;
            let (title, screen) = return_screen(&view, shop);
            Some((title, screen, format!("/returns/{}?token={}", encode(rma), encode(&token))))
        }
    }
}

/// What the page holds below its heading, until the app draws it.
const REST: &str = r#"<div class="vt-skeleton vt-skeleton--block" aria-hidden="true"></div>"#;

/// Stands for the time in a sentence until [`with_time`] puts it in.
const TIME: &str = "\u{E000}";

/// `sentence` (escaped) with its time as a `<time>` the browser writes.
fn with_time(sentence: &str, secs: i64) -> String {
    let (day, minutes) = (Date::from_unix(secs, 0), secs.rem_euclid(86_400) / 60);
    let utc = format!("{day}T{:02}:{:02}:{:02}Z", minutes / 60, minutes % 60, secs.rem_euclid(60));
    let when = format!(r#"<time datetime="{utc}" data-vt-when>{day} {:02}:{:02} UTC</time>"#, minutes / 60, minutes % 60);
    esc(sentence).replace(TIME, &when)
}

/// Writes every `<time data-vt-when>` before it paints, as the app's
/// `format_time` (src/tracking/format.rs) will: the page language's
/// `Intl.DateTimeFormat` (the browser's own locale for English) with the
/// same options, in the browser's time zone.
fn local_times(lang: Lang) -> String {
    let locale = match lang {
        Lang::En => "undefined".to_string(),
        Lang::Ar => "\"ar-u-nu-latn\"".to_string(),
        other => format!("\"{}\"", other.tag()),
    };
    format!(
        r#"<script>for(const t of document.querySelectorAll("time[data-vt-when]"))try{{t.textContent=new Intl.DateTimeFormat({locale},{{weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"}}).format(new Date(t.dateTime))}}catch(e){{}}</script>"#
    )
}

/// `OrderTracking`'s header (src/tracking/order_tracking.rs).
fn order_screen(order: &Order, shop: &str) -> (String, String) {
    let number = &order.number;
    let just_placed = order.events.len() <= 2 && matches!(order.status, OrderStatus::Confirmed | OrderStatus::AwaitingPayment);
    let heading = if just_placed { t!("tracking-order-thanks") } else { t!("tracking-order-heading", number = number) };
    let meta = if just_placed { esc(&t!("tracking-order-heading", number = number)) } else { with_time(&t!("tracking-order-placed", time = TIME), order.placed_at) };
    let mut screen = format!(
        r#"<section class="vt-order vt-tracking" aria-labelledby="vt-order-title"><header class="vt-order__header"><h1 id="vt-order-title" class="vt-page__title">{}</h1><p class="vt-order__meta">{meta} · <span class="vt-status vt-status--{}">{}</span></p>"#,
        esc(&heading),
        order.status.as_str(),
        esc(&order.status.label()),
    );
    if just_placed {
        let _ = write!(screen, r#"<p class="vt-order__lede">{}</p>"#, esc(&t!("tracking-order-emailed", email = &order.email)));
    } else {
        screen.push_str(&local_times(crate::i18n::current()));
    }
    let _ = write!(screen, "</header>{REST}</section>");
    (t!("tracking-order-page-title", number = number, shop = shop), screen)
}

/// `StartReturnPage`'s header and `StartReturn`'s policy sentence and
/// earlier returns (src/returns/start_return_page.rs, start_return.rs).
fn start_return_screen(number: &str, token: &str, answer: &ReturnableAnswer, shop: &str) -> (String, String) {
    let mut screen = format!(
        r#"<section class="vt-returns" aria-labelledby="vt-returns-title"><header class="vt-order__header"><h1 id="vt-returns-title" class="vt-page__title">{}</h1><p class="vt-order__meta">{} <a href="/orders/{}?token={}">{}</a></p></header><p class="vt-returns__policy">{}</p>"#,
        esc(&t!("returns-start-title")),
        esc(&t!("returns-start-order")),
        esc(&encode(number)),
        esc(&encode(token)),
        esc(number),
        esc(&window_sentence(answer)),
    );
    if !answer.returns.is_empty() {
        let _ = write!(
            screen,
            r#"<section class="vt-returns__earlier" aria-labelledby="vt-returns-earlier"><h2 id="vt-returns-earlier" class="vt-order__section">{}</h2><ul class="vt-returns__earlier-list">"#,
            esc(&t!("returns-earlier-title"))
        );
        for r in &answer.returns {
            let _ = write!(
                screen,
                r#"<li><a href="{}">{}</a>{}</li>"#,
                esc(&r.status_url),
                esc(&t!("returns-return-link", rma = &r.rma)),
                esc(&format!(" · {} · {}", r.status.label(), t!("returns-item-count", count = r.items)))
            );
        }
        screen.push_str("</ul></section>");
    }
    let _ = write!(screen, "{REST}</section>");
    (t!("returns-start-page-title", number = number, shop = shop), screen)
}

/// `ReturnDetails`' header (src/returns/return_details.rs).
fn return_screen(view: &ReturnView, shop: &str) -> (String, String) {
    let screen = format!(
        r#"<section class="vt-order vt-tracking vt-returns" aria-labelledby="vt-return-title"><header class="vt-order__header"><h1 id="vt-return-title" class="vt-page__title">{}</h1><p class="vt-order__meta">{} · <span class="vt-status vt-returns__status--{}">{}</span></p>{}</header>{REST}</section>"#,
        esc(&t!("returns-page-heading", rma = &view.rma)),
        with_time(&t!("returns-page-meta", number = &view.order_number, time = TIME), view.requested_at),
        view.status.as_str(),
        esc(&view.status_label),
        local_times(crate::i18n::current()),
    );
    (t!("returns-page-title", rma = &view.rma, shop = shop), screen)
}

#[cfg(test)]
mod tests {
    use super::Link;

    #[test]
    fn links_by_path() {
        assert_eq!(Link::of("/orders/VT-7QK2-9XH4"), Some(Link::Order("VT-7QK2-9XH4".into())));
        assert_eq!(Link::of("/orders/VT-1/"), Some(Link::Order("VT-1".into())));
        assert_eq!(Link::of("/orders/VT-1/return"), Some(Link::StartReturn("VT-1".into())));
        assert_eq!(Link::of("/returns/R-1"), Some(Link::Return("R-1".into())));
        assert_eq!(Link::of("/orders/lookup"), None);
        assert_eq!(Link::of("/returns/R-1/label"), None);
        assert_eq!(Link::of("/orders/%3Cb%3E"), None);
        assert_eq!(Link::of("/orders"), None);
    }

    #[test]
    fn times_are_left_to_the_browser() {
        // 2026-12-03 10:42:05 UTC
        let html = super::with_time("Placed \u{E000} <now>", 1_796_294_525);
        assert_eq!(html, r#"Placed <time datetime="2026-12-03T10:42:05Z" data-vt-when>2026-12-03 10:42 UTC</time> &lt;now&gt;"#);
        assert!(super::local_times(vitrine_core::i18n::Lang::De).contains(r#"Intl.DateTimeFormat("de","#));
        assert!(super::local_times(vitrine_core::i18n::Lang::En).contains("Intl.DateTimeFormat(undefined,"));
    }
}
