use leptos::prelude::*;
use vitrine_core::delivery::DeliveryWindow;
use vitrine_core::t;

use super::format_day;
use crate::store::ShopStore;

/// "Arrives Tue 9 Dec – Thu 11 Dec": a delivery window with its days in the
/// shop's locale (`Intl.DateTimeFormat`), each a `<time datetime>`.
///
/// Needs [`ShopStore`](crate::store::ShopStore) (the shop's locale).
///
/// ```ignore
/// view! { <DeliveryEstimate window=order.estimate.unwrap()/> }
/// ```
#[component]
pub fn DeliveryEstimate(
    /// Extra classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The dates it should arrive between.
    window: DeliveryWindow,
    /// The words before the dates ("Arrives" in the page's language when not given).
    #[prop(optional, into)]
    lead: Option<String>,
) -> impl IntoView {
    let lead = lead.unwrap_or_else(|| t!("tracking-estimate-arrives"));
    let shop = ShopStore::expect();
    let class = move || format!("vt-tracking__estimate {}", class.get().unwrap_or_default());
    let day = move |d| view! { <time datetime=d.to_string()>{move || format_day(d, shop.locale().tag)}</time> };
    view! {
        <span class=class>
            {lead}" "{day(window.earliest)}
            {(window.latest != window.earliest).then(|| view! { " – "{day(window.latest)} })}
        </span>
    }
}
