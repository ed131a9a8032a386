use leptos::prelude::*;
use vitrine_core::t;

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
                <p class="vt-footer__brand" dir="auto">{move || name.get()}</p>
                <a class="vt-footer__link" href="/orders/lookup">{t!("common-track-order")}</a>
                <LanguageSwitcher id="vt-lang-footer"/>
                <p class="vt-footer__small">{t!("common-powered-by")}</p>
            </div>
        </footer>
    }
}
