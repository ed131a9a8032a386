use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::{store_credit, Resolution, ReturnableLine};

use super::{ExchangePicker, ReturnDraft, ReturnStep, ReturnStepSection};
use crate::store::ShopStore;

/// Step 3: for each chosen item, a refund, store credit (with the shop's
/// bonus) or an exchange for another variant (picked in [`ExchangePicker`]).
///
/// Needs [`ReturnDraft`] and [`ShopStore`] in context.
///
/// ```ignore
/// view! { <ResolutionStep/> }
/// ```
#[component]
pub fn ResolutionStep() -> impl IntoView {
    let draft = ReturnDraft::expect();
    let summary = Signal::derive(move || {
        draft.summarize(|a, l, c| t!("returns-summary-resolution", item = &l.product_title, resolution = super::resolution_words(c.resolution, c.exchange_variant_id, l, &a.resolutions)))
    });
    view! {
        <ReturnStepSection step=ReturnStep::Resolutions summary>
            <form class="vt-form" novalidate on:submit=move |ev| { ev.prevent_default(); draft.next(ReturnStep::Resolutions); }>
                {move || draft.chosen_lines().into_iter().map(|line| view! { <LineResolution line/> }).collect_view()}
                <button type="submit" class="vt-button vt-button--primary">{t!("returns-resolutions-continue")}</button>
            </form>
        </ReturnStepSection>
    }
}

#[component]
fn LineResolution(line: ReturnableLine) -> impl IntoView {
    let draft = ReturnDraft::expect();
    let shop = ShopStore::expect();
    let id = line.line_id;
    let options = draft.answer.with_value(|a| a.resolutions.clone());
    let quantity = move || draft.lines.with(|l| l.get(&id).map(|c| c.quantity).unwrap_or(1));
    let chosen = move || draft.lines.with(|l| l.get(&id).and_then(|c| c.resolution));
    let can_exchange = !super::check::exchange_offers(&line).is_empty();
    let error_id = format!("vt-return-{id}-resolution-error");
    let unit = line.unit_refund;
    let described = error_id.clone();
    view! {
        <fieldset class="vt-choices vt-returns__group" aria-describedby=described>
            <legend class="vt-returns__group-title">{t!("returns-resolution-legend", item = &line.product_title, variant = &line.variant_title)}</legend>
            {options.into_iter().enumerate().map(|(i, opt)| {
                let code = opt.code;
                let input_id = if i == 0 { format!("vt-return-{id}-resolution-first") } else { format!("vt-return-{id}-resolution-{}", code.as_str()) };
                let disabled = code == Resolution::Exchange && !can_exchange;
                let detail = move || match code {
                    Resolution::Refund => t!("returns-resolution-refund-detail", amount = shop.format(unit.times(quantity()))),
                    Resolution::StoreCredit if opt.bonus_percent > 0 => t!(
                        "returns-resolution-credit-bonus-detail",
                        amount = shop.format(store_credit(unit.times(quantity()), opt.bonus_percent)),
                        bonus = opt.bonus_percent
                    ),
                    Resolution::StoreCredit => t!("returns-resolution-credit-detail", amount = shop.format(unit.times(quantity()))),
                    Resolution::Exchange if disabled => t!("returns-resolution-exchange-none"),
                    Resolution::Exchange => t!("returns-resolution-exchange-detail"),
                };
                let badge = (code == Resolution::StoreCredit && opt.bonus_percent > 0).then(|| t!("returns-resolution-bonus-badge", bonus = opt.bonus_percent));
                let label_for = input_id.clone();
                view! {
                    <label class="vt-choice" class:vt-choice--disabled=disabled for=label_for>
                        <input type="radio" id=input_id name=format!("vt-return-{id}-resolution") value=code.as_str()
                            disabled=disabled prop:checked=move || chosen() == Some(code)
                            on:change=move |_| draft.update(id, |c| c.resolution = Some(code))/>
                        <span class="vt-choice__text">
                            <span class="vt-choice__title">{opt.label.clone()}</span>
                            <span class="vt-choice__detail">{detail}</span>
                        </span>
                        {badge.map(|b| view! { <span class="vt-returns__bonus">{b}</span> })}
                    </label>
                }
            }).collect_view()}
            <p id=error_id class="vt-field__error">{move || draft.error(&format!("{id}.resolution"))}</p>
        </fieldset>
        <Show when=move || chosen() == Some(Resolution::Exchange)>
            <ExchangePicker line=line.clone()/>
        </Show>
    }
}
