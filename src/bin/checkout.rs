//! The checkout entry ([`Entry::Checkout`]): checkout and the order pages.
//! Any other page is a full page load of its own entry ([`Elsewhere`]).
//! The checkout is in the main wasm; the order lookup and an order's
//! tracking page are lazy routes ([`vitrine::lazy_page`]), each its own
//! module, fetched the first time it is shown, or as the wasm starts on a
//! page that needs it (scripts/split-routes.json).

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{path, Lazy};
use vitrine::app::Shell;
use vitrine::checkout::CheckoutPage;
use vitrine::cart::CartDrawerBody;
use vitrine::entry::{Elsewhere, Entry};
use vitrine::tracking::{OrderLookupPage, TrackingPage};

fn main() {
    vitrine::mount_checkout(CheckoutApp);
}

#[component]
fn CheckoutApp() -> impl IntoView {
    view! {
        <Shell drawer=drawer_body>
            <Routes fallback=|| view! { <Elsewhere here=Entry::Checkout/> }>
                <Route path=path!("/checkout") view=CheckoutPage/>
                <Route path=path!("/orders/lookup") view={Lazy::<LookupRoute>::new()}/>
                <Route path=path!("/orders/:number") view={Lazy::<TrackingRoute>::new()}/>
            </Routes>
        </Shell>
    }
}

vitrine::lazy_page!(/** `/orders/lookup` */ LookupRoute => OrderLookupPage);
vitrine::lazy_page!(/** `/orders/:number` */ TrackingRoute => TrackingPage);
vitrine::lazy_view!(/** the open cart drawer's contents */ drawer_body => CartDrawerBody);
