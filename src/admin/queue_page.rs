use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use vitrine_core::admin::{AdminReturnSummary, OrderQueue, OrderSummary};
use vitrine_core::listing::encode;
use vitrine_core::t;

use super::AdminSession;
use crate::api::{self, ApiError};
use crate::store::ShopStore;
use crate::tracking::{format_time, iso_time};
use crate::ui::{ErrorNotice, ProductGridSkeleton};

/// One tab of the queue: its query value, its name and how its count is read.
struct Tab {
    id: &'static str,
    label: fn() -> String,
    count: fn(&OrderQueue) -> i64,
}

const TABS: [Tab; 6] = [
    Tab { id: "to_verify", label: || t!("console-queue-to-verify"), count: |q| q.to_verify },
    Tab { id: "to_pack", label: || t!("console-queue-to-pack"), count: |q| q.to_pack },
    Tab { id: "late", label: || t!("console-queue-late"), count: |q| q.late },
    Tab { id: "awaiting_payment", label: || t!("console-queue-awaiting-payment"), count: |q| q.awaiting_payment },
    Tab { id: "shipped", label: || t!("console-queue-shipped"), count: |q| q.shipped },
    Tab { id: "returns", label: || t!("console-queue-returns-waiting"), count: |q| q.returns_waiting },
];

/// What a tab lists.
#[derive(Clone)]
enum Listed {
    Orders(Vec<OrderSummary>),
    Returns(Vec<AdminReturnSummary>),
}

async fn load(key: &str, tab: &str) -> Result<Listed, ApiError> {
    let status = match tab {
        "to_pack" => "processing",
        "awaiting_payment" => "awaiting_payment",
        "shipped" => "shipped",
        "late" => return api::admin_orders(key, None, true).await.map(Listed::Orders),
        "returns" => {
            let mut waiting = api::admin_returns(key, "requested").await?;
            waiting.extend(api::admin_returns(key, "received").await?);
            waiting.sort_by_key(|r| std::cmp::Reverse(r.requested_at));
            return Ok(Listed::Returns(waiting));
        }
        _ => "confirmed",
    };
    api::admin_orders(key, Some(status), false).await.map(Listed::Orders)
}

