//! The shop entry ([`Entry::Shop`]): catalog, search, product and cart pages.
//! Any other page is a full page load of its own entry ([`Elsewhere`]).
//!
//! The catalog (the page most visits start on) is in the main wasm; the
//! product and cart pages are lazy routes ([`vitrine::lazy_page`]), each its
//! own module, fetched the first time it is shown, or as the wasm starts on
//! a page that needs it (scripts/split-routes.json).

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{path, Lazy};
use vitrine::app::{SearchAlias, Shell};
use vitrine::cart::{CartDrawerBody, CartPage};
use vitrine::catalog::{CatalogPage, ProductPage};
use vitrine::entry::{Elsewhere, Entry};

fn main() {
    vitrine::mount_shop(ShopApp);
}

#[component]
fn ShopApp() -> impl IntoView {
    view! {
        <Shell drawer=drawer_body>
            <Routes fallback=|| view! { <Elsewhere here=Entry::Shop/> }>
                <Route path=path!("/") view=CatalogPage/>
                <Route path=path!("/search") view=SearchAlias/>
                <Route path=path!("/products/:handle") view={Lazy::<ProductRoute>::new()}/>
                <Route path=path!("/cart") view={Lazy::<CartRoute>::new()}/>
            </Routes>
        </Shell>
    }
}

vitrine::lazy_page!(/** `/products/:handle` */ ProductRoute => ProductPage);
vitrine::lazy_page!(/** `/cart` */ CartRoute => CartPage);
vitrine::lazy_view!(/** the open cart drawer's contents */ drawer_body => CartDrawerBody);
