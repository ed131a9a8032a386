use leptos::prelude::*;
use vitrine_core::t;

/// One bar: its label (a day, a product, a reason), its value, and the
/// value as people read it ("$1,234.00", "12.5 %").
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// A bar chart drawn as SVG (no chart service, no script), with the same
/// numbers as a table beside it: the chart is an image with a title and a
/// summary for screen readers (`role="img"`), the table is what they read.
/// Vertical bars for series over time, horizontal ones for rankings.
///
/// Needs no context.
///
/// ```ignore
/// view! { <BarChart id="revenue" title="Revenue by day" bars unit="Revenue" horizontal=false/> }
/// ```
#[component]
pub fn BarChart(
    /// Unique on the page: ids of the title and summary derive from it.
    id: &'static str,
    #[prop(into)] title: String,
    /// The table's column header for the values.
    #[prop(into)]
    unit: String,
    /// The table's column header for the labels ("Day", "Product").
    #[prop(into)]
    label_header: String,
    bars: Vec<Bar>,
    #[prop(default = false)] horizontal: bool,
) -> impl IntoView {
    let title_id = format!("vt-chart-{id}-title");
    let desc_id = format!("vt-chart-{id}-desc");
    if bars.is_empty() {
        return view! {
            <figure class="vt-admin-chart">
                <figcaption id=title_id class="vt-admin-chart__title">{title}</figcaption>
                <p class="vt-admin-card__hint">{t!("console-chart-empty")}</p>
            </figure>
        }
        .into_any();
    }
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let max = if max > 0.0 { max } else { 1.0 };
    let top = bars.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    let summary = t!(
        "console-chart-summary",
        count = bars.len(),
        value = top.map(|b| b.text.clone()).unwrap_or_default(),
        label = top.map(|b| b.label.clone()).unwrap_or_default(),
    );
    let svg = if horizontal {
        let row = 34.0;
        let height = bars.len() as f64 * row;
        view! {
            <svg class="vt-admin-chart__svg vt-admin-chart__svg--h" viewBox=format!("0 0 400 {height}") role="img" aria-labelledby=format!("{title_id} {desc_id}")>
                <desc id=desc_id.clone()>{summary.clone()}</desc>
                {bars.iter().enumerate().map(|(i, b)| {
                    let y = i as f64 * row;
                    let w = (b.value / max * 400.0).max(2.0);
                    let label: String = if b.label.chars().count() > 44 { format!("{}…", b.label.chars().take(43).collect::<String>()) } else { b.label.clone() };
                    view! {
                        <text class="vt-admin-chart__text" x="0" y=format!("{:.1}", y + 13.0)>{label}</text>
                        <text class="vt-admin-chart__text vt-admin-chart__text--value" x="400" y=format!("{:.1}", y + 13.0) text-anchor="end">{b.text.clone()}</text>
                        <rect class="vt-admin-chart__bar" x="0" y=format!("{:.1}", y + 18.0) width=format!("{w:.1}") height="9" rx="2"/>
                    }
                }).collect_view()}
            </svg>
        }
        .into_any()
    } else {
        let n = bars.len() as f64;
        let step = 640.0 / n;
        view! {
            <svg class="vt-admin-chart__svg" viewBox="0 0 640 160" preserveAspectRatio="none" role="img" aria-labelledby=format!("{title_id} {desc_id}")>
                <desc id=desc_id.clone()>{summary.clone()}</desc>
                <line class="vt-admin-chart__axis" x1="0" y1="159.5" x2="640" y2="159.5"/>
                {bars.iter().enumerate().map(|(i, b)| {
                    let h = (b.value / max * 152.0).max(if b.value > 0.0 { 1.0 } else { 0.0 });
                    view! { <rect class="vt-admin-chart__bar" x=format!("{:.2}", i as f64 * step + step * 0.15) y=format!("{:.2}", 160.0 - h) width=format!("{:.2}", step * 0.7) height=format!("{h:.2}")/> }
                }).collect_view()}
            </svg>
        }
        .into_any()
    };
    let first_last = (!horizontal).then(|| {
        let (a, b) = (bars.first().map(|b| b.label.clone()).unwrap_or_default(), bars.last().map(|b| b.label.clone()).unwrap_or_default());
        view! { <div class="vt-admin-chart__range" aria-hidden="true"><span>{a}</span><span>{b}</span></div> }
    });
    view! {
        <figure class=if horizontal { "vt-admin-chart vt-admin-chart--horizontal" } else { "vt-admin-chart" }>
            <figcaption id=title_id class="vt-admin-chart__title">{title.clone()}</figcaption>
            <div class="vt-admin-chart__body">
                <div class="vt-admin-chart__plot">{svg}{first_last}</div>
                <div class="vt-admin-chart__data vt-admin-table__wrap" role="region" aria-label=t!("console-chart-table-label", title = &title) tabindex="0">
                    <table class="vt-admin-table">
                        <thead><tr><th scope="col">{label_header}</th><th scope="col" class="vt-admin-table__num">{unit}</th></tr></thead>
                        <tbody>
                            {bars.into_iter().map(|b| view! { <tr><th scope="row">{b.label}</th><td class="vt-admin-table__num">{b.text}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </div>
        </figure>
    }
    .into_any()
}
