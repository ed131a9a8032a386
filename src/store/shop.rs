use leptos::prelude::*;
use vitrine_core::shop::Shop;
use vitrine_core::{Locale, Money};

use crate::api;

/// The shop's settings (name, currency, locale), loaded once per page.
#[derive(Clone, Copy)]
pub struct ShopStore {
    shop: RwSignal<Option<Shop>>,
    /// `ship_to` as the browser parsed it, decoded by [`Self::ship_to`] when first read.
    ship_to_json: RwSignal<Option<wasm_bindgen::JsValue>, LocalStorage>,
    /// Set when the shop could not be loaded at all.
    error: RwSignal<Option<api::ApiError>>,
}

impl ShopStore {
    /// Creates the store, starts loading the shop and provides the store as context.
    pub fn provide() -> ShopStore {
        let store = ShopStore { shop: RwSignal::new(None), ship_to_json: RwSignal::new_local(None), error: RwSignal::new(None) };
        leptos::task::spawn_local(async move {
            match api::shop().await {
                Ok((shop, ship_to)) => {
                    store.ship_to_json.set(Some(ship_to));
                    store.shop.set(Some(shop));
                }
                Err(e) => store.error.set(Some(e)),
            }
        });
        provide_context(store);
        store
    }

    /// Provides a store for a shop already known (embedded widgets configured
    /// by attributes, tests): no request is made.
    pub fn provide_with(shop: Shop) -> ShopStore {
        let store = ShopStore { shop: RwSignal::new(Some(shop)), ship_to_json: RwSignal::new_local(None), error: RwSignal::new(None) };
        provide_context(store);
        store
    }

    /// The store provided by an ancestor. Panics when none was: that is a wiring bug.
    pub fn expect() -> ShopStore {
        expect_context::<ShopStore>()
    }

    pub fn name(&self) -> Signal<String> {
        let shop = self.shop;
        Signal::derive(move || shop.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default()))
    }

    /// Countries the shop ships to, by name (in the page's language).
    pub fn ship_to(&self) -> Signal<Vec<vitrine_core::cart::Country>> {
        let (shop, json) = (self.shop, self.ship_to_json);
        let countries = Memo::new(move |_| {
            let known = shop.with(|s| s.as_ref().map(|s| s.ship_to.clone()).unwrap_or_default());
            let decoded = || json.with(|j| j.clone().and_then(|j| api::decode(j).ok())).unwrap_or_default();
            crate::i18n::localize_countries(if known.is_empty() { decoded() } else { known })
        });
        countries.into()
    }

    /// Which optional address fields checkout shows or requires.
    pub fn address_fields(&self) -> Signal<vitrine_core::address::AddressFieldConfig> {
        let shop = self.shop;
        Signal::derive(move || shop.with(|s| s.as_ref().map(|s| s.address_fields).unwrap_or_default()))
    }

    pub fn locale(&self) -> Locale {
        self.shop.with(|s| s.as_ref().map(|s| Locale::from_tag(&s.locale)).unwrap_or(Locale::EN_US))
    }

    /// The shop's BCP 47 locale tag ("en-US"), once loaded.
    pub fn locale_tag(&self) -> String {
        self.shop.with(|s| s.as_ref().map(|s| s.locale.clone())).unwrap_or_else(|| "en-US".to_string()) // i18n: not shown
    }

    /// Formats money in the page's language with the shop's currency
    /// (`Intl.NumberFormat`, [`crate::i18n::money`]); reactive: re-runs when the shop loads.
    pub fn format(&self, money: Money) -> String {
        crate::i18n::money(money, &self.locale_tag())
    }

    /// A whole-number percentage ("15") in the page's language ("15 %").
    pub fn percent(&self, percent: &str) -> String {
        crate::i18n::percent(percent, &self.locale_tag())
    }

    pub fn error(&self) -> Option<api::ApiError> {
        self.error.get()
    }
}
