use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::cart::{CartDrawer, CartPage};
use crate::catalog::{CatalogPage, ProductPage};
use crate::checkout::{CheckoutPage, OrderPage};
use crate::shell::{Footer, Header, NotFound};
use crate::store::{CartStore, ShopStore};

/// The full storefront: every page, behind one router.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    ShopStore::provide();
    let cart = CartStore::provide();
    view! {
        <Router>
            <a class="vt-skip-link" href="#vt-main">"Skip to content"</a>
            <Header/>
            <main id="vt-main" class="vt-main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=CatalogPage/>
                    <Route path=path!("/products/:handle") view=ProductPage/>
                    <Route path=path!("/cart") view=CartPage/>
                    <Route path=path!("/checkout") view=CheckoutPage/>
                    <Route path=path!("/orders/:number") view=OrderPage/>
                </Routes>
            </main>
            <Footer/>
            <CartDrawer/>
            <p class="vt-visually-hidden" role="status" aria-live="polite">{move || cart.announcement.get()}</p>
        </Router>
    }
}
