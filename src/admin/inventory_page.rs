use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use vitrine_core::admin::{InventoryRow, StockAdjustment};
use vitrine_core::t;

use super::AdminSession;
use crate::api::{self, ApiError};
use crate::tracking::{format_time, iso_time};
use crate::ui::{ErrorNotice, ProductGridSkeleton};

/// The filters: all variants, those at or below their reorder point, the sold out.
const VIEWS: [(&str, fn() -> String); 3] =
    [("", || t!("console-inventory-view-all")), ("reorder_point", || t!("console-inventory-view-reorder")), ("zero", || t!("console-inventory-view-out"))];

/// `/admin/inventory?below=&lead=&safety=`: every variant's stock (on hand,
/// held, available), sales per week over 8 weeks, days of cover and the
/// reorder point (lead time + safety weeks of average sales, both chosen
/// here); low and sold-out lists; an adjustment with a reason per variant,
/// its ledger, and the list as CSV.
///
/// Needs a router and [`AdminSession`].
#[component]
pub fn InventoryPage() -> impl IntoView {
    let session = AdminSession::expect();
    let query = use_query_map();
    let navigate = use_navigate();
    let param = move |name: &str, default: u32, max: u32| query.with(|q| q.get(name).and_then(|v| v.parse::<u32>().ok()).filter(|v| *v <= max).unwrap_or(default));
    let below = Memo::new(move |_| query.with(|q| q.get("below").filter(|b| b == "reorder_point" || b == "zero").unwrap_or_default()));
    let lead = Memo::new(move |_| param("lead", 7, 365));
    let safety = Memo::new(move |_| param("safety", 2, 26));
    let rows = LocalResource::new(move || {
        let (key, below, lead, safety) = (session.key().unwrap_or_default(), below.get(), lead.get(), safety.get());
        async move { api::admin_inventory(&key, Some(below.as_str()).filter(|b| !b.is_empty()), lead, safety).await }
    });
    let href = move |b: &str, l: u32, s: u32| {
        let mut h = format!("/admin/inventory?lead={l}&safety={s}");
        if !b.is_empty() {
            h.push_str(&format!("&below={b}"));
        }
        h
    };
    let plan_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = event_target::<web_sys::HtmlFormElement>(&ev);
        let value = |name: &str| {
            form.elements().named_item(name).and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok()).and_then(|i| i.value().parse::<u32>().ok())
        };
        let l = value("lead").unwrap_or(7).min(365);
        let s = value("safety").unwrap_or(2).min(26);
        navigate(&href(&below.get_untracked(), l, s), Default::default());
    };
    let csv_error = RwSignal::new(None::<ApiError>);
    let export = move |_| {
        let (key, l, s) = (session.key_now(), lead.get_untracked(), safety.get_untracked());
        leptos::task::spawn_local(async move {
            match api::admin_inventory_csv(&key, l, s).await {
                Ok(text) => {
                    download("inventory.csv", &text);
                    session.say(t!("console-inventory-exported", file = "inventory.csv"));
                }
                Err(e) => csv_error.set(Some(e)),
            }
        });
    };
    view! {
        <Title text=t!("console-inventory-title")/>
        <div class="vt-admin__head">
            <h1 class="vt-page__title">{t!("console-inventory-title")}</h1>
            <button type="button" class="vt-button vt-button--secondary" on:click=export>{t!("console-inventory-export")}</button>
        </div>
        {move || csv_error.get().map(|error| view! { <ErrorNotice title=t!("console-inventory-export-error") error/> })}
        <div class="vt-admin-toolbar">
            <nav class="vt-admin-tabs" aria-label=t!("console-inventory-views-label")>
                <ul class="vt-admin-tabs__list">
                    {VIEWS.iter().map(|(id, label)| {
                        let current = move || (below.get() == *id).then_some("page");
                        view! { <li><a class="vt-admin-tabs__tab" href=move || href(id, lead.get(), safety.get()) aria-current=current>{label()}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            <form class="vt-admin-plan" on:submit=plan_submit>
                <div class="vt-field">
                    <label for="vt-plan-lead" class="vt-field__label">{t!("console-inventory-lead")}</label>
                    <input id="vt-plan-lead" name="lead" class="vt-input" type="number" min="0" max="365" inputmode="numeric" prop:value=move || lead.get().to_string()/>
                </div>
                <div class="vt-field">
                    <label for="vt-plan-safety" class="vt-field__label">{t!("console-inventory-safety")}</label>
                    <input id="vt-plan-safety" name="safety" class="vt-input" type="number" min="0" max="26" inputmode="numeric" prop:value=move || safety.get().to_string()/>
                </div>
                <button type="submit" class="vt-button vt-button--secondary">{t!("console-inventory-recompute")}</button>
            </form>
        </div>
        <p class="vt-admin-card__hint">
            {move || t!(
                "console-inventory-rule",
                lead = t!("console-inventory-rule-days", count = lead.get()),
                safety = t!("console-inventory-rule-weeks", count = safety.get()),
            )}
        </p>
        <Transition fallback=|| view! { <ProductGridSkeleton/> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(list) => view! { <StockTable rows=list lead=lead.get_untracked() safety=safety.get_untracked()/> }.into_any(),
                    Err(error) => {
                        session.check(&error);
                        view! { <ErrorNotice title=t!("console-inventory-error") error retry=Callback::new(move |_| rows.refetch())/> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// Saves `text` as a file named `name` through a temporary object URL.
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(a) = doc.and_then(|d| d.create_element("a").ok()).and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(e).ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn status_label(status: &str) -> String {
    match status {
        "out" => t!("console-inventory-status-out"),
        "low" => t!("console-inventory-status-low"),
        _ => t!("console-inventory-status-ok"),
    }
}

/// One row per variant; each has a disclosure to adjust its stock and read its ledger.
#[component]
fn StockTable(rows: Vec<InventoryRow>, lead: u32, safety: u32) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="vt-empty__body vt-admin__empty">{t!("console-inventory-empty")}</p> }.into_any();
    }
    let count = rows.len();
    view! {
        <div class="vt-admin-table__wrap" role="region" aria-label=t!("console-inventory-table-label", count = count) tabindex="0">
            <table class="vt-admin-table vt-admin-table--stock">
                <caption class="vt-visually-hidden">{t!("console-inventory-table-caption", count = count)}</caption>
                <thead><tr>
                    <th scope="col">{t!("console-inventory-col-variant")}</th>
                    <th scope="col" class="vt-admin-table__num">{t!("console-inventory-col-on-hand")}</th><th scope="col" class="vt-admin-table__num">{t!("console-inventory-col-held")}</th>
                    <th scope="col" class="vt-admin-table__num">{t!("console-inventory-col-available")}</th><th scope="col">{t!("console-inventory-col-weekly")}</th>
                    <th scope="col" class="vt-admin-table__num">{t!("console-inventory-col-cover")}</th><th scope="col" class="vt-admin-table__num">{t!("console-inventory-col-reorder-at")}</th>
                    <th scope="col">{t!("console-inventory-col-status")}</th><th scope="col">{t!("console-inventory-col-adjust")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! { <StockRow r lead safety/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A variant's row; a change by hand updates it in place (same plan rule
/// as the server's, [`InventoryRow::with_on_hand`]) and keeps its form open.
#[component]
fn StockRow(r: InventoryRow, lead: u32, safety: u32) -> impl IntoView {
    let weekly = r.weekly_sales.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(" · ");
    let spark = Sparkline(r.weekly_sales.clone());
    let name = format!("{} – {}", r.product_title, r.variant_title);
    let (variant_id, handle, title, variant, sku) = (r.variant_id, r.product_handle.clone(), r.product_title.clone(), r.variant_title.clone(), r.sku.clone());
    let row = RwSignal::new(r);
    let saved = Callback::new(move |on_hand: i64| row.update(|r| *r = r.with_on_hand(on_hand, lead, safety)));
    let open = RwSignal::new(false);
    let panel_id = format!("vt-adjust-{variant_id}");
    let status = move || row.with(|r| r.status.clone());
    view! {
        <tr class=move || format!("vt-admin-stock--{}", status())>
            <th scope="row"><a href=format!("/products/{handle}")>{title}</a><span class="vt-admin-table__sub">{variant}" · "<code>{sku}</code></span></th>
            <td class="vt-admin-table__num">{move || row.with(|r| r.on_hand)}</td>
            <td class="vt-admin-table__num">{move || row.with(|r| r.reserved)}</td>
            <td class="vt-admin-table__num">{move || row.with(|r| r.available)}</td>
            <td><span class="vt-admin-weekly">{spark}<span class="vt-admin-weekly__numbers">{weekly}</span></span></td>
            <td class="vt-admin-table__num">{move || row.with(|r| r.plan.days_of_cover.map_or("—".to_string(), |d| d.to_string()))}</td>
            <td class="vt-admin-table__num">{move || row.with(|r| r.plan.reorder_point)}</td>
            <td><span class=move || format!("vt-status vt-admin-stock__status--{}", status())>{move || status_label(&status())}</span></td>
            <td>
                <button type="button" class="vt-button vt-button--secondary vt-admin-adjust__toggle" aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <span aria-hidden="true">{move || if open.get() { t!("console-inventory-close") } else { t!("console-inventory-adjust") }}</span>
                    <span class="vt-visually-hidden">{t!("console-inventory-adjust-variant", name = &name)}</span>
                </button>
            </td>
        </tr>
        <Show when=move || open.get()>
            <tr class="vt-admin-stock__detail" id=panel_id.clone()>
                <td colspan="9"><AdjustStock variant_id saved/></td>
            </tr>
        </Show>
    }
}

/// Eight weeks of sales as a tiny bar chart (decorative: the numbers sit beside it).
#[allow(non_snake_case)]
fn Sparkline(weeks: Vec<i64>) -> impl IntoView {
    let max = weeks.iter().copied().max().unwrap_or(0).max(1);
    view! {
        <svg class="vt-admin-spark" viewBox="0 0 64 16" width="64" height="16" aria-hidden="true" focusable="false">
            {weeks.iter().enumerate().map(|(i, w)| {
                let h = (*w.max(&0) * 16 / max).max(1);
                view! { <rect x=(i * 8 + 1).to_string() y=(16 - h).to_string() width="6" height=h.to_string() rx="1"/> }
            }).collect_view()}
        </svg>
    }
}

/// A stock change with its reason (never below zero or what is held), and the variant's ledger.
#[component]
fn AdjustStock(variant_id: i64, saved: Callback<i64>) -> impl IntoView {
    let session = AdminSession::expect();
    let delta = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let changes = RwSignal::new(0_u32);
    let ledger = LocalResource::new(move || {
        let (key, _) = (session.key().unwrap_or_default(), changes.get());
        async move { api::admin_ledger(&key, variant_id).await }
    });
    let first = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(i) = first.get() {
            let _ = i.focus();
        }
    });
    let field = move |f: &'static str| move || error.with(|e| e.as_ref().and_then(|e| e.field(f)));
    let local = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(d) = delta.get_untracked().trim().parse::<i64>() else {
            local.set(Some(t!("console-adjust-not-a-number")));
            return;
        };
        if d == 0 {
            local.set(Some(t!("console-adjust-zero")));
            return;
        }
        local.set(None);
        let (key, why) = (session.key_now(), reason.get_untracked());
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            match api::admin_adjust(&key, variant_id, d, &why).await {
                Ok(entry) => {
                    session.say(t!("console-adjust-done", change = format!("{d:+}"), stock = entry.stock_after));
                    delta.set(String::new());
                    reason.set(String::new());
                    saved.run(entry.stock_after);
                    changes.update(|n| *n += 1);
                }
                Err(e) => {
                    session.check(&e);
                    error.set(Some(e));
                }
            }
            busy.set(false);
        });
    };
    let delta_error = move || local.get().or_else(field("delta")).or_else(|| error.with(|e| e.as_ref().filter(|e| e.field("reason").is_none() && e.field("delta").is_none()).map(|e| e.to_string())));
    let (d_id, r_id) = (format!("vt-adjust-delta-{variant_id}"), format!("vt-adjust-reason-{variant_id}"));
    view! {
        <div class="vt-admin-adjust">
            <form class="vt-admin-form vt-admin-form--tight" on:submit=submit novalidate>
                <div class="vt-field">
                    <label for=d_id.clone() class="vt-field__label">{t!("console-adjust-change")}</label>
                    <input id=d_id.clone() node_ref=first class="vt-input" inputmode="numeric" placeholder=t!("console-adjust-change-placeholder") prop:value=move || delta.get() on:input=move |ev| delta.set(event_target_value(&ev))
                        aria-invalid=move || delta_error().map(|_| "true") aria-describedby=format!("{d_id}-error")/>
                    <p id=format!("{d_id}-error") class="vt-field__error">{delta_error}</p>
                </div>
                <div class="vt-field">
                    <label for=r_id.clone() class="vt-field__label">{t!("console-adjust-reason")}</label>
                    <input id=r_id.clone() class="vt-input" placeholder=t!("console-adjust-reason-count") list="vt-adjust-reasons" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))
                        aria-invalid=move || field("reason")().map(|_| "true") aria-describedby=format!("{r_id}-error")/>
                    <datalist id="vt-adjust-reasons">
                        <option value=t!("console-adjust-reason-count")/><option value=t!("console-adjust-reason-delivery")/>
                        <option value=t!("console-adjust-reason-damaged")/><option value=t!("console-adjust-reason-returned")/>
                    </datalist>
                    <p id=format!("{r_id}-error") class="vt-field__error">{field("reason")}</p>
                </div>
                <button type="submit" class="vt-button vt-button--primary" prop:disabled=move || busy.get()>{t!("console-adjust-submit")}</button>
            </form>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match ledger.await {
                        Ok(lines) => view! { <Ledger lines/> }.into_any(),
                        Err(error) => view! { <ErrorNotice title=t!("console-ledger-error") error/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Ledger(lines: Vec<StockAdjustment>) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p class="vt-admin-card__hint">{t!("console-ledger-empty")}</p> }.into_any();
    }
    view! {
        <table class="vt-admin-table vt-admin-table--ledger">
            <caption>{t!("console-ledger-caption")}</caption>
            <thead><tr><th scope="col">{t!("console-ledger-col-when")}</th><th scope="col" class="vt-admin-table__num">{t!("console-ledger-col-change")}</th><th scope="col" class="vt-admin-table__num">{t!("console-ledger-col-after")}</th><th scope="col">{t!("console-ledger-col-why")}</th><th scope="col">{t!("console-ledger-col-who")}</th></tr></thead>
            <tbody>
                {lines.into_iter().map(|l| view! {
                    <tr>
                        <td><time datetime=iso_time(l.created_at)>{format_time(l.created_at)}</time></td>
                        <td class="vt-admin-table__num">{format!("{:+}", l.delta)}</td>
                        <td class="vt-admin-table__num">{l.stock_after}</td>
                        <td>{l.reason}</td>
                        <td>{l.actor}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
