use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::{ReturnMethod, ReturnStatus};

/// How the parcel goes back: the instructions, the carrier and tracking
/// number once approved, and while the parcel is still to be sent, the
/// address and the "Print label" link to the label page.
///
/// Needs no context.
///
/// ```ignore
/// view! { <ReturnMethodCard method=v.method.clone() label_url=v.label_url.clone() status=v.status/> }
/// ```
#[component]
pub fn ReturnMethodCard(
    /// The method, as the return's view has it.
    method: ReturnMethod,
    /// The storefront's label page, with the return's token.
    #[prop(into)]
    label_url: String,
    /// The return's status.
    status: ReturnStatus,
) -> impl IntoView {
    // Once the parcel arrived there is nothing left to send.
    let to_send = matches!(status, ReturnStatus::Requested | ReturnStatus::Approved | ReturnStatus::InTransit);
    let label_ready = method.kind == "label" && method.tracking_number.is_some() && to_send;
    view! {
        <section class="vt-returns__method" aria-labelledby="vt-return-method">
            <h2 id="vt-return-method" class="vt-order__section">{if to_send { t!("returns-method-send") } else { t!("returns-method-parcel") }}</h2>
            <p>{method.instructions.clone()}</p>
            {method.tracking_number.clone().map(|t| view! {
                <dl class="vt-tracking__facts">
                    <div class="vt-tracking__fact"><dt>{t!("tracking-parcel-carrier")}</dt><dd>{method.carrier.clone().unwrap_or_default()}</dd></div>
                    <div class="vt-tracking__fact"><dt>{t!("tracking-parcel-tracking-number")}</dt><dd class="vt-tracking__number">{t}</dd></div>
                </dl>
            })}
            {to_send.then(|| view! {
                <h3 class="vt-returns__subhead">{t!("returns-method-address")}</h3>
                <address class="vt-order__address">
                    {method.address_lines.iter().map(|l| view! { <span class="vt-returns__address-line">{l.clone()}</span> }).collect_view()}
                </address>
            })}
            {if label_ready {
                view! { <a class="vt-button vt-button--primary" href=label_url>{t!("returns-method-print")}</a> }.into_any()
            } else if method.kind == "label" && status == ReturnStatus::Requested {
                view! { <p class="vt-field__hint">{t!("returns-method-label-later")}</p> }.into_any()
            } else {
                ().into_any()
            }}
        </section>
    }
}
