use leptos::prelude::*;
use vitrine_core::listing::{ProductList, ProductQuery};
use vitrine_core::t;

use super::FacetPanel;
use crate::ui::{Icon, IconKind};

/// Filters on small screens: a modal `<dialog>` (the browser traps focus,
/// closes on Escape and returns focus to the "Filters" button).
///
/// Needs what [`FacetPanel`](super::FacetPanel) needs: the `ListingNav` of [`CatalogPage`](super::CatalogPage).
///
/// ```ignore
/// let open = RwSignal::new(false);
/// view! { <FilterDialog open list query/> } // inside CatalogPage
/// ```
#[component]
pub fn FilterDialog(
    /// Whether the dialog is open; the dialog sets it back to false on close.
    open: RwSignal<bool>,
    /// The latest results.
    list: ReadSignal<Option<ProductList>>,
    /// The query in the URL.
    query: Signal<ProductQuery>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    crate::ui::modal_while(dialog, move || open.get());
    let total = move || list.with(|l| l.as_ref().map(|l| l.total).unwrap_or(0));
    view! {
        <dialog node_ref=dialog class="vt-dialog" aria-labelledby="vt-filters-title" on:close=move |_| open.set(false)>
            <div class="vt-dialog__header">
                <h2 id="vt-filters-title" class="vt-dialog__title">{t!("catalog-filters")}</h2>
                <button type="button" class="vt-icon-button" aria-label=t!("catalog-close-filters") on:click=move |_| open.set(false)>
                    <Icon kind=IconKind::Close/>
                </button>
            </div>
            <div class="vt-dialog__body">
                <FacetPanel list query id_prefix="dlg"/>
            </div>
            <div class="vt-dialog__footer">
                <button type="button" class="vt-button vt-button--primary vt-button--block" on:click=move |_| open.set(false)>
                    {move || t!("catalog-show-count", count = total())}
                </button>
            </div>
        </dialog>
    }
}
