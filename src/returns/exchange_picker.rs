use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::ReturnableLine;

use super::ReturnDraft;
use crate::store::ShopStore;

/// The variants a line may be exchanged for, as a radio group: each with its
/// price and the difference to what was paid (sold-out variants are not offered).
///
/// Needs [`ReturnDraft`] and [`ShopStore`] in context.
///
/// ```ignore
/// view! { <ExchangePicker line/> }
/// ```
#[component]
pub fn ExchangePicker(
    /// The order line being exchanged.
    line: ReturnableLine,
) -> impl IntoView {
    let draft = ReturnDraft::expect();
    let shop = ShopStore::expect();
    let id = line.line_id;
    let error_id = format!("vt-return-{id}-exchange_variant_id-error");
    let picked = move || draft.lines.with(|l| l.get(&id).and_then(|c| c.exchange_variant_id));
    let quantity = move || draft.lines.with(|l| l.get(&id).map(|c| c.quantity).unwrap_or(1));
    let unit = line.unit_refund;
    let described = error_id.clone();
    let offered = super::check::exchange_offers(&line);
    view! {
        <fieldset class="vt-choices vt-returns__exchange" aria-describedby=described>
            <legend class="vt-returns__group-title">{t!("returns-exchange-legend", item = &line.product_title)}</legend>
            {offered.into_iter().enumerate().map(|(i, o)| {
                let variant = o.variant_id;
                let input_id = if i == 0 { format!("vt-return-{id}-exchange_variant_id-first") } else { format!("vt-return-{id}-exchange-{variant}") };
                let difference = move || {
                    let d = o.price.minus(unit).times(quantity()).rounded();
                    if d.is_zero() {
                        t!("returns-exchange-same-price")
                    } else if d.is_negative() {
                        t!("returns-exchange-back", amount = shop.format(d.times(-1)))
                    } else {
                        t!("returns-exchange-pay-more", amount = shop.format(d))
                    }
                };
                let few = (o.available < 5).then(|| format!(" · {}", t!("returns-exchange-few-left", count = o.available)));
                let label_for = input_id.clone();
                view! {
                    <label class="vt-choice" for=label_for>
                        <input type="radio" id=input_id name=format!("vt-return-{id}-exchange") value=variant.to_string()
                            prop:checked=move || picked() == Some(variant)
                            on:change=move |_| draft.update(id, |c| c.exchange_variant_id = Some(variant))/>
                        <span class="vt-choice__text">
                            <span class="vt-choice__title">{o.title.clone()}</span>
                            <span class="vt-choice__detail">{difference}{few}</span>
                        </span>
                        <span class="vt-choice__price">{shop.format(o.price)}</span>
                    </label>
                }
            }).collect_view()}
            <p id=error_id class="vt-field__error">{move || draft.error(&format!("{id}.exchange_variant_id"))}</p>
        </fieldset>
    }
}
