use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use vitrine_core::admin::Metrics;
use vitrine_core::delivery::Date;
use vitrine_core::i18n::Lang;
use vitrine_core::t;

use super::{Bar, BarChart, AdminSession};
use crate::api;
use crate::store::ShopStore;
use crate::tracking::format_day;
use crate::ui::{ErrorNotice, ProductGridSkeleton};

/// Today in the browser's calendar.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let offset = -(now.get_timezone_offset() as i32);
    Date::from_unix((now.get_time() / 1000.0) as i64, offset)
}

/// A decimal with `digits` places and the page language's decimal mark ("12.5", "12,5").
fn decimal(v: f64, digits: usize) -> String {
    let s = format!("{v:.digits$}");
    match crate::i18n::lang() {
        Lang::De | Lang::Fr => s.replace('.', ","),
        Lang::En | Lang::Ar => s,
    }
}

fn percent(share: f64) -> String {
    t!("console-metrics-percent", value = decimal(share * 100.0, 1))
}

fn hours(h: Option<f64>) -> String {
    match h {
        None => "—".into(),
        Some(h) if h >= 48.0 => t!("console-metrics-days", days = decimal(h / 24.0, 1)),
        Some(h) => t!("console-metrics-hours", hours = decimal(h, 1)),
    }
}

/// Quick periods: label and length in days.
const PERIODS: [(fn() -> String, i64); 4] = [
    (|| t!("console-metrics-last-7-days"), 7),
    (|| t!("console-metrics-last-30-days"), 30),
    (|| t!("console-metrics-last-90-days"), 90),
    (|| t!("console-metrics-last-12-months"), 365),
];

