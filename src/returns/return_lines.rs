use leptos::prelude::*;
use crate::ui::MiniLine;
use vitrine_core::returns::{Resolution, ReturnLineView, ReturnView};

use crate::store::ShopStore;

/// The items of a return: each with its quantity, reason (and comment), what
/// the shopper gets instead (the exchange variant), what the shop received
/// and in which condition, and the photos sent for it.
///
/// Needs [`ShopStore`] (money in the shop's locale).
///
/// ```ignore
/// view! { <ReturnLines view=v.clone()/> }
/// ```
#[component]
pub fn ReturnLines(
    /// The return.
    view: ReturnView,
) -> impl IntoView {
    let shop = ShopStore::expect();
    let photos = view.photos.clone();
    let loose: Vec<_> = photos.iter().filter(|p| !view.lines.iter().any(|l| Some(l.id) == p.line_id || Some(l.line_id) == p.line_id)).cloned().collect();
    view! {
        <h2 class="vt-order__section">"Items"</h2>
        <ul class="vt-returns__items">
            {view.lines.iter().map(|l| {
                let mine: Vec<_> = photos.iter().filter(|p| p.line_id == Some(l.id) || p.line_id == Some(l.line_id)).cloned().collect();
                let title = l.product_title.clone();
                view! {
                    <li class="vt-returns__item">
                        <div class="vt-mini-line">
                            <MiniLine image=l.image.clone() title=l.product_title.clone() quantity=l.quantity
                                variant=format!("{} · Qty {}", l.variant_title, l.quantity) price=shop.format(l.value)/>
                        </div>
                        <dl class="vt-returns__item-facts">
                            <div><dt>"Reason"</dt><dd>{l.reason_label.clone()}</dd></div>
                            {l.comment.clone().map(|c| view! { <div><dt>"Your note"</dt><dd>{c}</dd></div> })}
                            <div><dt>"Instead"</dt><dd>{instead(l)}</dd></div>
                            {(l.received_quantity > 0).then(|| view! {
                                <div><dt>"Received"</dt><dd>{received(l)}</dd></div>
                            })}
                        </dl>
                        {l.photo_missing.then(|| view! { <p class="vt-field__error">"A photo of this item is still needed."</p> })}
                        {(!mine.is_empty()).then(|| view! { <Thumbnails photos=mine title/> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!loose.is_empty()).then(|| view! { <Thumbnails photos=loose title="your return".to_string()/> })}
    }
}

fn instead(l: &ReturnLineView) -> String {
    match (l.resolution, &l.exchange_title) {
        (Resolution::Exchange, Some(t)) => format!("Exchange for {t}"),
        (r, _) => r.label().to_string(),
    }
}

fn received(l: &ReturnLineView) -> String {
    match &l.condition {
        Some(c) if !c.trim().is_empty() => format!("{} of {}, {c}", l.received_quantity, l.quantity),
        _ => format!("{} of {}", l.received_quantity, l.quantity),
    }
}

#[component]
fn Thumbnails(photos: Vec<vitrine_core::returns::ReturnPhoto>, title: String) -> impl IntoView {
    let count = photos.len();
    view! {
        <ul class="vt-returns__thumbs" aria-label=format!("Photos of {title}")>
            {photos.into_iter().enumerate().map(|(i, p)| { let href = p.url.clone(); view! {
                <li>
                    <a href=href class="vt-returns__thumb" target="_blank" rel="noopener">
                        <img src=p.url alt=format!("Photo {} of {count} of {title}", i + 1) width="96" height="96" loading="lazy"/>
                    </a>
                </li>
            }}).collect_view()}
        </ul>
    }
}
