use leptos::prelude::*;
use vitrine_core::cart::{CartLine, LineIssue};
use vitrine_core::t;

use super::QuantityStepper;
use crate::store::{CartStore, ShopStore};
use crate::ui::{Icon, IconKind, Price};

/// One cart line, read live from the cart by id (so the stepper keeps focus
/// while quantities and totals change): image, name, options, unit price,
/// quantity, line total, and any price or stock notice with its fix.
///
/// Needs [`CartStore`](crate::store::CartStore) and [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <For each=move || line_ids.get() key=|id| *id let:id><CartLineView id/></For> }
/// ```
#[component]
pub fn CartLineView(
    /// The line's id.
    id: i64,
) -> impl IntoView {
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let all = cart.cart();
    let line = Memo::new(move |_| all.with(|c| c.as_ref().and_then(|c| c.lines.iter().find(|l| l.id == id).cloned())));
    let total = Memo::new(move |_| {
        all.with(|c| c.as_ref().and_then(|c| c.totals.lines.iter().find(|l| l.key == id).map(|l| (l.subtotal, l.discount))))
    });
    let busy = cart.busy();
    let set_quantity = Callback::new(move |q: i64| {
        leptos::task::spawn_local(async move {
            let _ = cart.set_quantity(id, q).await;
        });
    });
    let remove = move |_| {
        leptos::task::spawn_local(async move {
            let _ = cart.remove(id).await;
        });
    };
    move || {
        line.get().map(|l: CartLine| {
            let href = crate::api::shop_url(&format!("/products/{}?variant={}", l.product_handle, l.variant_id));
            let title = l.product_title.clone();
            let quantity = Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.quantity).unwrap_or(1)));
            let max = Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.max_quantity.max(1)).unwrap_or(1)));
            view! {
                <li class="vt-line">
                    <a class="vt-line__media" href=href.clone() tabindex="-1" aria-hidden="true">
                        {l.image.clone().map(|img| view! { <img src=crate::api::shop_url(&img.url) alt="" width="96" height="96" loading="lazy"/> })}
                    </a>
                    <div class="vt-line__body">
                        <div class="vt-line__head">
                            <a class="vt-line__title" href=href>{title.clone()}</a>
                            <span class="vt-line__total">
                                {move || total.get().map(|(subtotal, discount)| {
                                    let after = subtotal.minus(discount);
                                    view! { <Price price=after compare_at=(!discount.is_zero()).then_some(subtotal)/> }
                                })}
                            </span>
                        </div>
                        // i18n: not shown (the API's name for a product's only variant)
                        {(l.variant_title != "Default").then(|| view! { <p class="vt-line__variant">{l.variant_title.clone()}</p> })}
                        <p class="vt-line__unit">{t!("cart-line-each", price = shop.format(l.unit_price))}</p>
                        <div class="vt-line__actions">
                            <QuantityStepper value=quantity on_change=set_quantity max label=title.clone() disabled=busy/>
                            <button type="button" class="vt-link-button vt-line__remove" on:click=remove
                                aria-label=t!("cart-line-remove-label", title = &title)>
                                <Icon kind=IconKind::Close size=16/>{t!("cart-remove")}
                            </button>
                        </div>
                        {l.issues.iter().map(|issue| view! { <LineNotice id issue=issue.clone() quantity=l.quantity/> }).collect_view()}
                    </div>
                </li>
            }
        })
    }
}

#[component]
fn LineNotice(id: i64, issue: LineIssue, quantity: i64) -> impl IntoView {
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let text = issue.message(|m| shop.format(m));
    let blocking = issue.blocks_checkout();
    let fix = match issue {
        LineIssue::PriceChanged { .. } => Some((t!("cart-line-accept-price"), None)),
        LineIssue::NotEnoughStock { available } if available < quantity => Some((t!("cart-line-lower-to-stock"), Some(available))),
        _ => None,
    };
    view! {
        <p class="vt-line__notice" class:vt-line__notice--blocking=blocking role="status">
            <Icon kind=IconKind::Alert size=16/>
            <span>{text}</span>
            {fix.map(|(label, to)| view! {
                <button type="button" class="vt-link-button" on:click=move |_| {
                    leptos::task::spawn_local(async move {
                        let _ = match to {
                            Some(q) => cart.set_quantity(id, q).await,
                            None => cart.accept_price(id).await,
                        };
                    });
                }>{label}</button>
            })}
        </p>
    }
}