/// `/admin/metrics?from=&to=`: seed 004's weekly numbers for a period:
/// revenue, orders and average order value, conversion and cart
/// abandonment, order cycle time, inventory turnover, return rate by
/// product and by reason, refund time, customer lifetime value; revenue by
/// day, return rates and reasons as charts, each with its data table.
///
/// Needs a router, [`AdminSession`] and [`ShopStore`](crate::store::ShopStore).
#[component]
pub fn MetricsPage() -> impl IntoView {
    let session = AdminSession::expect();
    let shop = ShopStore::expect();
    let query = use_query_map();
    let navigate = use_navigate();
    let period = Memo::new(move |_| {
        let to = query.with(|q| q.get("to").and_then(|d| Date::parse_iso(&d))).unwrap_or_else(today);
        let from = query.with(|q| q.get("from").and_then(|d| Date::parse_iso(&d))).filter(|f| *f <= to).unwrap_or_else(|| to.add_days(-29));
        (from, to)
    });
    let metrics = LocalResource::new(move || {
        let (key, (from, to)) = (session.key().unwrap_or_default(), period.get());
        async move { api::admin_metrics(&key, &from.to_string(), &to.to_string()).await }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = event_target::<web_sys::HtmlFormElement>(&ev);
        let value = |name: &str| {
            form.elements().named_item(name).and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok()).map(|i| i.value()).unwrap_or_default()
        };
        navigate(&format!("/admin/metrics?from={}&to={}", value("from"), value("to")), Default::default());
    };
    view! {
        <Title text=t!("console-metrics-title")/>
        <div class="vt-admin__head">
            <h1 class="vt-page__title">{t!("console-metrics-title")}</h1>
        </div>
        <div class="vt-admin-toolbar">
            <nav class="vt-admin-tabs" aria-label=t!("console-metrics-periods-label")>
                <ul class="vt-admin-tabs__list">
                    {PERIODS.iter().map(|(label, days)| {
                        let href = move || { let to = today(); format!("/admin/metrics?from={}&to={to}", to.add_days(1 - days)) };
                        let current = move || { let (f, t) = period.get(); (t == today() && t.to_days() - f.to_days() + 1 == *days).then_some("page") };
                        view! { <li><a class="vt-admin-tabs__tab" href=href aria-current=current>{label()}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            <form class="vt-admin-plan" on:submit=submit>
                <div class="vt-field">
                    <label for="vt-metrics-from" class="vt-field__label">{t!("console-metrics-from")}</label>
                    <input id="vt-metrics-from" name="from" class="vt-input" type="date" prop:value=move || period.get().0.to_string()/>
                </div>
                <div class="vt-field">
                    <label for="vt-metrics-to" class="vt-field__label">{t!("console-metrics-to")}</label>
                    <input id="vt-metrics-to" name="to" class="vt-input" type="date" prop:value=move || period.get().1.to_string()/>
                </div>
                <button type="submit" class="vt-button vt-button--secondary">{t!("console-metrics-show")}</button>
            </form>
        </div>
        <Transition fallback=|| view! { <ProductGridSkeleton/> }>
            {move || Suspend::new(async move {
                match metrics.await {
                    Ok(m) => view! { <MetricsView m shop/> }.into_any(),
                    Err(error) => {
                        session.check(&error);
                        view! { <ErrorNotice title=t!("console-metrics-error") error retry=Callback::new(move |_| metrics.refetch())/> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn MetricsView(m: Metrics, shop: ShopStore) -> impl IntoView {
    let locale = shop.locale();
    let money = move |v: vitrine_core::Money| shop.format(v);
    let tag = locale.tag.to_string();
    let figure = |label: String, value: String, note: String| view! {
        <div class="vt-admin-figure">
            <dt>{label}</dt>
            <dd><span class="vt-admin-figure__value">{value}</span><span class="vt-admin-figure__note">{note}</span></dd>
        </div>
    };
    let r = &m.returns;
    let figures = vec![
        figure(t!("console-metrics-revenue"), money(m.revenue), t!("console-metrics-revenue-note", count = m.orders)),
        figure(t!("console-metrics-aov"), money(m.average_order_value), String::new()),
        figure(t!("console-metrics-conversion"), percent(m.conversion_rate), t!("console-metrics-conversion-note", count = m.cart_abandonment.carts)),
        figure(t!("console-metrics-abandonment"), percent(m.cart_abandonment.rate), t!("console-metrics-abandonment-note", count = m.cart_abandonment.abandoned)),
        figure(
            t!("console-metrics-cycle-time"),
            hours(m.cycle_time.median_hours),
            t!("console-metrics-cycle-time-note", count = m.cycle_time.shipped, p90 = hours(m.cycle_time.p90_hours)),
        ),
        figure(
            t!("console-metrics-turnover"),
            t!("console-metrics-turns", turns = decimal(m.inventory_turnover.turns, 2)),
            t!("console-metrics-turnover-note", count = m.inventory_turnover.units_sold),
        ),
        figure(t!("console-metrics-return-rate"), percent(r.return_rate), t!("console-metrics-return-rate-note", returned = r.units_returned, count = r.units_sold)),
        figure(
            t!("console-metrics-refund-time"),
            hours(r.refund_time.median_hours),
            match r.refund_time.within_two_business_days {
                Some(w) => t!("console-metrics-refund-time-note", share = percent(w)),
                None => t!("console-metrics-refund-time-none"),
            },
        ),
        figure(t!("console-metrics-ltv"), money(m.average_lifetime_value), t!("console-metrics-ltv-note")),
    ];
    let days: Vec<Bar> = m.revenue_by_day.iter().map(|d| {
        Bar { label: format_day(d.date, &tag), value: d.revenue.amount.to_f64().unwrap_or(0.0), text: t!("console-metrics-bar-revenue", money = money(d.revenue), count = d.orders) }
    }).collect();
    let by_product: Vec<Bar> = r.by_product.iter().take(10).map(|p| Bar {
        label: p.product_title.clone(),
        value: p.return_rate,
        text: t!("console-metrics-bar-product", rate = percent(p.return_rate), returned = p.units_returned, count = p.units_sold),
    }).collect();
    let by_reason: Vec<Bar> = r.by_reason.iter().map(|x| Bar { label: x.label.clone(), value: x.share, text: t!("console-metrics-bar-reason", share = percent(x.share), count = x.units) }).collect();
    let customers: Vec<Bar> = m.top_customers.iter().map(|c| Bar {
        label: c.email.clone(),
        value: c.lifetime_value.amount.to_f64().unwrap_or(0.0),
        text: t!("console-metrics-bar-revenue", money = money(c.lifetime_value), count = c.orders),
    }).collect();
    view! {
        <p class="vt-admin-card__hint">{t!("console-metrics-range", from = format_day(m.from, &tag), to = format_day(m.to, &tag))}</p>
        <dl class="vt-admin-figures">{figures}</dl>
        <section class="vt-admin-card" aria-label=t!("console-metrics-revenue-by-day")>
            <BarChart id="revenue" title=t!("console-metrics-revenue-by-day") unit=t!("console-metrics-revenue") label_header=t!("console-metrics-col-day") bars=days/>
        </section>
        <div class="vt-admin-charts">
            <section class="vt-admin-card" aria-label=t!("console-metrics-returns-by-product")>
                <BarChart id="returns-product" title=t!("console-metrics-returns-by-product-top") unit=t!("console-metrics-return-rate") label_header=t!("console-metrics-col-product") bars=by_product horizontal=true/>
            </section>
            <section class="vt-admin-card" aria-label=t!("console-metrics-returns-by-reason")>
                <BarChart id="returns-reason" title=t!("console-metrics-returns-by-reason") unit=t!("console-metrics-col-share") label_header=t!("console-metrics-col-reason") bars=by_reason horizontal=true/>
            </section>
            <section class="vt-admin-card" aria-label=t!("console-metrics-customers-by-ltv")>
                <BarChart id="customers" title=t!("console-metrics-customers-by-ltv-top") unit=t!("console-metrics-col-ltv") label_header=t!("console-metrics-col-customer") bars=customers horizontal=true/>
            </section>
        </div>
    }
}
