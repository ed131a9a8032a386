//! The operator's console ([`Entry::Admin`]): [`AdminApp`] with its pages.
//! The queue (`/admin`, where the console opens) is in the main wasm; every
//! other page is a lazy route ([`vitrine::lazy_page`]), its own module,
//! fetched the first time it is shown, or as the wasm starts on a page that
//! needs it (scripts/split-routes.json): the theme editor and the order,
//! inventory, metrics and alerts pages.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{path, Lazy};
use vitrine::admin::{AdminApp, AdminOrderPage, AlertsPage, InventoryPage, MetricsPage, QueuePage, ThemeEditor};
use vitrine::entry::{Elsewhere, Entry};

fn main() {
    vitrine::mount_admin(|| view! { <AdminApp routes=console_routes/> });
}

/// Any other page is a full page load of its own entry.
fn console_routes() -> AnyView {
    view! {
        <Routes fallback=|| view! { <Elsewhere here=Entry::Admin/> }>
            <Route path=path!("/admin") view=QueuePage/>
            <Route path=path!("/admin/orders/:number") view={Lazy::<OrderRoute>::new()}/>
            <Route path=path!("/admin/inventory") view={Lazy::<InventoryRoute>::new()}/>
            <Route path=path!("/admin/metrics") view={Lazy::<MetricsRoute>::new()}/>
            <Route path=path!("/admin/alerts") view={Lazy::<AlertsRoute>::new()}/>
            <Route path=path!("/theme") view={Lazy::<ThemeRoute>::new()}/>
        </Routes>
    }
    .into_any()
}

vitrine::lazy_page!(/** `/admin/orders/:number` */ OrderRoute => AdminOrderPage);
vitrine::lazy_page!(/** `/admin/inventory` */ InventoryRoute => InventoryPage);
vitrine::lazy_page!(/** `/admin/metrics` */ MetricsRoute => MetricsPage);
vitrine::lazy_page!(/** `/admin/alerts` */ AlertsRoute => AlertsPage);
vitrine::lazy_page!(/** `/theme` */ ThemeRoute => ThemeEditor);
