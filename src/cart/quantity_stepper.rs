use leptos::prelude::*;
use vitrine_core::t;

/// − [n] + with a typed field; stays within `min..=max` and reports each
/// accepted value. The field commits on change (blur or Enter), not per key.
///
/// Needs no context.
///
/// ```ignore
/// let qty = RwSignal::new(1);
/// view! { <QuantityStepper value=qty on_change=Callback::new(move |n| qty.set(n)) max=10 label="Market Tote"/> }
/// ```
#[component]
pub fn QuantityStepper(
    /// The current quantity.
    #[prop(into)]
    value: Signal<i64>,
    /// Called with a new quantity within bounds.
    on_change: Callback<i64>,
    /// Smallest allowed (1 in carts).
    #[prop(default = 1)]
    min: i64,
    /// Largest allowed (stock or the per-line limit).
    #[prop(into)]
    max: Signal<i64>,
    /// What the quantity is of, for labels: "Merino Crew Sweater".
    #[prop(into)]
    label: String,
    /// Disables every control (while a change is saving).
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let id = format!("vt-qty-{}", label.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b))));
    let set = move |n: i64| {
        let n = n.clamp(min, max.get_untracked().max(min));
        if n != value.get_untracked() {
            on_change.run(n);
        }
    };
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let commit = move |_| {
        if let Some(input) = input_ref.get() {
            match input.value().trim().parse::<i64>() {
                Ok(n) => set(n),
                Err(_) => input.set_value(&value.get_untracked().to_string()),
            }
            input.set_value(&value.get_untracked().to_string());
        }
    };
    let cannot_lower = move || disabled.get() || value.get() <= min;
    let cannot_raise = move || disabled.get() || value.get() >= max.get();
    view! {
        <div class="vt-stepper" role="group" aria-label=t!("cart-quantity-label", title = &label)>
            <button type="button" class="vt-stepper__button" aria-label=t!("cart-quantity-decrease", title = &label)
                disabled=cannot_lower on:click=move |_| set(value.get_untracked() - 1)>
                "−"
            </button>
            <label for=id.clone() class="vt-visually-hidden">{t!("cart-quantity-label", title = &label)}</label>
            <input id=id node_ref=input_ref class="vt-stepper__input" type="number" inputmode="numeric"
                min=min max=move || max.get().max(min) step="1"
                prop:value=move || value.get().to_string() disabled=move || disabled.get() on:change=commit/>
            <button type="button" class="vt-stepper__button" aria-label=t!("cart-quantity-increase", title = &label)
                disabled=cannot_raise on:click=move |_| set(value.get_untracked() + 1)>
                "+"
            </button>
        </div>
    }
}
