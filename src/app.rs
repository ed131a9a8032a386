use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{path, NavigateOptions};
use vitrine_core::t;

use crate::cart::{CartDrawer, CartDrawerBody, CartPage};
use crate::catalog::{CatalogPage, ProductPage};
use crate::checkout::CheckoutPage;
use crate::entry::LazyView;
use crate::returns::{ReturnLabelPage, ReturnPage, StartReturnPage};
use crate::shell::{Footer, Header, NotFound};
use crate::store::{CartStore, ShopStore};
use crate::tracking::{OrderLookupPage, TrackingPage};
use crate::ui::{Later, SkipLink};

/// The frame every page shares (skip link, header, `<main>`, footer, cart
/// drawer, the cart's live announcements) around `children`: the routes.
/// `drawer` is the open cart drawer's contents ([`CartDrawerBody`]), lazy
/// in the entries (`vitrine::lazy_view!` in each bin).
///
/// Provides everything the pages need: the router, `leptos_meta`'s meta context, [`ShopStore`](crate::store::ShopStore) and [`CartStore`](crate::store::CartStore).
///
/// ```ignore
/// vitrine::lazy_view!(drawer_body => CartDrawerBody);
/// view! { <Shell drawer=drawer_body><Routes fallback=|| view! { <NotFound/> }> /* routes */ </Routes></Shell> }
/// ```
#[component]
pub fn Shell(drawer: LazyView, children: Children) -> impl IntoView {
    provide_meta_context();
    ShopStore::provide();
    let cart = CartStore::provide();
    provide_context(drawer);
    view! {
        <Router>
            <SkipLink target="vt-main" label=t!("common-skip-to-content")/>
            <SkipToResults/>
            <Header/>
            <main id="vt-main" class="vt-main" tabindex="-1">{children()}</main>
            <Later><Footer/><CartDrawer body=drawer/></Later>
            <p class="vt-visually-hidden" role="status" aria-live="polite">{move || cart.announcement.get()}</p>
        </Router>
    }
}

/// On a listing (the catalog, a category, a search), a second skip link
/// straight to the results, past the header and every filter: a keyboard
/// user reaches the first product in four presses of Tab (six past active
/// filter chips), not eighty.
#[component]
fn SkipToResults() -> impl IntoView {
    let path = leptos_router::hooks::use_location().pathname;
    view! {
        <Show when=move || path.get() == "/">
            <SkipLink target="vt-results" label=t!("common-skip-to-results")/>
        </Show>
    }
}

/// The full storefront: every page, behind one router (one wasm for all;
/// each entry's bin has its own routes, `src/main.rs` and `src/bin/`).
///
/// ```ignore
/// leptos::mount::mount_to_body(App);
/// ```
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Shell drawer=LazyView::eager(|| Box::pin(async { Some(view! { <CartDrawerBody/> }.into_any()) }))>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=CatalogPage/>
                <Route path=path!("/search") view=SearchAlias/>
                <Route path=path!("/products/:handle") view=ProductPage/>
                <Route path=path!("/cart") view=CartPage/>
                <Route path=path!("/checkout") view=CheckoutPage/>
                <Route path=path!("/orders/lookup") view=OrderLookupPage/>
                <Route path=path!("/orders/:number") view=TrackingPage/>
                <Route path=path!("/orders/:number/return") view=StartReturnPage/>
                <Route path=path!("/returns/:rma") view=ReturnPage/>
                <Route path=path!("/returns/:rma/label") view=ReturnLabelPage/>
            </Routes>
        </Shell>
    }
}

/// `/search?q=...`, where many shops keep search (and where people type it),
/// is the catalog with the same query.
#[component]
pub fn SearchAlias() -> impl IntoView {
    let search = use_location().search.get_untracked();
    let search = search.trim_start_matches('?');
    let path = if search.is_empty() { "/".to_string() } else { format!("/?{search}") };
    view! { <Redirect path=path options=NavigateOptions { replace: true, ..Default::default() }/> }
}
