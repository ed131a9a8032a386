use leptos::prelude::*;
use vitrine_core::catalog::{Product, ValueState};
use vitrine_core::t;

use super::{around, MARK};

/// One radio group per product option (Colour, Size…). Colours show as
/// swatches; values that are sold out or don't exist with the earlier picks
/// are disabled and say why.
///
/// Needs no context.
///
/// ```ignore
/// let selected = RwSignal::new(vec!["Navy".to_string(), "S".to_string()]);
/// view! { <VariantPicker product selected on_select=Callback::new(move |v| selected.set(v))/> }
/// ```
#[component]
pub fn VariantPicker(
    /// The product whose options to offer.
    product: StoredValue<Product>,
    /// The picked value per option, in option order.
    selected: RwSignal<Vec<String>>,
    /// Called with the new selection when the shopper picks a value.
    on_select: Callback<Vec<String>>,
) -> impl IntoView {
    let (id, options) = product.with_value(|p| (p.id, p.options.clone()));
    options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let name = option.name.clone();
            let is_swatch = option.values.iter().any(|v| v.swatch.is_some());
            let legend_value = move || selected.with(|s| s.get(i).cloned().unwrap_or_default());
            // "Colour: Navy", the picked value in bold.
            let (legend_before, legend_after) = around(t!("catalog-option-legend", option = &name, value = MARK));
            view! {
                <fieldset class="vt-option" class:vt-option--swatches=is_swatch>
                    <legend class="vt-option__legend">
                        {legend_before}<strong>{legend_value}</strong>{legend_after}
                    </legend>
                    <div class="vt-option__values">
                        {option.values.into_iter().map(|value| {
                            let v = value.value.clone();
                            let input_id = format!("vt-opt-{id}-{i}-{}", slug(&v));
                            let state = {
                                let v = v.clone();
                                Memo::new(move |_| selected.with(|s| product.with_value(|p| p.value_state(s, i, &v))))
                            };
                            let checked = {
                                let v = v.clone();
                                move || selected.with(|s| s.get(i) == Some(&v))
                            };
                            let pick = {
                                let v = v.clone();
                                move |_| {
                                    let next = selected.with_untracked(|s| product.with_value(|p| p.select(s, i, &v)));
                                    on_select.run(next);
                                }
                            };
                            let reason = move || reason_of(state.get()).map(|r| format!(" — {r}")).unwrap_or_default();
                            view! {
                                <input
                                    class="vt-option__input vt-visually-hidden"
                                    type="radio"
                                    id=input_id.clone()
                                    name=format!("vt-opt-{id}-{i}")
                                    value=v.clone()
                                    prop:checked=checked
                                    disabled=move || state.get() != ValueState::Available
                                    on:change=pick
                                />
                                <label
                                    for=input_id
                                    class="vt-option__value"
                                    class:vt-option__value--unavailable=move || state.get() != ValueState::Available
                                    title=move || format!("{v}{}", reason())
                                >
                                    {value.swatch.map(|c| view! {
                                        <span class="vt-option__swatch" style:--vt-swatch=c.clone() aria-hidden="true"></span>
                                    })}
                                    <span class:vt-visually-hidden=is_swatch>{value.value.clone()}</span>
                                    <span class="vt-visually-hidden">{reason}</span>
                                </label>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            }
        })
        .collect_view()
}

/// Why a value can't be picked, in the page's language.
pub(crate) fn reason_of(state: ValueState) -> Option<String> {
    match state {
        ValueState::Available => None,
        ValueState::SoldOut => Some(t!("catalog-value-sold-out")),
        ValueState::Missing => Some(t!("catalog-value-missing")),
    }
}

pub(crate) fn slug(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect()
}
