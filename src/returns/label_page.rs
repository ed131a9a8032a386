use leptos::prelude::*;
use vitrine_core::t;
use leptos_meta::Title;
use vitrine_core::returns::ReturnView;

use super::return_page::LoadReturn;
use crate::api;

/// `/returns/:rma/label?token=...`: the printable return label (drawn by the
/// server as SVG: address, RMA, barcode, QR code) with what to do and a
/// "Print" button; print styles leave only the label and the instructions.
///
/// Needs a router and `leptos_meta`'s meta context.
///
/// ```ignore
/// view! { <Route path=path!("/returns/:rma/label") view=ReturnLabelPage/> }
/// ```
#[component]
pub fn ReturnLabelPage() -> impl IntoView {
    view! {
        <section class="vt-returns vt-returns--label" aria-labelledby="vt-label-title">
            <LoadReturn render=label/>
        </section>
    }
}

fn label(v: ReturnView, token: String) -> AnyView {
    let svg = api::return_label_svg_url(&v.rma, &token);
    let alt = v.method.tracking_number.clone().map(|tracking| {
        t!("returns-label-alt", rma = &v.rma, carrier = v.method.carrier.clone().unwrap_or_default(), tracking = &tracking)
    });
    view! {
        <Title text=t!("returns-label-title", rma = &v.rma)/>
        <header class="vt-order__header vt-returns__label-head">
            <h1 id="vt-label-title" class="vt-page__title">{t!("returns-label-title", rma = &v.rma)}</h1>
            <p class="vt-returns__noprint"><a href=v.status_url.clone()>{t!("returns-label-back")}</a></p>
        </header>
        {match alt {
            Some(alt) => view! {
                <img class="vt-returns__label" src=svg width="384" height="576" alt=alt/>
                <p class="vt-returns__label-help">{v.method.instructions.clone()}</p>
                <button type="button" class="vt-button vt-button--primary vt-returns__noprint" on:click=|_| print()>{t!("returns-label-print")}</button>
            }.into_any(),
            None => view! { <p class="vt-notice">{v.method.instructions.clone()}</p> }.into_any(),
        }}
    }
    .into_any()
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
