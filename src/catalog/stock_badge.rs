use leptos::prelude::*;
use vitrine_core::catalog::StockStatus;
use vitrine_core::t;

/// "In stock", "Only 3 left" or "Out of stock", announced when it changes.
///
/// Needs no context.
///
/// ```ignore
/// view! { <StockBadge available=Signal::derive(move || variant.get().available)/> }
/// ```
#[component]
pub fn StockBadge(
    /// Units available for the selected variant.
    #[prop(into)]
    available: Signal<i64>,
) -> impl IntoView {
    let status = move || StockStatus::from_available(available.get());
    view! {
        <p class=move || format!("vt-stock vt-stock--{}", status().as_str()) aria-live="polite">
            <span class="vt-stock__dot" aria-hidden="true"></span>
            {move || stock_label(status(), available.get())}
        </p>
    }
}

/// "In stock", "Only 3 left", "Out of stock" in the page's language.
pub(crate) fn stock_label(status: StockStatus, available: i64) -> String {
    match status {
        StockStatus::InStock => t!("catalog-stock-in"),
        StockStatus::LowStock => t!("catalog-stock-low", count = available),
        StockStatus::OutOfStock => t!("catalog-stock-out"),
    }
}
