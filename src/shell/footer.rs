use leptos::prelude::*;

use crate::shell::LanguageSwitcher;
use crate::store::ShopStore;

/// Site footer.
///
/// Needs [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <Footer/> }
/// ```
#[component]
pub fn Footer() -> impl IntoView {
    let name = ShopStore::expect().name();
    view! {
        <footer class="vt-footer">
            <div class="vt-footer__inner">
                <p class="vt-footer__brand">{move || name.get()}</p>
                <a class="vt-footer__link" href="/orders/lookup">"Track an order"</a>
                <LanguageSwitcher id="vt-lang-footer"/>
                <p class="vt-footer__small">"Powered by Vitrine"</p>
            </div>
        </footer>
    }
}
