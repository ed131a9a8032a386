//! Vitrine's shared core: the wire types every request and response uses, and
//! the pure domain logic (money, pricing, validation) that runs both in the
//! browser, for instant feedback, and on the server, which decides.
//!
//! Nothing in this crate does I/O, so it compiles for `wasm32-unknown-unknown`
//! and natively, and everything in it is testable without a browser or a DB.

pub mod address;
pub mod admin;
pub mod alerts;
pub mod card;
pub mod cart;
pub mod catalog;
pub mod checkout;
pub mod delivery;
pub mod error;
pub mod i18n;
pub mod inventory;
pub mod lifecycle;
pub mod listing;
pub mod money;
pub mod payment_intent;
pub mod pricing;
pub mod returns;
pub mod shop;
pub mod theme;
pub mod tracking;

pub use error::{ApiErrorBody, FieldErrors};
pub use money::{Currency, Locale, Money, ROUNDING};

/// The first-party cookies the storefront mirrors its saved cart key
/// (`{id}.{token}`) and its chosen language (`de`) into, for the server to
/// draw the cart's and the checkout's first screen
/// (`crates/server/src/cart_screen.rs`, `src/store/mod.rs`).
pub const CART_COOKIE: &str = "vitrine_cart";
pub const LANG_COOKIE: &str = "vitrine_lang";

/// `s` safe as HTML (and XML) text and inside a double- or single-quoted
/// attribute: the server's page heads, emails and provider pages, and the
/// embedded widgets' markup.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
