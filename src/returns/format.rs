//! Sentences of the returns pages, from the string catalogue (`returns-...`).

use vitrine_core::t;
use vitrine_core::returns::{Resolution, ResolutionOption, ReturnableLine};

/// What a line gets instead, in words: "Refund", "Exchange for L / Navy".
pub fn resolution_words(resolution: Option<Resolution>, variant: Option<i64>, line: &ReturnableLine, offered: &[ResolutionOption]) -> String {
    let Some(r) = resolution else { return String::new() };
    let label = offered.iter().find(|o| o.code == r).map(|o| o.label.clone()).unwrap_or_else(|| r.label().to_string());
    match (r, variant.and_then(|v| line.exchange_options.iter().find(|o| o.variant_id == v))) {
        (Resolution::Exchange, Some(o)) => t!("returns-exchange-for", variant = &o.title),
        _ => label,
    }
}

/// The `token` of a page link such as `/returns/R-7QK2?token=abc`.
pub fn token_of(link: &str) -> String {
    link.split_once('?')
        .and_then(|(_, q)| q.split('&').find_map(|kv| kv.strip_prefix("token=")))
        .map(|t| js_sys::decode_uri_component(t).ok().and_then(|d| d.as_string()).unwrap_or_else(|| t.to_string()))
        .unwrap_or_default()
}
