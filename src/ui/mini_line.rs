use leptos::prelude::*;
use vitrine_core::catalog::Image;

/// The inside of a compact line (thumbnail with its quantity badge, title,
/// variant and quantity, price), as the order summary, the order page and
/// the return page list items. The caller gives the element around it
/// (`<li class="vt-mini-line">` or a `<div>`).
///
/// Needs no context.
///
/// ```ignore
/// view! { <li class="vt-mini-line"><MiniLine image title variant=detail quantity=Some(2) price/></li> }
/// ```
#[component]
pub fn MiniLine(
    image: Option<Image>,
    #[prop(into)] title: String,
    /// The line under the title ("Blue / M · Qty 2").
    #[prop(into)]
    variant: String,
    /// Drawn as a badge on the thumbnail (hidden from screen readers: the variant line says it).
    #[prop(optional)]
    quantity: Option<i64>,
    /// Already formatted; `None` draws no price column.
    #[prop(optional, into)]
    price: Option<String>,
) -> impl IntoView {
    view! {
        <span class="vt-mini-line__media">
            {image.map(|i| view! { <img src=i.url alt="" width="56" height="56"/> })}
            {quantity.map(|q| view! { <span class="vt-mini-line__qty" aria-hidden="true">{q}</span> })}
        </span>
        <span class="vt-mini-line__text">
            <span class="vt-mini-line__title">{title}</span>
            <span class="vt-mini-line__variant">{variant}</span>
        </span>
        {price.map(|p| view! { <span class="vt-mini-line__price">{p}</span> })}
    }
}
