use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use vitrine_core::alerts::{Alert, AlertState};
use vitrine_core::t;

use super::AdminSession;
use crate::api::{self, ApiError};
use crate::tracking::{format_time, iso_time};
use crate::ui::{ErrorNotice, ProductGridSkeleton};

const VIEWS: [(&str, fn() -> String); 3] =
    [("open", || t!("console-alerts-view-open")), ("resolved", || t!("console-alerts-view-resolved")), ("all", || t!("console-alerts-view-all"))];

/// `/admin/alerts?state=`: what the alert rules raised (stock out, time to
/// reorder, returns spiking, shipping late, card declines spiking), newest
/// first, each with where to act and "Resolve".
///
/// Needs a router and [`AdminSession`].
#[component]
pub fn AlertsPage() -> impl IntoView {
    let session = AdminSession::expect();
    let query = use_query_map();
    let view_of = Memo::new(move |_| {
        let q = query.with(|q| q.get("state").unwrap_or_default());
        VIEWS.iter().find(|(id, _)| *id == q).map_or("open", |(id, _)| *id)
    });
    let alerts = LocalResource::new(move || {
        let (key, which) = (session.key().unwrap_or_default(), view_of.get());
        async move { api::admin_alerts(&key, which).await }
    });
    view! {
        <Title text=t!("console-alerts-title")/>
        <div class="vt-admin__head">
            <h1 class="vt-page__title">{t!("console-alerts-title")}</h1>
        </div>
        <nav class="vt-admin-tabs" aria-label=t!("console-alerts-views-label")>
            <ul class="vt-admin-tabs__list">
                {VIEWS.iter().map(|(id, label)| {
                    let current = move || (view_of.get() == *id).then_some("page");
                    view! { <li><a class="vt-admin-tabs__tab" href=format!("/admin/alerts?state={id}") aria-current=current>{label()}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
        <Transition fallback=|| view! { <ProductGridSkeleton/> }>
            {move || Suspend::new(async move {
                match alerts.await {
                    Ok(list) if list.is_empty() => view! { <p class="vt-empty__body vt-admin__empty">{t!("console-alerts-empty")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="vt-admin-alerts">{list.into_iter().map(|a| view! { <AlertItem a/> }).collect_view()}</ul>
                    }.into_any(),
                    Err(error) => {
                        session.check(&error);
                        view! { <ErrorNotice title=t!("console-alerts-error") error retry=Callback::new(move |_| alerts.refetch())/> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn AlertItem(a: Alert) -> impl IntoView {
    let session = AdminSession::expect();
    let state = RwSignal::new(a.state);
    let resolved_by = RwSignal::new(a.resolved_by.clone());
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let id = a.id;
    let title = a.title.clone();
    let resolve = move |_| {
        let (key, title) = (session.key_now(), title.clone());
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::admin_resolve_alert(&key, id).await {
                Ok(done) => {
                    state.set(done.state);
                    resolved_by.set(done.resolved_by);
                    session.say(t!("console-alerts-resolved-done", title = &title));
                }
                Err(e) => {
                    session.check(&e);
                    error.set(Some(e));
                }
            }
            busy.set(false);
        });
    };
    let heading = format!("vt-alert-{id}");
    view! {
        <li class=move || format!("vt-admin-alert vt-admin-alert--{}", state.get().as_str())>
            <p class="vt-admin-alert__rule">{a.rule.label()}</p>
            <h2 id=heading.clone() class="vt-admin-alert__title">{a.title.clone()}</h2>
            <p class="vt-admin-alert__detail">{a.detail.clone()}</p>
            <p class="vt-admin-card__hint">
                {t!("console-alerts-raised")}<time datetime=iso_time(a.raised_at)>{format_time(a.raised_at)}</time>
                {move || match (state.get(), resolved_by.get()) {
                    (AlertState::Resolved, Some(by)) if by == "cleared" => t!("console-alerts-resolved-cleared"),
                    (AlertState::Resolved, Some(by)) => t!("console-alerts-resolved-by", name = &by),
                    (AlertState::Resolved, None) => t!("console-alerts-resolved"),
                    (AlertState::Open, _) => String::new(),
                }}
            </p>
            <div class="vt-admin-form__actions">
                {a.link.clone().map(|href| view! { <a class="vt-button vt-button--secondary" href=href>{t!("console-alerts-go")}<span class="vt-visually-hidden">{t!("console-alerts-about", title = &a.title)}</span></a> })}
                <Show when=move || state.get() == AlertState::Open>
                    <button type="button" class="vt-button vt-button--primary" on:click=resolve.clone() prop:disabled=move || busy.get()>
                        {t!("console-alerts-resolve")}<span class="vt-visually-hidden">{t!("console-alerts-about", title = &a.title)}</span>
                    </button>
                </Show>
            </div>
            {move || error.get().map(|e| view! { <p class="vt-field__error" role="alert">{e.to_string()}</p> })}
        </li>
    }
}
