use leptos::prelude::*;
use vitrine_core::t;

use crate::entry::LazyView;
use crate::store::CartStore;
use crate::ui::{Icon, IconKind};

/// The header's cart button: item count, opens the cart drawer. A pointer
/// over it or focus on it starts fetching the drawer's contents (a lazy
/// module in the entries) before it is pressed.
///
/// Needs [`CartStore`](crate::store::CartStore); the drawer's
/// [`LazyView`](crate::entry::LazyView) in context, as the `Shell` provides it, if any.
///
/// ```ignore
/// view! { <CartButton/> <CartDrawer body=drawer_body/> }
/// ```
#[component]
pub fn CartButton() -> impl IntoView {
    let cart = CartStore::expect();
    let count = cart.count();
    let drawer = use_context::<LazyView>();
    let preload = move || {
        if let Some(drawer) = drawer {
            (drawer.preload)();
        }
    };
    view! {
        <button type="button" class="vt-header__cart" part="cart-button" aria-haspopup="dialog"
            aria-label=move || t!("cart-button-label", count = count.get())
            on:pointerenter=move |_| preload() on:focus=move |_| preload()
            on:click=move |_| cart.drawer_open.set(true)>
            <Icon kind=IconKind::Bag size=22/>
            <span class="vt-header__cart-count" part="cart-count" aria-hidden="true" class:vt-header__cart-count--empty=move || count.get() == 0>
                {move || crate::i18n::number(count.get())}
            </span>
        </button>
    }
}
