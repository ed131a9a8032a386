use leptos::prelude::*;
use vitrine_core::t;

use super::{CartLineView, CartTotals, UndoNotice};
use crate::api::ApiError;
use crate::entry::{Lazily, LazyView};
use crate::store::CartStore;
use crate::ui::{ErrorNotice, Icon, IconKind};

/// The cart as a side panel (a modal `<dialog>`: focus moves in, Escape
/// closes it, focus returns to the cart button). Its contents
/// ([`CartDrawerBody`]) exist only while it is open, and come from `body`:
/// in the entries, a lazy module fetched the first time the drawer opens
/// ([`vitrine::lazy_view`](crate::lazy_view)), so no page's first load
/// carries the lines, totals and undo of a drawer nobody has opened yet.
/// When they cannot be fetched (offline), the drawer says so and offers to
/// try again.
///
/// Needs [`CartStore`](crate::store::CartStore) and [`ShopStore`](crate::store::ShopStore); open it with `cart.drawer_open`.
///
/// ```ignore
/// vitrine::lazy_view!(drawer_body => CartDrawerBody);
/// view! { <CartButton/> <CartDrawer body=drawer_body/> }
/// ```
#[component]
pub fn CartDrawer(body: LazyView) -> impl IntoView {
    let cart = CartStore::expect();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    crate::ui::modal_while(dialog, move || cart.drawer_open.get());
    let close = move || cart.drawer_open.set(false);
    let count = cart.count();
    view! {
        <dialog node_ref=dialog class="vt-dialog vt-drawer" part="drawer" aria-labelledby="vt-drawer-title" on:close=move |_| close()>
            <div class="vt-dialog__header">
                <h2 id="vt-drawer-title" class="vt-dialog__title">
                    {move || match count.get() { 0 => t!("cart-title"), n => t!("cart-drawer-title", count = n) }}
                </h2>
                <button type="button" class="vt-icon-button" aria-label=t!("cart-drawer-close") on:click=move |_| close()>
                    <Icon kind=IconKind::Close/>
                </button>
            </div>
            <Show when=move || cart.drawer_open.get()>
                <Lazily load=body.view failed=|retry| view! {
                    <div class="vt-dialog__body">
                        <ErrorNotice title=t!("cart-drawer-failed") error=ApiError::Network retry/>
                    </div>
                }.into_any()/>
            </Show>
        </dialog>
    }
}

/// What the open [`CartDrawer`] shows under its title: the undo notice, the
/// lines (or an empty state), the totals and the ways on (checkout, the
/// cart page). Closing the drawer from here sets `cart.drawer_open`.
///
/// Needs [`CartStore`](crate::store::CartStore) and [`ShopStore`](crate::store::ShopStore).
#[component]
pub fn CartDrawerBody() -> impl IntoView {
    let cart = CartStore::expect();
    let close = move || cart.drawer_open.set(false);
    let ids = Memo::new(move |_| cart.cart().with(|c| c.as_ref().map(|c| c.lines.iter().map(|l| l.id).collect::<Vec<_>>()).unwrap_or_default()));
    view! {
        <div class="vt-dialog__body">
            <UndoNotice/>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! {
                <div class="vt-empty vt-empty--compact">
                    <p class="vt-empty__title">{t!("cart-empty-title")}</p>
                    <button type="button" class="vt-button vt-button--secondary" on:click=move |_| close()>{t!("cart-continue-shopping")}</button>
                </div>
            }>
                <ul class="vt-lines">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <CartLineView id/>
                    </For>
                </ul>
            </Show>
        </div>
        <Show when=move || !ids.with(Vec::is_empty)>
            <div class="vt-dialog__footer vt-drawer__footer">
                <CartTotals/>
                <a class="vt-button vt-button--primary vt-button--block" href="/checkout" on:click=move |_| close()>{t!("cart-check-out")}</a>
                <a class="vt-button vt-button--secondary vt-button--block" href="/cart" on:click=move |_| close()>{t!("cart-view-cart")}</a>
            </div>
        </Show>
    }
}