/// `/admin?queue=...`: the work queues with their counts (to verify, to
/// pack, late, awaiting payment, shipped, returns waiting) and the orders or
/// returns of the chosen one, newest first.
///
/// Needs a router, [`AdminSession`] and [`ShopStore`](crate::store::ShopStore).
#[component]
pub fn QueuePage() -> impl IntoView {
    let session = AdminSession::expect();
    let navigate = use_navigate();
    let query = use_query_map();
    let tab = Memo::new(move |_| {
        let q = query.with(|q| q.get("queue").unwrap_or_default());
        TABS.iter().find(|t| t.id == q).map_or("to_verify", |t| t.id)
    });
    let counts = LocalResource::new(move || {
        let key = session.key().unwrap_or_default();
        async move { api::admin_queue(&key).await }
    });
    let listed = LocalResource::new(move || {
        let (key, tab) = (session.key().unwrap_or_default(), tab.get());
        async move { load(&key, tab).await }
    });
    let count_of = move |t: &'static Tab| {
        move || counts.get().and_then(|r| r.ok()).map(|q| (t.count)(&q).to_string()).unwrap_or_default()
    };
    view! {
        <Title text=t!("console-queue-title")/>
        <div class="vt-admin__head">
            <h1 class="vt-page__title">{t!("console-queue-title")}</h1>
            <form class="vt-admin-find" action="/admin/orders" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let form = event_target::<web_sys::HtmlFormElement>(&ev);
                let number = form.elements().named_item("number").and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok()).map(|i| i.value()).unwrap_or_default();
                let number = number.trim().to_uppercase();
                if !number.is_empty() {
                    navigate(&format!("/admin/orders/{}", encode(&number)), Default::default());
                }
            }>
                <label for="vt-admin-find" class="vt-visually-hidden">{t!("console-queue-find-label")}</label>
                <input id="vt-admin-find" name="number" class="vt-input" type="search" placeholder=t!("console-queue-find-placeholder") autocomplete="off" spellcheck="false"/>
                <button type="submit" class="vt-button vt-button--secondary">{t!("console-queue-find-submit")}</button>
            </form>
        </div>
        <nav class="vt-admin-tabs" aria-label=t!("console-queue-tabs-label")>
            <ul class="vt-admin-tabs__list">
                {TABS.iter().map(|t| {
                    let current = move || (tab.get() == t.id).then_some("page");
                    view! {
                        <li>
                            <a class="vt-admin-tabs__tab" href=format!("/admin?queue={}", t.id) aria-current=current>
                                <span>{(t.label)()}</span>
                                <span class="vt-admin-tabs__count">{count_of(t)}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
        <Transition fallback=|| view! { <ProductGridSkeleton/> }>
            {move || Suspend::new(async move {
                match listed.await {
                    Ok(Listed::Orders(orders)) => view! { <OrdersTable orders caption=TABS.iter().find(|t| t.id == tab.get_untracked()).map_or(String::new(), |t| (t.label)())/> }.into_any(),
                    Ok(Listed::Returns(returns)) => view! { <ReturnsTable returns/> }.into_any(),
                    Err(error) => {
                        session.check(&error);
                        view! { <ErrorNotice title=t!("console-queue-error") error retry=Callback::new(move |_| listed.refetch())/> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// Orders as a table: number (a link to the order), placed, customer, items, total, status.
#[component]
fn OrdersTable(orders: Vec<OrderSummary>, caption: String) -> impl IntoView {
    let shop = ShopStore::expect();
    if orders.is_empty() {
        return view! { <p class="vt-empty__body vt-admin__empty">{t!("console-queue-empty", queue = &caption)}</p> }.into_any();
    }
    let count = orders.len();
    view! {
        <div class="vt-admin-table__wrap" role="region" aria-label=t!("console-queue-orders-label", queue = &caption, count = count) tabindex="0">
            <table class="vt-admin-table">
                <caption class="vt-visually-hidden">{t!("console-queue-orders-caption", queue = &caption, count = count)}</caption>
                <thead><tr>
                    <th scope="col">{t!("console-queue-col-order")}</th><th scope="col">{t!("console-queue-col-placed")}</th><th scope="col">{t!("console-queue-col-customer")}</th>
                    <th scope="col" class="vt-admin-table__num">{t!("console-queue-col-items")}</th><th scope="col" class="vt-admin-table__num">{t!("console-queue-col-total")}</th><th scope="col">{t!("console-queue-col-status")}</th>
                </tr></thead>
                <tbody>
                    {orders.into_iter().map(|o| {
                        let status = o.status;
                        view! {
                            <tr>
                                <th scope="row"><a href=format!("/admin/orders/{}", encode(&o.number))>{o.number.clone()}</a></th>
                                <td><time datetime=iso_time(o.placed_at)>{format_time(o.placed_at)}</time></td>
                                <td>{o.email.clone()}{o.test.then(|| view! { " " <span class="vt-admin__test">{t!("console-queue-test-order")}</span> })}</td>
                                <td class="vt-admin-table__num">{o.items}</td>
                                <td class="vt-admin-table__num">{move || shop.format(o.total)}</td>
                                <td>
                                    <span class=format!("vt-status vt-status--{}", status.as_str())>{status.label()}</span>
                                    {o.verified.then(|| view! { <span class="vt-admin__tick">{t!("console-queue-verified")}</span> })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }.into_any()
}

/// Returns waiting for the operator: to approve (requested) or to refund (received).
#[component]
fn ReturnsTable(returns: Vec<AdminReturnSummary>) -> impl IntoView {
    if returns.is_empty() {
        return view! { <p class="vt-empty__body vt-admin__empty">{t!("console-queue-returns-empty")}</p> }.into_any();
    }
    let count = returns.len();
    view! {
        <div class="vt-admin-table__wrap" role="region" aria-label=t!("console-queue-returns-label", count = count) tabindex="0">
            <table class="vt-admin-table">
                <caption class="vt-visually-hidden">{t!("console-queue-returns-caption", count = count)}</caption>
                <thead><tr>
                    <th scope="col">{t!("console-queue-col-return")}</th><th scope="col">{t!("console-queue-col-order")}</th><th scope="col">{t!("console-queue-col-requested")}</th><th scope="col">{t!("console-queue-col-customer")}</th>
                    <th scope="col" class="vt-admin-table__num">{t!("console-queue-col-items")}</th><th scope="col">{t!("console-queue-col-waiting-for")}</th>
                </tr></thead>
                <tbody>
                    {returns.into_iter().map(|r| {
                        let next = match r.status.as_str() {
                            "requested" if r.photos_needed => t!("console-queue-waiting-photos"),
                            "requested" => t!("console-queue-waiting-approval"),
                            _ => t!("console-queue-waiting-refund"),
                        };
                        view! {
                            <tr>
                                <th scope="row">{r.rma.clone()}</th>
                                <td><a href=format!("/admin/orders/{}", encode(&r.order_number))>{r.order_number.clone()}</a></td>
                                <td><time datetime=iso_time(r.requested_at)>{format_time(r.requested_at)}</time></td>
                                <td>{r.email.clone()}</td>
                                <td class="vt-admin-table__num">{r.items}</td>
                                <td>{next}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }.into_any()
}
