use leptos::prelude::*;

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
                <span>{format!("Removed {}.", r.title)}</span>
                <button type="button" class="vt-link-button" disabled=move || undo.pending().get()
                    aria-label=format!("Undo: put {} back in your cart", r.title)
                    on:click=move |_| { undo.dispatch(()); }>
                    "Undo"
                </button>
            </div>
        })}
    }
}
