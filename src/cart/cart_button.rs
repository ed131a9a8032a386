use leptos::prelude::*;
use vitrine_core::t;

use crate::store::CartStore;
use crate::ui::{Icon, IconKind};

/// The header's cart button: item count, opens the cart drawer.
///
/// Needs [`CartStore`](crate::store::CartStore).
///
/// ```ignore
/// view! { <CartButton/> <CartDrawer/> }
/// ```
#[component]
pub fn CartButton() -> impl IntoView {
    let cart = CartStore::expect();
    let count = cart.count();
    view! {
        <button type="button" class="vt-header__cart" part="cart-button" aria-haspopup="dialog"
            aria-label=move || t!("cart-button-label", count = count.get())
            on:click=move |_| cart.drawer_open.set(true)>
            <Icon kind=IconKind::Bag size=22/>
            <span class="vt-header__cart-count" part="cart-count" aria-hidden="true" class:vt-header__cart-count--empty=move || count.get() == 0>
                {move || crate::i18n::number(count.get())}
            </span>
        </button>
    }
}
