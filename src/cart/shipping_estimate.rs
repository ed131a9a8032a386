use leptos::prelude::*;
use vitrine_core::i18n::Lang;
use vitrine_core::t;

use crate::address::use_address_format;
use crate::store::{CartStore, ShopStore};

/// Country (and, where tax depends on it, state or province) for the
/// shipping and tax estimate.
///
/// Needs [`CartStore`](crate::store::CartStore) and [`ShopStore`](crate::store::ShopStore).
///
/// ```ignore
/// view! { <ShippingEstimate/> <CartTotals/> }
/// ```
#[component]
pub fn ShippingEstimate() -> impl IntoView {
    let cart = CartStore::expect();
    let shop = ShopStore::expect();
    let countries = shop.ship_to();
    let country = Memo::new(move |_| cart.cart().with(|c| c.as_ref().and_then(|c| c.country.clone())).unwrap_or_default());
    let region = Memo::new(move |_| cart.cart().with(|c| c.as_ref().and_then(|c| c.region.clone())).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let format = use_address_format(country.into());
    let set = move |c: String, r: String| {
        leptos::task::spawn_local(async move {
            let to = |s: String| Some(s).filter(|s| !s.is_empty());
            match cart.set_destination(to(c), to(r)).await {
                Ok(()) => error.set(None),
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <div class="vt-estimate">
            <div class="vt-field">
                <label for="vt-estimate-country" class="vt-field__label">{t!("cart-estimate-ship-to")}</label>
                <select id="vt-estimate-country" class="vt-select vt-select--block" autocomplete="shipping country"
                    prop:value=move || country.get()
                    on:change=move |ev| set(event_target_value(&ev), String::new())>
                    <option value="">{t!("cart-estimate-choose-country")}</option>
                    {move || countries.get().into_iter().map(|c| {
                        let selected = c.code == country.get_untracked();
                        view! { <option value=c.code.clone() selected=selected>{c.name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    format.await.filter(|f| !f.regions.is_empty()).map(|f| {
                        // The field's name comes from the address data ("State", "Prefecture");
                        // English names the kind in the sentence ("Choose a state"), the others
                        // the field's name as translated.
                        let label = f.region_label();
                        let kind = match crate::i18n::lang() {
                            Lang::En => f.state_name_type.clone(),
                            Lang::De | Lang::Ar => label.clone(),
                            Lang::Fr => label.to_lowercase(),
                        };
                        view! {
                            <div class="vt-field">
                                <label for="vt-estimate-region" class="vt-field__label">{label.clone()}</label>
                                <select id="vt-estimate-region" class="vt-select vt-select--block" autocomplete="shipping address-level1"
                                    prop:value=move || region.get()
                                    on:change=move |ev| set(country.get_untracked(), event_target_value(&ev))>
                                    <option value="">{t!("cart-estimate-choose-region", region = &kind)}</option>
                                    {f.regions.iter().map(|r| {
                                        let code = r.code().to_string();
                                        let selected = code == region.get_untracked();
                                        view! { <option value=code selected=selected>{r.name.clone()}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                        }
                    })
                })}
            </Transition>
            <p class="vt-field__error" role="alert">{move || error.get()}</p>
        </div>
    }
}
