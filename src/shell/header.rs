use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_query_map};
use vitrine_core::t;

use crate::api;
use crate::cart::CartButton;
use crate::catalog::SearchBox;
use crate::shell::LanguageSwitcher;
use crate::store::ShopStore;

/// Site header: brand, primary navigation and the cart button.
///
/// Needs a router, [`ShopStore`](crate::store::ShopStore) and [`CartStore`](crate::store::CartStore) (search box and cart button).
///
/// ```ignore
/// view! { <Router><Header/> /* routes */</Router> }
/// ```
#[component]
pub fn Header() -> impl IntoView {
    let shop = ShopStore::expect();
    let name = shop.name();
    view! {
        <header class="vt-header">
            <div class="vt-header__inner">
                <A href="/" attr:class="vt-header__brand">
                    <span class="vt-header__mark" aria-hidden="true">
                        {move || name.get().chars().next().unwrap_or('V').to_string()}
                    </span>
                    <span class="vt-header__name" dir="auto">{move || name.get()}</span>
                </A>
                <SearchBox/>
                <LanguageSwitcher id="vt-lang-header" class="vt-lang--compact"/>
                <CartButton/>
            </div>
            <CategoryNav/>
        </header>
    }
}

/// Links to every category; the current one is marked `aria-current`.
#[component]
fn CategoryNav() -> impl IntoView {
    let categories = LocalResource::new(api::categories);
    let location = use_location();
    let params = use_query_map();
    // The current category: exactly one `category` and nothing else narrowing the view.
    let current = Memo::new(move |_| {
        if location.pathname.get() != "/" {
            return None;
        }
        params.with(|p| {
            let cats = p.get_all("category").unwrap_or_default();
            let others = p.into_iter().any(|(k, _)| k != "category" && k != "page" && k != "sort");
            match (cats.as_slice(), others) {
                ([one], false) => Some(one.clone()),
                ([], false) => Some(String::new()),
                _ => None,
            }
        })
    });
    let link = move |href: String, handle: String, label: String| {
        let is_current = {
            let handle = handle.clone();
            move || current.get().as_deref() == Some(handle.as_str())
        };
        view! { <li><a href=href aria-current=move || is_current().then_some("page")>{label}</a></li> }
    };
    view! {
        <nav class="vt-catnav" aria-label=t!("common-categories")>
            <ul class="vt-catnav__list">
                {link("/".into(), String::new(), t!("common-shop-all"))}
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        categories.await.unwrap_or_default().into_iter().filter(|c| c.product_count > 0).map(|c| {
                            link(format!("/?category={}", c.handle), c.handle, c.name)
                        }).collect_view()
                    })}
                </Transition>
            </ul>
        </nav>
    }
}
