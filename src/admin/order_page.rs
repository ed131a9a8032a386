use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use vitrine_core::admin::{AdminOrder, AdminReturnSummary, CreateShipment, CreateTrackingEvent};
use vitrine_core::checkout::{OrderShipment, OrderStatus};
use vitrine_core::returns::ReturnStatus;
use vitrine_core::t;
use vitrine_core::tracking::TrackingStatus;

use super::AdminSession;
use crate::api::{self, ApiError};
use crate::shell::NotFound;
use crate::tracking::{format_time, iso_time, OrderDetails, ShipmentCard};
use crate::ui::{ErrorNotice, ProductPageSkeleton};

/// `/admin/orders/:number`: one order as the operator works it: the
/// pre-packing checklist and "Verify", shipping (a parcel with carrier and
/// tracking number), carrier checkpoints, delivery, cancellation, its
/// returns with their next step, the emails written to the customer, and
/// the order as the customer sees it.
///
/// Needs a router, [`AdminSession`] and [`ShopStore`](crate::store::ShopStore).
#[component]
pub fn AdminOrderPage() -> impl IntoView {
    let session = AdminSession::expect();
    let params = use_params_map();
    let number = Memo::new(move |_| params.with(|p| p.get("number").unwrap_or_default()));
    let order = LocalResource::new(move || {
        let (key, number) = (session.key().unwrap_or_default(), number.get());
        async move { api::admin_order(&key, &number).await }
    });
    view! {
        <Title text=move || t!("console-order-title", number = number.get())/>
        <p class="vt-admin__back"><a href="/admin">{t!("console-order-back")}</a></p>
        <Transition fallback=|| view! { <ProductPageSkeleton/> }>
            {move || Suspend::new(async move {
                match order.await {
                    Ok(o) => view! { <OrderWork initial=o reload=Callback::new(move |_| order.refetch())/> }.into_any(),
                    Err(e) if e.is_not_found() => view! { <NotFound what="order"/> }.into_any(),
                    Err(error) => {
                        session.check(&error);
                        view! { <ErrorNotice title=t!("console-order-error") error retry=Callback::new(move |_| order.refetch())/> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// Runs an action, then reloads the order and says how it went; the
/// error (with its field problems) is kept for the form that sent it.
fn act<T: 'static>(
    session: AdminSession,
    error: RwSignal<Option<ApiError>>,
    busy: RwSignal<bool>,
    done: String,
    reload: Callback<()>,
    call: impl std::future::Future<Output = Result<T, ApiError>> + 'static,
) {
    busy.set(true);
    error.set(None);
    leptos::task::spawn_local(async move {
        match call.await {
            Ok(_) => {
                session.say(done);
                reload.run(());
            }
            Err(e) => {
                session.check(&e);
                session.say(e.to_string());
                error.set(Some(e));
            }
        }
        busy.set(false);
    });
}

/// The error of an action, with each problem the server named.
#[component]
fn ActionError(error: RwSignal<Option<ApiError>>, id: &'static str) -> impl IntoView {
    view! {
        <div id=id class="vt-admin-action__error" role="alert">
            {move || error.get().map(|e| {
                let problems: Vec<String> = match &e {
                    ApiError::Http { body, .. } => body.errors.iter().flat_map(|(_, v)| v.clone()).collect(),
                    _ => Vec::new(),
                };
                view! {
                    <p class="vt-field__error">{e.to_string()}</p>
                    {(problems.len() > 1).then(|| view! { <ul class="vt-admin-action__problems">{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul> })}
                }
            })}
        </div>
    }
}

#[component]
fn OrderWork(initial: AdminOrder, reload: Callback<()>) -> impl IntoView {
    let AdminOrder { order, checklist, ready_to_pack, returns, messages } = initial;
    let status = order.status;
    let number = order.number.clone();
    let open = matches!(status, OrderStatus::Confirmed | OrderStatus::Processing | OrderStatus::AwaitingPayment | OrderStatus::PendingPayment);
    let shippable = matches!(status, OrderStatus::Confirmed | OrderStatus::Processing | OrderStatus::PartiallyShipped);
    let parcels = order.shipments.clone();
    let count = parcels.len();
    let lines = order.lines.clone();
    view! {
        <header class="vt-admin-order__head">
            <h1 class="vt-page__title">{t!("console-order-title", number = &number)}</h1>
            <p class="vt-admin__lede">
                <span class=format!("vt-status vt-status--{}", status.as_str())>{status.label()}</span>
                {t!("console-order-placed")}<time datetime=iso_time(order.placed_at)>{format_time(order.placed_at)}</time>
                " · "{order.email.clone()}
            </p>
        </header>
        <div class="vt-admin-order">
            <div class="vt-admin-order__work">
                <Checklist number=number.clone() checklist ready_to_pack can_verify=status == OrderStatus::Confirmed reload/>
                {shippable.then(|| view! { <ShipForm number=number.clone() reload/> })}
                {(count > 0).then(|| view! {
                    <section class="vt-admin-card" aria-labelledby="vt-admin-parcels">
                        <h2 id="vt-admin-parcels" class="vt-admin-card__title">{t!("console-order-parcels")}</h2>
                        {parcels.into_iter().enumerate().map(|(i, p)| {
                            let open_parcel = p.status != Some(TrackingStatus::Delivered);
                            view! {
                                <ShipmentCard shipment=p.clone() lines=lines.clone() position=(i + 1, count)/>
                                {open_parcel.then(|| view! { <CheckpointForm parcel=p reload/> })}
                            }
                        }).collect_view()}
                        {matches!(status, OrderStatus::Shipped | OrderStatus::PartiallyShipped | OrderStatus::OutForDelivery | OrderStatus::Exception).then(|| view! { <DeliverButton number=number.clone() reload/> })}
                    </section>
                })}
                <ReturnsCard returns reload/>
                {open.then(|| view! { <CancelForm number=number.clone() reload/> })}
                <MessagesCard messages/>
            </div>
            <section class="vt-admin-order__view" aria-labelledby="vt-admin-as-seen">
                <h2 id="vt-admin-as-seen" class="vt-admin-card__title">{t!("console-order-as-seen")}</h2>
                <OrderDetails order/>
            </section>
        </div>
    }
}

/// Seed 004's checklist before packing, and "Verify" for a confirmed order.
#[component]
fn Checklist(number: String, checklist: Vec<vitrine_core::admin::Check>, ready_to_pack: bool, can_verify: bool, reload: Callback<()>) -> impl IntoView {
    let session = AdminSession::expect();
    let (error, busy) = (RwSignal::new(None), RwSignal::new(false));
    let verify = move |_| {
        let number = number.clone();
        let key = session.key_now();
        act(session, error, busy, t!("console-order-verified", number = &number), reload, async move { api::admin_verify(&key, &number).await });
    };
    let names = |code: &str| match code {
        "address_valid" => t!("console-check-address-valid"),
        "stock_reserved" => t!("console-check-stock-reserved"),
        "payment_captured" => t!("console-check-payment-captured"),
        _ => t!("console-check-other"),
    };
    view! {
        <section class="vt-admin-card" aria-labelledby="vt-admin-checklist">
            <h2 id="vt-admin-checklist" class="vt-admin-card__title">{t!("console-check-title")}</h2>
            <ul class="vt-admin-checks">
                {checklist.into_iter().map(|c| view! {
                    <li class=if c.passed { "vt-admin-check vt-admin-check--ok" } else { "vt-admin-check vt-admin-check--fail" }>
                        <span class="vt-admin-check__mark" aria-hidden="true">{if c.passed { "✓" } else { "✕" }}</span>
                        <span>
                            <strong>{names(&c.code)}</strong>
                            <span class="vt-visually-hidden">{if c.passed { t!("console-check-passed") } else { t!("console-check-failed") }}</span>
                            <span class="vt-admin-check__detail">{c.detail}</span>
                        </span>
                    </li>
                }).collect_view()}
            </ul>
            {can_verify.then(|| view! {
                <button type="button" class="vt-button vt-button--primary" on:click=verify prop:disabled=move || busy.get() aria-describedby="vt-admin-verify-error">
                    {if ready_to_pack { t!("console-check-verify-and-pack") } else { t!("console-check-verify") }}
                </button>
                <ActionError error id="vt-admin-verify-error"/>
            })}
        </section>
    }
}

/// Ships everything not yet shipped in one parcel.
#[component]
fn ShipForm(number: String, reload: Callback<()>) -> impl IntoView {
    let session = AdminSession::expect();
    let (error, busy) = (RwSignal::new(None::<ApiError>), RwSignal::new(false));
    // i18n: not shown (a carrier's name, the same in every language)
    let carrier = RwSignal::new("UPS".to_string());
    let tracking = RwSignal::new(String::new());
    let service = RwSignal::new(String::new());
    let field = move |name: &'static str| move || error.with(|e| e.as_ref().and_then(|e| e.field(name)));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number = number.clone();
        let key = session.key_now();
        let parcel = CreateShipment {
            lines: Vec::new(),
            carrier: carrier.get_untracked().trim().to_string(),
            tracking_number: tracking.get_untracked().trim().to_string(),
            tracking_url: None,
            service: Some(service.get_untracked().trim().to_string()).filter(|s| !s.is_empty()),
        };
        act(session, error, busy, t!("console-ship-done", carrier = &parcel.carrier, tracking = &parcel.tracking_number), reload, async move { api::admin_ship(&key, &number, &parcel).await });
    };
    view! {
        <section class="vt-admin-card" aria-labelledby="vt-admin-ship">
            <h2 id="vt-admin-ship" class="vt-admin-card__title">{t!("console-ship-title")}</h2>
            <p class="vt-admin-card__hint">{t!("console-ship-hint")}</p>
            <form class="vt-admin-form" on:submit=submit novalidate>
                <div class="vt-field">
                    <label for="vt-ship-carrier" class="vt-field__label">{t!("console-ship-carrier")}</label>
                    <input id="vt-ship-carrier" class="vt-input" list="vt-carriers" required prop:value=move || carrier.get() on:input=move |ev| carrier.set(event_target_value(&ev))
                        aria-invalid=move || field("carrier")().map(|_| "true") aria-describedby="vt-ship-carrier-error"/>
                    <datalist id="vt-carriers"><option value="UPS"/><option value="USPS"/><option value="FedEx"/><option value="DHL Express"/><option value="DPD"/><option value="Royal Mail"/></datalist>
                    <p id="vt-ship-carrier-error" class="vt-field__error">{field("carrier")}</p>
                </div>
                <div class="vt-field">
                    <label for="vt-ship-tracking" class="vt-field__label">{t!("console-ship-tracking")}</label>
                    <input id="vt-ship-tracking" class="vt-input" required spellcheck="false" autocomplete="off" prop:value=move || tracking.get() on:input=move |ev| tracking.set(event_target_value(&ev))
                        aria-invalid=move || field("tracking_number")().map(|_| "true") aria-describedby="vt-ship-tracking-error"/>
                    <p id="vt-ship-tracking-error" class="vt-field__error">{field("tracking_number")}</p>
                </div>
                <div class="vt-field">
                    <label for="vt-ship-service" class="vt-field__label">{t!("console-ship-service")}</label>
                    <input id="vt-ship-service" class="vt-input" placeholder=t!("console-ship-service-placeholder") prop:value=move || service.get() on:input=move |ev| service.set(event_target_value(&ev))/>
                </div>
                <div class="vt-admin-form__actions">
                    <button type="submit" class="vt-button vt-button--primary" prop:disabled=move || busy.get()>{t!("console-ship-submit")}</button>
                </div>
            </form>
            <ActionError error id="vt-admin-ship-error"/>
        </section>
    }
}

/// Adds a carrier checkpoint to one parcel by hand.
#[component]
fn CheckpointForm(parcel: OrderShipment, reload: Callback<()>) -> impl IntoView {
    let session = AdminSession::expect();
    let (error, busy) = (RwSignal::new(None::<ApiError>), RwSignal::new(false));
    let id = parcel.id;
    let status = RwSignal::new(TrackingStatus::InTransit.as_str().to_string());
    let message = RwSignal::new(String::new());
    let location = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let key = session.key_now();
        let st = TrackingStatus::parse(&status.get_untracked()).unwrap_or(TrackingStatus::InTransit);
        let event = CreateTrackingEvent {
            status: st,
            substatus: None,
            message: message.get_untracked().trim().to_string(),
            time: None,
            location: Some(location.get_untracked().trim().to_string()).filter(|s| !s.is_empty()),
        };
        act(session, error, busy, t!("console-checkpoint-done", status = st.label()), reload, async move { api::admin_tracking_event(&key, id, &event).await });
    };
    let ids = (format!("vt-cp-status-{id}"), format!("vt-cp-message-{id}"), format!("vt-cp-location-{id}"));
    view! {
        <details class="vt-admin-checkpoint">
            <summary>{t!("console-checkpoint-summary", carrier = &parcel.carrier, tracking = &parcel.tracking_number)}</summary>
            <form class="vt-admin-form" on:submit=submit novalidate>
                <div class="vt-field">
                    <label for=ids.0.clone() class="vt-field__label">{t!("console-checkpoint-status")}</label>
                    <select id=ids.0.clone() class="vt-select" on:change=move |ev| status.set(event_target_value(&ev))>
                        {TrackingStatus::ALL.into_iter().filter(|s| *s != TrackingStatus::Pending && *s != TrackingStatus::Expired).map(|s| view! {
                            <option value=s.as_str() selected=s == TrackingStatus::InTransit>{s.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="vt-field">
                    <label for=ids.1.clone() class="vt-field__label">{t!("console-checkpoint-message")}</label>
                    <input id=ids.1.clone() class="vt-input" placeholder=t!("console-checkpoint-message-placeholder") prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))/>
                </div>
                <div class="vt-field">
                    <label for=ids.2.clone() class="vt-field__label">{t!("console-checkpoint-location")}</label>
                    <input id=ids.2.clone() class="vt-input" placeholder=t!("console-checkpoint-location-placeholder") prop:value=move || location.get() on:input=move |ev| location.set(event_target_value(&ev))/>
                </div>
                <div class="vt-admin-form__actions">
                    <button type="submit" class="vt-button vt-button--secondary" prop:disabled=move || busy.get()>{t!("console-checkpoint-submit")}</button>
                </div>
            </form>
            <ActionError error id="vt-admin-checkpoint-error"/>
        </details>
    }
}

#[component]
fn DeliverButton(number: String, reload: Callback<()>) -> impl IntoView {
    let session = AdminSession::expect();
    let (error, busy) = (RwSignal::new(None), RwSignal::new(false));
    let deliver = move |_| {
        let (key, number) = (session.key_now(), number.clone());
        act(session, error, busy, t!("console-deliver-done", number = &number), reload, async move { api::admin_deliver(&key, &number).await });
    };
    view! {
        <button type="button" class="vt-button vt-button--secondary" on:click=deliver prop:disabled=move || busy.get()>{t!("console-deliver-submit")}</button>
        <ActionError error id="vt-admin-deliver-error"/>
    }
}

/// Cancels an order that has not shipped: asks once more before doing it.
#[component]
fn CancelForm(number: String, reload: Callback<()>) -> impl IntoView {
    let session = AdminSession::expect();
    let (error, busy) = (RwSignal::new(None), RwSignal::new(false));
    let reason = RwSignal::new(String::new());
    let confirming = RwSignal::new(false);
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if confirming.get() {
            if let Some(b) = confirm_button.get() {
                let _ = b.focus();
            }
        }
    });
    let number_for_label = number.clone();
    let cancel = move |_| {
        let (key, number, why) = (session.key_now(), number.clone(), reason.get_untracked().trim().to_string());
        confirming.set(false);
        act(session, error, busy, t!("console-cancel-done", number = &number), reload, async move {
            api::admin_cancel(&key, &number, &why).await
        });
    };
    view! {
        <section class="vt-admin-card vt-admin-card--danger" aria-labelledby="vt-admin-cancel">
            <h2 id="vt-admin-cancel" class="vt-admin-card__title">{t!("console-cancel-title")}</h2>
            <div class="vt-field">
                <label for="vt-cancel-reason" class="vt-field__label">{t!("console-cancel-reason")}</label>
                <input id="vt-cancel-reason" class="vt-input" placeholder=t!("console-cancel-reason-placeholder") prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
            </div>
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="vt-button vt-button--secondary" on:click=move |_| confirming.set(true) prop:disabled=move || busy.get()>{t!("console-cancel-start")}</button>
            }>
                <p class="vt-admin-card__hint">{t!("console-cancel-confirm", number = &number_for_label)}</p>
                <div class="vt-admin-form__actions">
                    <button type="button" node_ref=confirm_button class="vt-button vt-button--danger" on:click=cancel.clone()>{t!("console-cancel-yes")}</button>
                    <button type="button" class="vt-button vt-button--secondary" on:click=move |_| confirming.set(false)>{t!("console-cancel-keep")}</button>
                </div>
            </Show>
            <ActionError error id="vt-admin-cancel-error"/>
        </section>
    }
}

/// The order's returns, each with its next step.
#[component]
fn ReturnsCard(returns: Vec<AdminReturnSummary>, reload: Callback<()>) -> impl IntoView {
    if returns.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="vt-admin-card" aria-labelledby="vt-admin-returns">
            <h2 id="vt-admin-returns" class="vt-admin-card__title">{t!("console-returns-title")}</h2>
            <ul class="vt-admin-returns">
                {returns.into_iter().map(|r| view! { <ReturnRow r reload/> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

#[component]
fn ReturnRow(r: AdminReturnSummary, reload: Callback<()>) -> impl IntoView {
    let session = AdminSession::expect();
    let (error, busy) = (RwSignal::new(None), RwSignal::new(false));
    let rma = r.rma.clone();
    let step = move |what: &'static str| {
        let rma = rma.clone();
        move |_| {
            let (key, rma) = (session.key_now(), rma.clone());
            let said = match what {
                "approve" => t!("console-return-approved", rma = &rma),
                "receive" => t!("console-return-received", rma = &rma),
                _ => t!("console-return-refunded", rma = &rma),
            };
            let call = async move {
                if what == "refund" {
                    api::admin_return_refund(&key, &rma, None).await
                } else {
                    api::admin_return_step(&key, &rma, what).await
                }
            };
            act(session, error, busy, said, reload, call);
        }
    };
    let actions = match r.status {
        ReturnStatus::Requested if !r.photos_needed => Some(view! {
            <button type="button" class="vt-button vt-button--primary" on:click=step("approve") prop:disabled=move || busy.get()>{t!("console-return-approve", rma = &r.rma)}</button>
        }.into_any()),
        ReturnStatus::Approved | ReturnStatus::InTransit => Some(view! {
            <button type="button" class="vt-button vt-button--secondary" on:click=step("receive") prop:disabled=move || busy.get()>{t!("console-return-receive", rma = &r.rma)}</button>
        }.into_any()),
        ReturnStatus::Received | ReturnStatus::Inspected => Some(view! {
            <button type="button" class="vt-button vt-button--primary" on:click=step("refund") prop:disabled=move || busy.get()>{t!("console-return-refund", rma = &r.rma)}</button>
        }.into_any()),
        _ => None,
    };
    view! {
        <li class="vt-admin-return">
            <span class="vt-admin-return__id">{r.rma.clone()}</span>
            <span>{t!("console-return-summary", count = r.items, status = r.status.label())}</span>
            {r.photos_needed.then(|| view! { <span class="vt-admin-card__hint">{t!("console-return-photos-needed")}</span> })}
            {actions}
            <ActionError error id="vt-admin-return-error"/>
        </li>
    }
}

/// Every email written about the order, and whether it went out.
#[component]
fn MessagesCard(messages: Vec<vitrine_core::admin::OrderMessage>) -> impl IntoView {
    view! {
        <section class="vt-admin-card" aria-labelledby="vt-admin-messages">
            <h2 id="vt-admin-messages" class="vt-admin-card__title">{t!("console-messages-title")}</h2>
            {if messages.is_empty() {
                view! { <p class="vt-admin-card__hint">{t!("console-messages-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="vt-admin-messages">
                        {messages.into_iter().map(|m| view! {
                            <li>
                                <strong>{m.subject}</strong>
                                <span class="vt-admin-card__hint">
                                    {t!("console-messages-to", recipient = &m.recipient)}
                                    <time datetime=iso_time(m.created_at)>{format_time(m.created_at)}</time>
                                    {if m.sent_at.is_some() { t!("console-messages-sent") } else { t!("console-messages-waiting") }}
                                </span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
