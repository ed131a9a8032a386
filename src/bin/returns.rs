//! The returns entry ([`Entry::Returns`]): starting a return, the return's
//! page and its label. Any other page is a full page load of its own entry
//! ([`Elsewhere`]). Nothing here is a lazy page (a return is one short
//! visit); the open cart drawer's contents are lazy, as in every entry.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;
use vitrine::app::Shell;
use vitrine::cart::CartDrawerBody;
use vitrine::entry::{Elsewhere, Entry};
use vitrine::returns::{ReturnLabelPage, ReturnPage, StartReturnPage};

fn main() {
    vitrine::mount_returns(ReturnsApp);
}

#[component]
fn ReturnsApp() -> impl IntoView {
    view! {
        <Shell drawer=drawer_body>
            <Routes fallback=|| view! { <Elsewhere here=Entry::Returns/> }>
                <Route path=path!("/orders/:number/return") view=StartReturnPage/>
                <Route path=path!("/returns/:rma") view=ReturnPage/>
                <Route path=path!("/returns/:rma/label") view=ReturnLabelPage/>
            </Routes>
        </Shell>
    }
}

vitrine::lazy_view!(/** the open cart drawer's contents */ drawer_body => CartDrawerBody);
