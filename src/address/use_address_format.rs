use leptos::prelude::*;
use vitrine_core::address::AddressFormat;

use crate::api;

/// Loads how `country` writes addresses (field order, labels, regions) from
/// the shop, once per country: `None` while no country is chosen, or when
/// the format could not be loaded. A request for a country the shopper has
/// already left is aborted.
///
/// Needs no context.
///
/// ```ignore
/// let country = Signal::derive(move || address.with(|a| a.country.clone()));
/// let format = use_address_format(country);
/// let regions = move || format.get().flatten().map(|f| f.regions).unwrap_or_default();
/// ```
pub fn use_address_format(country: Signal<String>) -> LocalResource<Option<AddressFormat>> {
    // Typing in other address fields must not reload the format.
    let country = Memo::new(move |_| country.get());
    LocalResource::new(move || {
        let code = country.get();
        async move {
            if code.is_empty() {
                None
            } else {
                api::address_format(&code).await.ok()
            }
        }
    })
}
