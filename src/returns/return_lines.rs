use leptos::prelude::*;
use vitrine_core::t;
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
        <h2 class="vt-order__section">{t!("returns-lines-title")}</h2>
        <ul class="vt-returns__items">
            {view.lines.iter().map(|l| {
                let mine: Vec<_> = photos.iter().filter(|p| p.line_id == Some(l.id) || p.line_id == Some(l.line_id)).cloned().collect();
                let title = l.product_title.clone();
                view! {
                    <li class="vt-returns__item">
                        <div class="vt-mini-line">
                            <MiniLine image=l.image.clone() title=l.product_title.clone() quantity=l.quantity
                                variant=t!("returns-line-detail", variant = &l.variant_title, quantity = l.quantity) price=shop.format(l.value)/>
                        </div>
                        <dl class="vt-returns__item-facts">
                            <div><dt>{t!("returns-line-reason")}</dt><dd>{l.reason_label.clone()}</dd></div>
                            {l.comment.clone().map(|c| view! { <div><dt>{t!("returns-line-note")}</dt><dd>{c}</dd></div> })}
                            <div><dt>{t!("returns-line-instead")}</dt><dd>{instead(l)}</dd></div>
                            {(l.received_quantity > 0).then(|| view! {
                                <div><dt>{t!("returns-line-received")}</dt><dd>{received(l)}</dd></div>
                            })}
                        </dl>
                        {l.photo_missing.then(|| view! { <p class="vt-field__error">{t!("returns-line-photo-missing")}</p> })}
                        {(!mine.is_empty()).then(|| view! { <Thumbnails photos=mine title=Some(title)/> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!loose.is_empty()).then(|| view! { <Thumbnails photos=loose title=None/> })}
    }
}

fn instead(l: &ReturnLineView) -> String {
    match (l.resolution, &l.exchange_title) {
        (Resolution::Exchange, Some(variant)) => t!("returns-exchange-for", variant = variant),
        (r, _) => r.label().to_string(),
    }
}

fn received(l: &ReturnLineView) -> String {
    match &l.condition {
        Some(c) if !c.trim().is_empty() => t!("returns-line-received-condition", received = l.received_quantity, quantity = l.quantity, condition = c),
        _ => t!("returns-line-received-of", received = l.received_quantity, quantity = l.quantity),
    }
}

#[component]
fn Thumbnails(
    photos: Vec<vitrine_core::returns::ReturnPhoto>,
    /// The item's name; `None` for photos of the return as a whole.
    title: Option<String>,
) -> impl IntoView {
    let count = photos.len();
    let label = match &title {
        Some(item) => t!("returns-thumbs-label", item = item),
        None => t!("returns-thumbs-label-return"),
    };
    let alt = move |index: usize| match &title {
        Some(item) => t!("returns-thumb-alt", index = index, count = count, item = item),
        None => t!("returns-thumb-alt-return", index = index, count = count),
    };
    view! {
        <ul class="vt-returns__thumbs" aria-label=label>
            {photos.into_iter().enumerate().map(|(i, p)| { let href = p.url.clone(); view! {
                <li>
                    <a href=href class="vt-returns__thumb" target="_blank" rel="noopener">
                        <img src=p.url alt=alt(i + 1) width="96" height="96" loading="lazy"/>
                    </a>
                </li>
            }}).collect_view()}
        </ul>
    }
}
