use leptos::prelude::*;
use vitrine_core::t;

use crate::store::CartStore;

/// "Removed X. Undo" after a line is removed.
///
/// Needs [`CartStore`](crate::store::CartStore).
///
/// ```ignore
/// view! { <UndoNotice/> }
/// ```
#[component]
pub fn UndoNotice() -> impl IntoView {
    let cart = CartStore::expect();
    let undo = Action::new_local(move |_: &()| async move {
        let _ = cart.undo_remove().await;
    });
    view! {
        {move || cart.removed.get().map(|r| view! {
            <div class="vt-undo" role="status">
                <span>{t!("cart-undo-removed", title = &r.title)}</span>
                <button type="button" class="vt-link-button" disabled=move || undo.pending().get()
                    aria-label=t!("cart-undo-label", title = &r.title)
                    on:click=move |_| { undo.dispatch(()); }>
                    {t!("cart-undo")}
                </button>
            </div>
        })}
    }
}
