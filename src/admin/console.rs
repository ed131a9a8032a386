use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use vitrine_core::t;

use super::AdminSession;
use crate::api;
use crate::store::ShopStore;

/// The operator's console ([`Entry::Admin`](crate::entry::Entry::Admin)): the sign-in form until a
/// working admin key is given, then `routes`, the console's pages: the
/// orders queue, an order's page, inventory, metrics, alerts and the theme
/// editor. They are defined in the console's bin (`src/bin/admin.rs`), where
/// all but the queue are lazy routes.
///
/// ```ignore
/// leptos::mount::mount_to_body(|| view! { <AdminApp routes=|| view! { <Routes fallback=|| ()>/* ... */</Routes> }.into_any()/> });
/// ```
#[component]
pub fn AdminApp(routes: fn() -> AnyView) -> impl IntoView {
    provide_meta_context();
    ShopStore::provide();
    let session = AdminSession::provide();
    view! {
        <Router>
            <crate::ui::SkipLink target="vt-main" label=t!("console-skip-to-content")/>
            <ConsoleHeader/>
            <main id="vt-main" class="vt-main vt-admin" tabindex="-1">
                <Show when=move || session.key().is_some() fallback=|| view! { <SignIn/> }>
                    {routes()}
                </Show>
            </main>
            <p class="vt-visually-hidden" role="status" aria-live="polite">{move || session.notice.get()}</p>
        </Router>
    }
}

/// The console's header: the shop's mark, the sections (the current one
/// marked `aria-current`), a link to the shop and "Sign out".
#[component]
fn ConsoleHeader() -> impl IntoView {
    let shop = ShopStore::expect();
    let session = AdminSession::expect();
    let name = shop.name();
    let path = use_location().pathname;
    // Open alerts, counted again on every page change.
    let open_alerts = LocalResource::new(move || {
        let (key, _) = (session.key(), path.get());
        async move {
            match key {
                Some(k) => api::admin_alerts(&k, "open").await.ok().map(|a| a.len()),
                None => None,
            }
        }
    });
    let open_alerts = Signal::derive(move || open_alerts.get().flatten());
    let section = move |href: &'static str, label: String| {
        let current = move || {
            let p = path.get();
            let here = if href == "/admin" { p == "/admin" || p.starts_with("/admin/orders") } else { p.starts_with(href) };
            here.then_some("page")
        };
        view! { <li><a class="vt-admin-nav__link" href=href aria-current=current>{label}</a></li> }
    };
    view! {
        <header class="vt-header">
            <div class="vt-header__inner">
                <span class="vt-header__brand">
                    <span class="vt-header__mark" aria-hidden="true">{move || name.get().chars().next().unwrap_or('V').to_string()}</span>
                    <span class="vt-header__name">{move || t!("console-brand", shop = name.get())}</span>
                </span>
                <Show when=move || session.key().is_some()>
                    <nav class="vt-admin-nav" aria-label=t!("console-nav-label")>
                        <ul class="vt-admin-nav__list">
                            {section("/admin", t!("console-nav-orders"))}
                            {section("/admin/inventory", t!("console-nav-inventory"))}
                            {section("/admin/metrics", t!("console-nav-metrics"))}
                            <li>
                                <a class="vt-admin-nav__link" href="/admin/alerts" aria-current=move || path.get().starts_with("/admin/alerts").then_some("page")>
                                    {t!("console-nav-alerts")}
                                    {move || open_alerts.get().filter(|n| *n > 0).map(|n| view! {
                                        <span class="vt-admin-tabs__count vt-admin-nav__count">{n}<span class="vt-visually-hidden">{t!("console-nav-alerts-open", count = n)}</span></span>
                                    })}
                                </a>
                            </li>
                            {section("/theme", t!("console-nav-theme"))}
                        </ul>
                    </nav>
                </Show>
                <div class="vt-admin-nav__end">
                    <a class="vt-admin-nav__link" href="/">{t!("console-view-shop")}</a>
                    <Show when=move || session.key().is_some()>
                        <button type="button" class="vt-button vt-button--secondary" on:click=move |_| { session.sign_out(); session.say(t!("console-signed-out")); }>
                            {t!("console-sign-out")}
                        </button>
                    </Show>
                </div>
            </div>
        </header>
    }
}

/// Asks for an admin key (made with `vitrine-server admin-key create`) and
/// checks it against the API before keeping it for this tab.
#[component]
fn SignIn() -> impl IntoView {
    let session = AdminSession::expect();
    let key = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = key.get_untracked().trim().to_string();
        if typed.is_empty() {
            error.set(Some(t!("console-signin-key-missing")));
            if let Some(i) = input.get() {
                let _ = i.focus();
            }
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::admin_queue(&typed).await {
                Ok(_) => {
                    session.sign_in(typed);
                    session.say(t!("console-signed-in"));
                }
                Err(e) => {
                    let text = if e.status() == Some(401) { t!("console-signin-key-invalid") } else { e.to_string() };
                    error.set(Some(text));
                    if let Some(i) = input.get() {
                        let _ = i.focus();
                    }
                }
            }
            busy.set(false);
        });
    };
    // The lede names a shell command, set as code inside the sentence.
    let command = "vitrine-server admin-key create";
    let lede = t!("console-signin-lede", command = command);
    let (lede_start, lede_end) = lede.split_once(command).map_or((lede.clone(), String::new()), |(a, b)| (a.to_string(), b.to_string()));
    view! {
        <section class="vt-admin-signin" aria-labelledby="vt-admin-signin-title">
            <h1 id="vt-admin-signin-title" class="vt-page__title">{t!("console-signin-title")}</h1>
            <p class="vt-admin__lede">{lede_start}<code>{command}</code>{lede_end}</p>
            <form class="vt-form" on:submit=submit novalidate>
                <div class="vt-field vt-field--wide">
                    <label for="vt-admin-key" class="vt-field__label">{t!("console-signin-key-label")}</label>
                    <input id="vt-admin-key" node_ref=input class="vt-input" type="password" autocomplete="current-password" spellcheck="false"
                        prop:value=move || key.get() on:input=move |ev| { key.set(event_target_value(&ev)); error.set(None); }
                        aria-invalid=move || error.with(Option::is_some).then_some("true") aria-describedby="vt-admin-key-error vt-admin-key-hint"/>
                    <p id="vt-admin-key-error" class="vt-field__error">{move || error.get()}</p>
                    <p id="vt-admin-key-hint" class="vt-field__hint">{t!("console-signin-key-hint")}</p>
                </div>
                <button type="submit" class="vt-button vt-button--primary" prop:disabled=move || busy.get()>
                    {move || if busy.get() { t!("console-signin-checking") } else { t!("console-signin-submit") }}
                </button>
            </form>
        </section>
    }
}
