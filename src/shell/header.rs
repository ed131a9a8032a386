use leptos::prelude::*;
use leptos_router::components::A;

use crate::store::ShopStore;
use crate::ui::{Icon, IconKind};

/// Site header: brand, primary navigation and the cart button.
#[component]
pub fn Header() -> impl IntoView {
    let shop = ShopStore::expect();
    let name = shop.name();
    view! {
        <header class="vt-header">
            <div class="vt-header__inner">
                <A href="/" attr:class="vt-header__brand">
                    <span class="vt-header__mark" aria-hidden="true">
                        {move || name.get().chars().next().unwrap_or('V').to_string()}
                    </span>
                    <span class="vt-header__name">{move || name.get()}</span>
                </A>
                <nav class="vt-header__nav" aria-label="Main">
                    <A href="/" exact=true>"Shop all"</A>
                </nav>
                <span class="vt-header__cart" role="status" aria-label="Cart: 0 items">
                    <Icon kind=IconKind::Bag size=22/>
                    <span class="vt-header__cart-count" aria-hidden="true">"0"</span>
                </span>
            </div>
        </header>
    }
}
