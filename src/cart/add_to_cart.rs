use leptos::prelude::*;
use vitrine_core::pricing::MAX_LINE_QUANTITY;
use vitrine_core::t;

use super::QuantityStepper;
use crate::store::CartStore;

/// Quantity and "Add to cart" for a product page. Disabled (with the reason)
/// when no buyable variant is chosen; disabled while adding, so a double
/// click adds once. The result is announced, not shown in a surprise modal.
///
/// Needs [`CartStore`](crate::store::CartStore).
///
/// ```ignore
/// view! { <AddToCart variant_id=Signal::derive(move || variant.get().map(|v| v.id)) available title=product.title.clone()/> }
/// ```
#[component]
pub fn AddToCart(
    /// The chosen variant, if the options picked make one.
    #[prop(into)]
    variant_id: Signal<Option<i64>>,
    /// Units available of that variant.
    #[prop(into)]
    available: Signal<i64>,
    /// Product title, for labels and the announcement.
    #[prop(into)]
    title: String,
) -> impl IntoView {
    let cart = CartStore::expect();
    let quantity = RwSignal::new(1i64);
    let message = RwSignal::new(None::<(bool, String)>);
    let max = Signal::derive(move || available.get().clamp(1, MAX_LINE_QUANTITY));
    Effect::new(move |_| {
        // Another variant: start again from one.
        variant_id.track();
        quantity.set(1);
        message.set(None);
    });
    let label = title.clone();
    let add = Action::new_local(move |_: &()| {
        let title = title.clone();
        async move {
            let Some(id) = variant_id.get_untracked() else { return };
            let q = quantity.get_untracked();
            match cart.add(id, q, &title).await {
                Ok(()) => {
                    let what = t!("cart-added", count = q);
                    message.set(Some((true, what)));
                    quantity.set(1);
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        }
    });
    let pending = add.pending();
    let unavailable = move || variant_id.get().is_none() || available.get() <= 0;
    view! {
        <div class="vt-add">
            <div class="vt-add__row">
                <QuantityStepper value=quantity on_change=Callback::new(move |n| quantity.set(n)) max label=label.clone()
                    disabled=Signal::derive(move || unavailable() || pending.get())/>
                <button type="button" class="vt-button vt-button--primary vt-add__button" part="add-button"
                    disabled=move || unavailable() || pending.get()
                    aria-busy=move || pending.get().to_string()
                    on:click=move |_| { add.dispatch(()); }>
                    {move || if pending.get() {
                        t!("cart-add-adding")
                    } else if variant_id.get().is_none() {
                        t!("cart-add-unavailable")
                    } else if available.get() <= 0 {
                        t!("cart-add-sold-out")
                    } else {
                        t!("cart-add-button")
                    }}
                </button>
            </div>
            <p class="vt-add__message" role="status">
                {move || message.get().map(|(ok, text)| view! {
                    <span class:vt-add__message--ok=ok class:vt-add__message--error=!ok>{text}</span>
                    {ok.then(|| view! {
                        <button type="button" class="vt-link-button" on:click=move |_| cart.drawer_open.set(true)>{t!("cart-view-cart")}</button>
                    })}
                })}
            </p>
        </div>
    }
}

/// "Add to cart" on a listing card, for products with a single variant.
///
/// Needs [`CartStore`](crate::store::CartStore).
///
/// ```ignore
/// view! { <QuickAdd variant_id=v.id title=p.title.clone()/> }
/// ```
#[component]
pub fn QuickAdd(
    /// The variant to add.
    variant_id: i64,
    /// Product title, for the label and the announcement.
    title: String,
) -> impl IntoView {
    let cart = CartStore::expect();
    let done = RwSignal::new(false);
    let label = t!("cart-quick-add-label", title = &title);
    let add = Action::new_local(move |_: &()| {
        let title = title.clone();
        async move {
            if cart.add(variant_id, 1, &title).await.is_ok() {
                done.set(true);
            }
        }
    });
    let pending = add.pending();
    view! {
        <button type="button" class="vt-button vt-button--secondary vt-card__add" part="add-button" aria-label=label
            disabled=move || pending.get() aria-busy=move || pending.get().to_string()
            on:click=move |_| { add.dispatch(()); }>
            {move || if pending.get() { t!("cart-add-adding") } else if done.get() { t!("cart-quick-add-done") } else { t!("cart-add-button") }}
        </button>
    }
}
