//! Sentences of the returns pages, from the string catalogue (`returns-...`).

use vitrine_core::t;
use vitrine_core::returns::{long_date, Resolution, ResolutionOption, ReturnableAnswer, ReturnableLine};

/// What a line gets instead, in words: "Refund", "Exchange for L / Navy".
pub fn resolution_words(resolution: Option<Resolution>, variant: Option<i64>, line: &ReturnableLine, offered: &[ResolutionOption]) -> String {
    let Some(r) = resolution else { return String::new() };
    let label = offered.iter().find(|o| o.code == r).map(|o| o.label.clone()).unwrap_or_else(|| r.label().to_string());
    match (r, variant.and_then(|v| line.exchange_options.iter().find(|o| o.variant_id == v))) {
        (Resolution::Exchange, Some(o)) => t!("returns-exchange-for", variant = &o.title),
        _ => label,
    }
}

/// The policy sentence: "You can return items within 30 days of delivery.
/// Return by 31 March 2026." (the earliest last day of the returnable lines).
pub fn window_sentence(answer: &ReturnableAnswer) -> String {
    let days = answer.window_days;
    let until = answer.lines.iter().filter(|l| l.returnable_quantity > 0).filter_map(|l| l.returnable_until).min();
    match until {
        Some(d) => t!("returns-window-until", count = days, date = long_date(d)),
        None => t!("returns-window", count = days),
    }
}

/// The `token` of a page link such as `/returns/R-7QK2?token=abc`.
pub fn token_of(link: &str) -> String {
    link.split_once('?')
        .and_then(|(_, q)| q.split('&').find_map(|kv| kv.strip_prefix("token=")))
        .map(|t| js_sys::decode_uri_component(t).ok().and_then(|d| d.as_string()).unwrap_or_else(|| t.to_string()))
        .unwrap_or_default()
}
