use leptos::prelude::*;
use vitrine_core::t;

use crate::store::{CartStore, ShopStore};

/// Discount code entry. Refusals say why ("expired", "needs a subtotal of
/// at least ..."), next to the field; an applied code shows with "Remove".
///
/// Needs [`CartStore`](crate::store::CartStore) and [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <DiscountForm/> }
/// ```
#[component]
pub fn DiscountForm() -> impl IntoView {
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    let apply = Action::new_local(move |c: &String| {
        let c = c.clone();
        async move {
            match cart.apply_discount(&c).await {
                Ok(()) => {
                    error.set(None);
                    code.set(String::new());
                }
                Err(e) => {
                    error.set(Some(e.field("code").unwrap_or_else(|| e.to_string())));
                    if let Some(i) = input.get() {
                        let _ = i.focus();
                    }
                }
            }
        }
    });
    let remove = Action::new_local(move |_: &()| async move {
        let _ = cart.remove_discount().await;
    });
    let applied = move || cart.cart().with(|c| c.as_ref().and_then(|c| c.discount.clone()));
    let problem = move || {
        cart.cart().with(|c| c.as_ref().and_then(|c| c.totals.discount_problem.clone())).map(|p| p.message(|m| shop.format(m)))
    };
    view! {
        <div class="vt-discount">
            {move || applied().map(|d| view! {
                <div class="vt-discount__applied">
                    <span class="vt-discount__code">{d.code.clone()}</span>
                    {move || problem().map(|p| view! { <span class="vt-discount__problem">{p}</span> })}
                    <button type="button" class="vt-link-button" aria-label=t!("cart-discount-remove-label", code = &d.code)
                        on:click=move |_| { remove.dispatch(()); }>{t!("cart-remove")}</button>
                </div>
            })}
            <form class="vt-discount__form" novalidate on:submit=move |ev| {
                ev.prevent_default();
                let c = code.get_untracked();
                if c.trim().is_empty() {
                    error.set(Some(t!("cart-discount-empty")));
                } else {
                    apply.dispatch(c);
                }
            }>
                <label for="vt-discount-code" class="vt-field__label">{t!("cart-discount-label")}</label>
                <div class="vt-discount__row">
                    <input id="vt-discount-code" node_ref=input class="vt-input" type="text" autocomplete="off"
                        autocapitalize="characters" spellcheck="false" maxlength="40"
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="vt-discount-error"/>
                    <button type="submit" class="vt-button vt-button--secondary" disabled=move || apply.pending().get()>
                        {move || if apply.pending().get() { t!("cart-discount-applying") } else { t!("cart-discount-apply") }}
                    </button>
                </div>
                <p id="vt-discount-error" class="vt-field__error" role="alert">{move || error.get()}</p>
            </form>
        </div>
    }
}
