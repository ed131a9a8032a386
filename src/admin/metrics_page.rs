use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use vitrine_core::admin::Metrics;
use vitrine_core::delivery::Date;

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

fn percent(share: f64) -> String {
    format!("{:.1} %", share * 100.0)
}

fn hours(h: Option<f64>) -> String {
    match h {
        None => "—".into(),
        Some(h) if h >= 48.0 => format!("{:.1} days", h / 24.0),
        Some(h) => format!("{h:.1} h"),
    }
}

/// Quick periods: label and length in days.
const PERIODS: [(&str, i64); 4] = [("Last 7 days", 7), ("Last 30 days", 30), ("Last 90 days", 90), ("Last 12 months", 365)];

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
        <Title text="Metrics"/>
        <div class="vt-admin__head">
            <h1 class="vt-page__title">"Metrics"</h1>
        </div>
        <div class="vt-admin-toolbar">
            <nav class="vt-admin-tabs" aria-label="Periods">
                <ul class="vt-admin-tabs__list">
                    {PERIODS.iter().map(|(label, days)| {
                        let href = move || { let to = today(); format!("/admin/metrics?from={}&to={to}", to.add_days(1 - days)) };
                        let current = move || { let (f, t) = period.get(); (t == today() && t.to_days() - f.to_days() + 1 == *days).then_some("page") };
                        view! { <li><a class="vt-admin-tabs__tab" href=href aria-current=current>{*label}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            <form class="vt-admin-plan" on:submit=submit>
                <div class="vt-field">
                    <label for="vt-metrics-from" class="vt-field__label">"From"</label>
                    <input id="vt-metrics-from" name="from" class="vt-input" type="date" prop:value=move || period.get().0.to_string()/>
                </div>
                <div class="vt-field">
                    <label for="vt-metrics-to" class="vt-field__label">"To"</label>
                    <input id="vt-metrics-to" name="to" class="vt-input" type="date" prop:value=move || period.get().1.to_string()/>
                </div>
                <button type="submit" class="vt-button vt-button--secondary">"Show"</button>
            </form>
        </div>
        <Transition fallback=|| view! { <ProductGridSkeleton/> }>
            {move || Suspend::new(async move {
                match metrics.await {
                    Ok(m) => view! { <MetricsView m shop/> }.into_any(),
                    Err(error) => {
                        session.check(&error);
                        view! { <ErrorNotice title="The metrics could not be loaded" error retry=Callback::new(move |_| metrics.refetch())/> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn MetricsView(m: Metrics, shop: ShopStore) -> impl IntoView {
    let locale = shop.locale();
    let money = move |v: vitrine_core::Money| v.format(locale);
    let tag = locale.tag.to_string();
    let figure = |label: &'static str, value: String, note: String| view! {
        <div class="vt-admin-figure">
            <dt>{label}</dt>
            <dd><span class="vt-admin-figure__value">{value}</span><span class="vt-admin-figure__note">{note}</span></dd>
        </div>
    };
    let r = &m.returns;
    let figures = vec![
        figure("Revenue", money(m.revenue), format!("{} orders", m.orders)),
        figure("Average order value", money(m.average_order_value), String::new()),
        figure("Conversion", percent(m.conversion_rate), format!("of {} carts with items", m.cart_abandonment.carts)),
        figure("Cart abandonment", percent(m.cart_abandonment.rate), format!("{} carts never ordered", m.cart_abandonment.abandoned)),
        figure(
            "Order cycle time",
            hours(m.cycle_time.median_hours),
            format!("median of {} shipped, placed → shipped; p90 {}", m.cycle_time.shipped, hours(m.cycle_time.p90_hours)),
        ),
        figure("Inventory turnover", format!("{:.2}×", m.inventory_turnover.turns), format!("{} units sold", m.inventory_turnover.units_sold)),
        figure("Return rate", percent(r.return_rate), format!("{} of {} units", r.units_returned, r.units_sold)),
        figure(
            "Refund time",
            hours(r.refund_time.median_hours),
            match r.refund_time.within_two_business_days {
                Some(w) => format!("median; {} within 2 business days", percent(w)),
                None => "no refund in this period".into(),
            },
        ),
        figure("Customer lifetime value", money(m.average_lifetime_value), "average, customers of this period".into()),
    ];
    let days: Vec<Bar> = m.revenue_by_day.iter().map(|d| {
        Bar { label: format_day(d.date, &tag), value: d.revenue.amount.to_f64().unwrap_or(0.0), text: format!("{} · {} orders", money(d.revenue), d.orders) }
    }).collect();
    let by_product: Vec<Bar> = r.by_product.iter().take(10).map(|p| Bar {
        label: p.product_title.clone(),
        value: p.return_rate,
        text: format!("{} ({} of {})", percent(p.return_rate), p.units_returned, p.units_sold),
    }).collect();
    let by_reason: Vec<Bar> = r.by_reason.iter().map(|x| Bar { label: x.label.clone(), value: x.share, text: format!("{} ({} units)", percent(x.share), x.units) }).collect();
    let customers: Vec<Bar> = m.top_customers.iter().map(|c| Bar {
        label: c.email.clone(),
        value: c.lifetime_value.amount.to_f64().unwrap_or(0.0),
        text: format!("{} · {} orders", money(c.lifetime_value), c.orders),
    }).collect();
    view! {
        <p class="vt-admin-card__hint">{format!("{} to {}", format_day(m.from, &tag), format_day(m.to, &tag))}</p>
        <dl class="vt-admin-figures">{figures}</dl>
        <section class="vt-admin-card" aria-label="Revenue by day">
            <BarChart id="revenue" title="Revenue by day" unit="Revenue" label_header="Day" bars=days/>
        </section>
        <div class="vt-admin-charts">
            <section class="vt-admin-card" aria-label="Return rate by product">
                <BarChart id="returns-product" title="Return rate by product (top 10)" unit="Return rate" label_header="Product" bars=by_product horizontal=true/>
            </section>
            <section class="vt-admin-card" aria-label="Returns by reason">
                <BarChart id="returns-reason" title="Returns by reason" unit="Share of returned units" label_header="Reason" bars=by_reason horizontal=true/>
            </section>
            <section class="vt-admin-card" aria-label="Customers by lifetime value">
                <BarChart id="customers" title="Customers by lifetime value (top 10)" unit="Lifetime value" label_header="Customer" bars=customers horizontal=true/>
            </section>
        </div>
    }
}
