use leptos::prelude::*;
use vitrine_core::t;
use crate::ui::MiniLine;
use vitrine_core::returns::ReturnableLine;

use super::{ReturnDraft, ReturnStep, ReturnStepSection};
use crate::store::ShopStore;

/// Step 1: which items go back, and how many. Lines that can't be returned
/// are shown disabled with the reason ("Final sale").
///
/// Needs [`ReturnDraft`] and [`ShopStore`] in context.
///
/// ```ignore
/// view! { <ItemsStep/> }
/// ```
#[component]
pub fn ItemsStep() -> impl IntoView {
    let draft = ReturnDraft::expect();
    let lines = draft.answer.with_value(|a| a.lines.clone());
    let titles = lines.iter().map(|l| (l.line_id, l.product_title.clone())).collect::<Vec<_>>();
    let summary = Signal::derive(move || {
        let chosen = draft.lines.get();
        titles
            .iter()
            .filter_map(|(id, t)| chosen.get(id).filter(|c| c.chosen).map(|c| format!("{t} × {}", c.quantity)))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let lines_error = move || draft.error("lines");
    view! {
        <ReturnStepSection step=ReturnStep::Items summary>
            <form class="vt-form" novalidate on:submit=move |ev| { ev.prevent_default(); draft.next(ReturnStep::Items); }>
                <fieldset id="vt-return-lines" class="vt-returns__lines" tabindex="-1" aria-describedby="vt-return-lines-error">
                    <legend class="vt-visually-hidden">{t!("returns-items-legend")}</legend>
                    {lines.clone().into_iter().map(|line| view! { <ItemChoice line/> }).collect_view()}
                </fieldset>
                <p id="vt-return-lines-error" class="vt-field__error">{lines_error}</p>
                <button type="submit" class="vt-button vt-button--primary">{t!("returns-items-continue")}</button>
            </form>
        </ReturnStepSection>
    }
}

/// One order line: a checkbox to return it and, once checked, how many.
#[component]
fn ItemChoice(line: ReturnableLine) -> impl IntoView {
    let draft = ReturnDraft::expect();
    let shop = ShopStore::expect();
    let id = line.line_id;
    let max = line.returnable_quantity;
    let open = max > 0;
    let chosen = move || draft.lines.with(|l| l.get(&id).is_some_and(|c| c.chosen));
    let quantity = move || draft.lines.with(|l| l.get(&id).map(|c| c.quantity).unwrap_or(1));
    let check_id = format!("vt-return-{id}-chosen");
    let qty_id = format!("vt-return-{id}-quantity");
    let why_id = format!("vt-return-{id}-why");
    let chosen_error = format!("{check_id}-error");
    let qty_error = format!("{qty_id}-error");
    let qty_described = qty_error.clone();
    let detail = t!("returns-items-detail", variant = &line.variant_title, quantity = line.quantity, price = shop.format(line.unit_refund));
    let why = line.reason.clone().filter(|_| !open);
    view! {
        <div class="vt-returns__line" class:vt-returns__line--closed=!open>
            <input type="checkbox" id=check_id.clone() class="vt-returns__check" disabled=!open
                prop:checked=chosen on:change=move |ev| { let on = event_target_checked(&ev); draft.update(id, |c| { c.chosen = on; c.quantity = c.quantity.clamp(1, max.max(1)); }); }
                aria-describedby=if open { chosen_error.clone() } else { format!("{why_id} {chosen_error}") }
                aria-invalid=move || draft.error(&format!("{id}.line_id")).map(|_| "true")/>
            <label for=check_id class="vt-returns__line-label">
                <MiniLine image=line.image.clone() title=line.product_title.clone() variant=detail/>
            </label>
            {why.map(|w| view! { <p id=why_id.clone() class="vt-returns__why"><span class="vt-returns__why-label">{t!("returns-why-label")}</span>" "{w}</p> })}
            <p id=chosen_error class="vt-field__error">{move || draft.error(&format!("{id}.line_id"))}</p>
            <Show when=move || { chosen() && max > 1 }>
                <div class="vt-field vt-returns__qty">
                    <label for=qty_id.clone() class="vt-field__label">{t!("returns-items-how-many")}</label>
                    <select id=qty_id.clone() class="vt-select" aria-describedby=qty_described.clone()
                        aria-invalid=move || draft.error(&format!("{id}.quantity")).map(|_| "true")
                        on:change=move |ev| { let n = event_target_value(&ev).parse().unwrap_or(1); draft.update(id, |c| c.quantity = n); }>
                        {(1..=max).map(|n| view! { <option value=n.to_string() selected=move || quantity() == n>{crate::i18n::number(n)}</option> }).collect_view()}
                    </select>
                </div>
            </Show>
            <p id=qty_error class="vt-field__error">{move || draft.error(&format!("{id}.quantity"))}</p>
        </div>
    }
}
