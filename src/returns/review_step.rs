use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::{store_credit, Resolution, ReturnView};
use vitrine_core::Money;

use super::{resolution_words, ReturnDraft, ReturnStep, ReturnStepSection};
use crate::api;
use crate::store::ShopStore;

/// Step 4: everything chosen, what it is worth, and the button that sends
/// the request (one idempotency key per request, kept across retries and
/// double clicks). The server's field errors go back to their steps.
///
/// Needs [`ReturnDraft`] and [`ShopStore`] in context.
///
/// ```ignore
/// view! { <ReviewStep number token on_created=Callback::new(move |v| created.set(Some(v)))/> }
/// ```
#[component]
pub fn ReviewStep(
    /// The order's number.
    #[prop(into)]
    number: String,
    /// The order link's token.
    #[prop(into)]
    token: String,
    /// Called with the new return.
    on_created: Callback<ReturnView>,
) -> impl IntoView {
    let draft = ReturnDraft::expect();
    let shop = ShopStore::expect();
    let send = Action::new_local(move |_: &()| {
        let (number, token) = (number.clone(), token.clone());
        let request = draft.request();
        let key = draft.key_for(&request);
        async move {
            match api::create_return(&number, &token, &key, &request).await {
                Ok(view) => on_created.run(view),
                Err(e) => draft.show_server_error(&e, &request),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !send.pending().get_untracked() && draft.next(ReturnStep::Review) {
            send.dispatch_local(());
        }
    };
    let busy = send.pending();
    let rows = move || {
        let lines = draft.lines.get();
        let photos = draft.photos.get();
        draft.answer.with_value(|a| {
            a.lines
                .iter()
                .filter_map(|l| lines.get(&l.line_id).filter(|c| c.chosen).map(|c| (l.clone(), c.clone())))
                .map(|(l, c)| {
                    let reason = a.reasons.iter().find(|r| r.code == c.reason).map(|r| r.label.clone()).unwrap_or_default();
                    let what = resolution_words(c.resolution, c.exchange_variant_id, &l, &a.resolutions);
                    let count = photos.get(&l.line_id).map(Vec::len).unwrap_or(0);
                    let photos = if count == 0 { String::new() } else { format!(" · {}", t!("returns-review-photos", count = count)) };
                    view! {
                        <li class="vt-returns__review-line">
                            <span class="vt-mini-line__title">{format!("{} × {}", l.product_title, c.quantity)}</span>
                            <span class="vt-mini-line__variant">{format!("{} · {reason}{photos}", l.variant_title)}</span>
                            <span class="vt-returns__review-what">{what}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <ReturnStepSection step=ReturnStep::Review summary=Signal::derive(String::new)>
            <form class="vt-form" novalidate on:submit=submit aria-busy=move || busy.get().then_some("true")>
                <ul class="vt-returns__review">{rows}</ul>
                <dl class="vt-totals">
                    {move || totals(&draft).into_iter().map(|(label, amount)| view! {
                        <div class="vt-totals__row"><dt>{label}</dt><dd>{amount.map(|a| shop.format(a)).unwrap_or_else(|| t!("returns-exchange-same-price"))}</dd></div>
                    }).collect_view()}
                </dl>
                <p class="vt-field__hint">{t!("returns-review-note")}</p>
                <button type="submit" class="vt-button vt-button--primary" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { t!("returns-review-sending") } else { t!("returns-review-send") }}
                </button>
            </form>
        </ReturnStepSection>
    }
}

/// "Refund", "Store credit", "Exchange difference" rows with amounts, for the lines chosen.
/// An exchange at the same price has no amount.
fn totals(draft: &ReturnDraft) -> Vec<(String, Option<Money>)> {
    let lines = draft.lines.get();
    draft.answer.with_value(|a| {
        let currency = a.lines.first().map(|l| l.unit_refund.currency);
        let Some(currency) = currency else { return Vec::new() };
        let (mut refund, mut credit, mut difference) = (Money::zero(currency), Money::zero(currency), Money::zero(currency));
        let mut exchanges = false;
        let bonus = a.resolutions.iter().find(|r| r.code == Resolution::StoreCredit).map(|r| r.bonus_percent).unwrap_or(0);
        for l in &a.lines {
            let Some(c) = lines.get(&l.line_id).filter(|c| c.chosen) else { continue };
            let value = l.unit_refund.times(c.quantity);
            match c.resolution {
                Some(Resolution::Refund) => refund = refund.plus(value),
                Some(Resolution::StoreCredit) => credit = credit.plus(store_credit(value, bonus)),
                Some(Resolution::Exchange) => {
                    exchanges = true;
                    if let Some(o) = c.exchange_variant_id.and_then(|v| l.exchange_options.iter().find(|o| o.variant_id == v)) {
                        difference = difference.plus(o.price.minus(l.unit_refund).times(c.quantity));
                    }
                }
                None => {}
            }
        }
        let mut rows = Vec::new();
        if !refund.is_zero() {
            rows.push((t!("returns-total-refund"), Some(refund.rounded())));
        }
        if !credit.is_zero() {
            rows.push((t!("returns-total-credit"), Some(credit.rounded())));
        }
        if !difference.is_zero() {
            rows.push((if difference.is_negative() { t!("returns-total-exchange-back") } else { t!("returns-total-exchange-pay") }, Some(difference.rounded().max(difference.times(-1).rounded()))));
        } else if exchanges {
            rows.push((t!("returns-total-exchange"), None));
        }
        rows
    })
}
