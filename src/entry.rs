//! The storefront is built as several entries (one wasm each) over the same
//! components, so a shopper's first load carries only the pages of its kind:
//! [`Entry::Shop`] (catalog, search, product, cart), [`Entry::Checkout`]
//! (checkout, orders), [`Entry::Returns`] (starting a return, the return's
//! page and label) and [`Entry::Admin`] (the operator's console). The server answers each path with its entry's
//! `index.html` (`crates/server/src/assets.rs`, same path rule as
//! [`Entry::of`]); moving between entries is an ordinary page load, and the
//! cart survives it (it lives on the server, its token in localStorage).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::shell::{NotFound, PageUnavailable};

/// One build of the storefront.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Catalog, search, product and cart pages (`index.html`, bin `vitrine`).
    Shop,
    /// Checkout and order pages (`checkout.html`, bin `vitrine-checkout`).
    Checkout,
    /// Return pages: `/orders/{number}/return` and `/returns/...`
    /// (`returns.html`, bin `vitrine-returns`).
    Returns,
    /// The operator's console: `/admin/...` and the theme editor at `/theme`
    /// (`admin.html`, bin `vitrine-admin`).
    Admin,
}

impl Entry {
    /// The entry that owns `path`. Keep in step with the server's `Entry::of`.
    pub fn of(path: &str) -> Entry {
        let under = |prefix: &str| path == prefix || path.starts_with(&format!("{prefix}/"));
        let starts_return = path.strip_prefix("/orders/").is_some_and(|rest| rest.trim_end_matches('/').ends_with("/return") && rest.matches('/').count() <= 2);
        if under("/admin") || under("/theme") {
            Entry::Admin
        } else if under("/returns") || starts_return {
            Entry::Returns
        } else if under("/checkout") || under("/orders") {
            Entry::Checkout
        } else {
            Entry::Shop
        }
    }
}

thread_local! {
    /// The path this document was loaded for.
    static LOADED_AT: String = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
}

/// Notes the path the document was loaded for (call before mounting).
pub fn remember_load() {
    LOADED_AT.with(|_| ());
}

/// Lets the browser follow links to another entry's pages as ordinary page
/// loads: a capture-phase click listener stops such clicks from reaching the
/// router (which would handle them in place), without preventing their
/// default. Modified clicks and other origins are left alone.
pub fn leave_by_links(here: Entry) {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if link_elsewhere(&ev, here).is_some() {
            ev.stop_propagation();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    }
    on_click.forget();
}

/// The link a plain click (main button, no modifier key, not already
/// handled) follows to a page of this origin that another entry than
/// `here` serves; `None` for any other click.
pub fn link_elsewhere(ev: &web_sys::MouseEvent, here: Entry) -> Option<web_sys::HtmlAnchorElement> {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
        return None;
    }
    let a = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten()) // i18n: not shown
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())?;
    let plain = a.target().is_empty() || a.target() == "_self";
    let origin = web_sys::window()?.location().origin().ok()?;
    (plain && a.origin() == origin && Entry::of(&a.pathname()) != here).then_some(a)
}

/// The routes' fallback in an entry: a page of another entry reached in
/// place (`navigate`, Back/Forward; links go through [`leave_by_links`])
/// becomes a full page load of that address, so the server answers it with
/// the right entry; a page of no entry is [`NotFound`].
///
/// Needs a router and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <Routes fallback=|| view! { <Elsewhere here=Entry::Shop/> }> /* ... */ </Routes> }
/// ```
#[component]
pub fn Elsewhere(here: Entry) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    // Never reload the page the server just gave us (a path rule out of step would loop).
    let first = LOADED_AT.with(|p| *p == path);
    if Entry::of(&path) != here && !first {
        let search = location.search.get_untracked();
        let search = search.trim_start_matches('?');
        let hash = location.hash.get_untracked();
        let hash = hash.trim_start_matches('#');
        let href = format!(
            "{path}{}{search}{}{hash}",
            if search.is_empty() { "" } else { "?" },
            if hash.is_empty() { "" } else { "#" }
        );
        // After the router has written the address into the history: load it in that entry's place.
        set_timeout(
            move || {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().replace(&href);
                }
            },
            std::time::Duration::ZERO,
        );
        return ().into_any();
    }
    view! { <NotFound/> }.into_any()
}

