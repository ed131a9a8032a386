use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use vitrine_core::checkout::{normalize_email, OrderLookup};
use vitrine_core::t;

use crate::api::{self, LookupError};
use crate::checkout::{email_hint, focus};

/// Where the lookup page lives.
pub const LOOKUP_PATH: &str = "/orders/lookup";

/// `/orders/lookup`: a guest finds an order by its number and the email it
/// was placed with, and lands on its tracking page. A wrong number and a
/// wrong email get the same answer (the server's, in a `role="alert"`); too
/// many tries say how long to wait (`Retry-After`).
///
/// Needs a router and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <Route path=path!("/orders/lookup") view=OrderLookupPage/> }
/// ```
#[component]
pub fn OrderLookupPage() -> impl IntoView {
    let number = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let number_error = RwSignal::new(None::<String>);
    let email_error = RwSignal::new(None::<String>);
    let refusal = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let find = Action::new_local(move |lookup: &OrderLookup| {
        let (lookup, navigate) = (lookup.clone(), navigate.clone());
        async move {
            match api::lookup_order(&lookup).await {
                Ok(found) => navigate(&found.status_url, Default::default()),
                Err(e) => {
                    number_error.set(e.error.field("number"));
                    email_error.set(e.error.field("email"));
                    refusal.set(Some(refusal_message(&e)));
                }
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        refusal.set(None);
        let n = number.get_untracked().trim().to_string();
        let e = normalize_email(&email.get_untracked());
        number_error.set(n.is_empty().then(|| t!("tracking-lookup-number-missing")));
        email_error.set(e.is_none().then(email_hint));
        match (n.is_empty(), e) {
            (true, _) => focus("vt-lookup-number"),
            (false, None) => focus("vt-lookup-email"),
            (false, Some(email)) => {
                find.dispatch_local(OrderLookup { number: n, email });
            }
        }
    };
    let busy = find.pending();
    view! {
        <Title text=t!("tracking-lookup-title")/>
        <section class="vt-tracking vt-tracking--lookup" aria-labelledby="vt-lookup-title">
            <h1 id="vt-lookup-title" class="vt-page__title">{t!("tracking-lookup-title")}</h1>
            <p class="vt-tracking__intro">{t!("tracking-lookup-intro")}</p>
            <form class="vt-form vt-tracking__lookup" on:submit=submit novalidate aria-busy=move || busy.get().then_some("true")>
                <div class="vt-field">
                    <label for="vt-lookup-number" class="vt-field__label">{t!("tracking-lookup-number-label")}</label>
                    <input id="vt-lookup-number" class="vt-input" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters" required
                        prop:value=move || number.get() on:input=move |ev| { number.set(event_target_value(&ev)); number_error.set(None); }
                        aria-invalid=move || number_error.with(Option::is_some).then_some("true")
                        aria-describedby="vt-lookup-number-error vt-lookup-number-hint"/>
                    <p id="vt-lookup-number-error" class="vt-field__error">{move || number_error.get()}</p>
                    <p id="vt-lookup-number-hint" class="vt-field__hint">{t!("tracking-lookup-number-hint")}</p>
                </div>
                <div class="vt-field">
                    <label for="vt-lookup-email" class="vt-field__label">{t!("tracking-lookup-email-label")}</label>
                    <input id="vt-lookup-email" class="vt-input" type="email" autocomplete="email" required
                        prop:value=move || email.get() on:input=move |ev| { email.set(event_target_value(&ev)); email_error.set(None); }
                        aria-invalid=move || email_error.with(Option::is_some).then_some("true")
                        aria-describedby="vt-lookup-email-error"/>
                    <p id="vt-lookup-email-error" class="vt-field__error">{move || email_error.get()}</p>
                </div>
                <div class="vt-tracking__refusal" role="alert">
                    {move || refusal.get().map(|m| view! { <p class="vt-notice vt-notice--error">{m}</p> })}
                </div>
                <button type="submit" class="vt-button vt-button--primary" disabled=move || busy.get()>
                    {move || if busy.get() { t!("tracking-lookup-busy") } else { t!("tracking-lookup-submit") }}
                </button>
            </form>
        </section>
    }
}

fn refusal_message(e: &LookupError) -> String {
    match (e.error.status(), e.retry_after) {
        (Some(429), Some(secs)) => {
            if secs < 60 {
                t!("tracking-lookup-wait-seconds", count = secs)
            } else {
                t!("tracking-lookup-wait-minutes", count = secs.div_ceil(60))
            }
        }
        _ => e.error.to_string(),
    }
}
