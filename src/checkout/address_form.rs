use leptos::prelude::*;
use vitrine_core::address::{Address, AddressFormat, FieldSpec};
use vitrine_core::i18n::Lang;
use vitrine_core::{t, FieldErrors};

use crate::store::ShopStore;

/// An address form laid out the way the chosen country writes addresses
/// (field order, labels such as "ZIP code" or "Prefecture", regions to pick
/// from), with `autocomplete` tokens so browsers can fill it.
///
/// Needs [`ShopStore`](crate::store::ShopStore) (the countries shipped to and the merchant's optional fields).
///
/// ```ignore
/// let address = RwSignal::new(Address { country: "GB".into(), ..Address::default() });
/// let format = use_address_format(Signal::derive(move || address.with(|a| a.country.clone())));
/// view! { <AddressForm address format=Signal::derive(move || format.get().flatten()) errors suggestions/> }
/// ```
#[component]
pub fn AddressForm(
    /// The address being edited.
    address: RwSignal<Address>,
    /// The chosen country's format, once loaded.
    #[prop(into)]
    format: Signal<Option<AddressFormat>>,
    /// Problems by field ("postal_code").
    errors: RwSignal<FieldErrors>,
    /// Fixes the rules suggest ("region" -> "CA").
    suggestions: RwSignal<std::collections::BTreeMap<String, String>>,
    /// `autocomplete` section: "shipping" or "billing".
    #[prop(default = "shipping")]
    section: &'static str,
) -> impl IntoView {
    let shop = ShopStore::expect();
    let countries = shop.ship_to();
    let config = shop.address_fields();
    let rows = Memo::new(move |_| format.get().map(|f| f.layout(&config.get())).unwrap_or_default());
    let error_of = move |key: &str| errors.with(|e| e.get(key).and_then(|v| v.first().cloned()));
    view! {
        <div class="vt-address">
            <div class="vt-field">
                <label for="vt-addr-country" class="vt-field__label">{t!("checkout-address-country")}</label>
                <select id="vt-addr-country" class="vt-select vt-select--block" autocomplete=format!("{section} country")
                    prop:value=move || address.with(|a| a.country.clone())
                    aria-invalid=move || error_of("country").map(|_| "true")
                    aria-describedby="vt-addr-country-error"
                    on:change=move |ev| {
                        let c = event_target_value(&ev);
                        address.update(|a| { a.country = c; a.region.clear(); });
                        errors.update(|e| { e.remove("country"); });
                    }>
                    <option value="">{t!("checkout-address-choose-country")}</option>
                    {move || countries.get().into_iter().map(|c| {
                        let selected = address.with_untracked(|a| a.country == c.code);
                        view! { <option value=c.code.clone() selected=selected>{c.name}</option> }
                    }).collect_view()}
                </select>
                <p id="vt-addr-country-error" class="vt-field__error">{move || error_of("country")}</p>
            </div>
            {move || rows.get().into_iter().map(|row| view! {
                <div class="vt-address__row">
                    {row.into_iter().map(|f| view! { <AddressField spec=f address errors suggestions section/> }).collect_view()}
                </div>
            }).collect_view()}
            <p class="vt-address__note">{t!("checkout-address-note")}</p>
        </div>
    }
}

#[component]
fn AddressField(
    spec: FieldSpec,
    address: RwSignal<Address>,
    errors: RwSignal<FieldErrors>,
    suggestions: RwSignal<std::collections::BTreeMap<String, String>>,
    section: &'static str,
) -> impl IntoView {
    let key = spec.key.clone();
    let id = format!("vt-addr-{key}");
    let error_id = format!("{id}-error");
    let autocomplete = format!("{section} {}", spec.autocomplete);
    let label = if spec.required { spec.label.clone() } else { t!("checkout-address-optional", label = &spec.label) };
    // The field's name inside "Choose ...": lower case where the language writes it so.
    let field_in_sentence = match crate::i18n::lang() {
        Lang::En | Lang::Fr => spec.label.to_lowercase(),
        Lang::De | Lang::Ar => spec.label.clone(),
    };
    let value = {
        let key = key.clone();
        move || address.with(|a| a.field(&key).to_string())
    };
    let error = {
        let key = key.clone();
        Signal::derive(move || errors.with(|e| e.get(&key).and_then(|v| v.first().cloned())))
    };
    let update = {
        let key = key.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            address.update(|a| {
                a.set_field(&key, v);
            });
            errors.update(|e| {
                e.remove(&key);
            });
        }
    };
    let suggestion = {
        let key = key.clone();
        move || suggestions.with(|s| s.get(&key).cloned())
    };
    let apply_suggestion = {
        let key = key.clone();
        move |_| {
            if let Some(v) = suggestions.with_untracked(|s| s.get(&key).cloned()) {
                address.update(|a| {
                a.set_field(&key, v);
            });
                errors.update(|e| {
                    e.remove(&key);
                    e.remove("postal_code");
                });
                suggestions.update(|s| {
                    s.remove(&key);
                });
            }
        }
    };
    let options = spec.options.clone();
    let describedby = error_id.clone();
    let wide = matches!(key.as_str(), "name" | "address1" | "address2" | "company" | "phone");
    view! {
        <div class="vt-field" class:vt-field--wide=wide>
            <label for=id.clone() class="vt-field__label">{label}</label>
            {if options.is_empty() {
                view! {
                    <input id=id class="vt-input" type=if key == "phone" { "tel" } else { "text" } autocomplete=autocomplete
                        required=spec.required prop:value=value on:input=update
                        placeholder=spec.example.clone().map(|e| t!("checkout-address-example", example = e)).unwrap_or_default()
                        aria-invalid=move || error.get().map(|_| "true") aria-describedby=describedby/>
                }.into_any()
            } else {
                view! {
                    <select id=id class="vt-select vt-select--block" autocomplete=autocomplete required=spec.required
                        prop:value=value on:change=update
                        aria-invalid=move || error.get().map(|_| "true") aria-describedby=describedby>
                        <option value="">{t!("checkout-address-choose", field = &field_in_sentence)}</option>
                        {options.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
                    </select>
                }.into_any()
            }}
            <p id=error_id class="vt-field__error">
                {move || error.get()}
                {move || suggestion().map(|s| view! {
                    " "<button type="button" class="vt-link-button" on:click=apply_suggestion.clone()>{t!("checkout-address-use-suggestion", suggestion = &s)}</button>
                })}
            </p>
        </div>
    }
}