/// A lazy route showing one page component that takes no props: its code
/// is split off the entry's wasm (module `$route`) and fetched the first
/// time the route is shown, the router keeping the current page until it
/// has arrived (Leptos' [`LazyRoute`](leptos_router::LazyRoute), as
/// `#[lazy_route]` makes it, but a failed fetch shows [`PageUnavailable`]
/// with "Try again" instead of panicking). Use it in an entry's bin, not in
/// this library: the split function is an exported symbol, which every bin
/// linking it would keep, with all it reaches. `scripts/split-routes.json`
/// knows the route by `$route`.
///
/// ```ignore
/// vitrine::lazy_page!(/** `/cart` */ CartRoute => CartPage);
/// view! { <Route path=path!("/cart") view={Lazy::<CartRoute>::new()}/> }
/// ```
#[macro_export]
macro_rules! lazy_page {
    ($(#[$doc:meta])* $route:ident => $page:ident) => {
        $(#[$doc])*
        struct $route;

        const _: () = {
            $crate::__split_view!($route => $page);

            impl ::leptos_router::LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                fn view(_this: Self) -> impl ::std::future::Future<Output = ::leptos::prelude::AnyView> {
                    $crate::entry::lazy_page_view(split_view)
                }

                async fn preload() {
                    split_preload().await;
                }
            }
        };
    };
}

/// The part [`lazy_page!`](crate::lazy_page) and
/// [`lazy_view!`](crate::lazy_view) share: `$component` split off into the
/// module `$module`, as Leptos' `#[lazy]` does it but `fallible` (a fetch
/// that fails is `None`, not a panic, which would abort the release build),
/// as `fn split_view() -> LazyLoad` and `async fn split_preload()`.
#[doc(hidden)]
#[macro_export]
macro_rules! __split_view {
    ($module:ident => $component:ident) => {
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible, preload(#[doc(hidden)] __preload_split))]
        fn split() -> ::std::result::Result<::leptos::prelude::AnyView, ::leptos::wasm_split::SplitLoaderError> {
            use ::leptos::prelude::*;
            Ok(view! { <$component/> }.into_any())
        }

        fn split_view() -> $crate::entry::LazyLoad {
            ::std::boxed::Box::pin(async { split().await.ok() })
        }

        async fn split_preload() {
            let _ = __preload_split().await;
        }
    };
}

/// A lazy page's view ([`lazy_page!`](crate::lazy_page)): the page, or
/// when its module could not be fetched, [`PageUnavailable`], whose "Try
/// again" fetches it again.
pub fn lazy_page_view(load: fn() -> LazyLoad) -> impl std::future::Future<Output = AnyView> {
    let loading = send_wrapper::SendWrapper::new(load());
    async move {
        match loading.await {
            Some(page) => page,
            None => view! { <Lazily load failed=|retry| view! { <PageUnavailable retry/> }.into_any() failed_once=true/> }.into_any(),
        }
    }
}

/// What `load` resolves to, once it has; when its module could not be
/// fetched, `failed` with a callback that tries again. `failed_once`: the
/// first attempt was made elsewhere and failed, so start with `failed`.
#[component]
pub fn Lazily(
    load: fn() -> LazyLoad,
    failed: fn(Callback<()>) -> AnyView,
    #[prop(optional)] failed_once: bool,
) -> impl IntoView {
    let attempt = Trigger::new();
    let retry = Callback::new(move |()| attempt.notify());
    let skip = StoredValue::new(failed_once);
    move || {
        attempt.track();
        if skip.get_value() {
            skip.set_value(false);
            return failed(retry);
        }
        let loading = send_wrapper::SendWrapper::new(load());
        Suspend::new(async move { loading.await.unwrap_or_else(|| failed(retry)) }).into_any()
    }
}

/// What a [`LazyView`] resolves to: the view, or `None` when its module
/// could not be fetched (offline, say; calling again tries again).
pub type LazyLoad = std::pin::Pin<Box<dyn std::future::Future<Output = Option<AnyView>>>>;

/// A view whose code may live in a lazy module (see [`lazy_view!`](crate::lazy_view)).
#[derive(Clone, Copy)]
pub struct LazyView {
    /// Loads the module (the first time) and resolves to the view; call it
    /// where the view goes (it reads its contexts there).
    pub view: fn() -> LazyLoad,
    /// Starts fetching the module, if it has not been, and returns: call it
    /// when the view is about to be wanted (a pointer over its button).
    pub preload: fn(),
}

impl LazyView {
    /// A `LazyView` that is not lazy: its view at once (the unsplit
    /// storefront, [`App`](crate::app::App)).
    pub fn eager(view: fn() -> LazyLoad) -> Self {
        LazyView { view, preload: || () }
    }
}

/// `const $name:` a [`LazyView`] of one component that takes no props, its
/// code split off the entry's wasm (module `$name`) and fetched the first
/// time it is wanted; a failed fetch resolves to `None` rather than
/// panicking, and the next call fetches again. Like
/// [`lazy_page!`](crate::lazy_page), use it in an entry's bin, and name it
/// under `"on demand"` in `scripts/split-routes.json`.
///
/// ```ignore
/// vitrine::lazy_view!(/** the open cart drawer */ drawer_body => CartDrawerBody);
/// view! { <Shell drawer=drawer_body> /* routes */ </Shell> }
/// ```
#[macro_export]
macro_rules! lazy_view {
    ($(#[$doc:meta])* $name:ident => $component:ident) => {
        $(#[$doc])*
        #[allow(non_upper_case_globals)]
        const $name: $crate::entry::LazyView = {
            $crate::__split_view!($name => $component);
            fn preload() {
                ::leptos::task::spawn_local(split_preload());
            }
            $crate::entry::LazyView { view: split_view, preload }
        };
    };
}
