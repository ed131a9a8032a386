use leptos::prelude::*;
use vitrine_core::listing::{ProductList, ProductQuery};

use crate::api::{self, ApiError};

/// What [`use_listing`] returns.
#[derive(Clone, Copy)]
pub struct UseListingReturn {
    /// The latest results; kept while newer ones load, so nothing flashes.
    pub list: ReadSignal<Option<ProductList>>,
    /// The error of the latest request, if it failed.
    pub error: ReadSignal<Option<ApiError>>,
    /// True while a request is in flight.
    pub loading: ReadSignal<bool>,
    /// Runs the current query again (after an error).
    pub retry: Callback<()>,
}

/// Loads the listing for `query` whenever it changes; a newer query aborts
/// the request of an older one, so results never arrive out of order.
pub fn use_listing(query: Signal<ProductQuery>) -> UseListingReturn {
    let (list, set_list) = signal(None::<ProductList>);
    let (error, set_error) = signal(None::<ApiError>);
    let (loading, set_loading) = signal(false);
    let (attempt, set_attempt) = signal(0u32);
    let controller = StoredValue::new_local(None::<web_sys::AbortController>);
    Effect::new(move |_| {
        attempt.track();
        let q = query.get();
        if let Some(previous) = controller.get_value() {
            previous.abort();
        }
        let ctl = web_sys::AbortController::new().ok();
        let signal = ctl.as_ref().map(|c| c.signal());
        controller.set_value(ctl);
        set_loading.set(true);
        leptos::task::spawn_local(async move {
            let result = api::products(&q, signal.as_ref()).await;
            if signal.as_ref().is_some_and(|s| s.aborted()) {
                return;
            }
            match result {
                Ok(l) => {
                    set_list.set(Some(l));
                    set_error.set(None);
                }
                Err(e) => set_error.set(Some(e)),
            }
            set_loading.set(false);
        });
    });
    on_cleanup(move || {
        if let Some(c) = controller.try_get_value().flatten() {
            c.abort();
        }
    });
    UseListingReturn { list, error, loading, retry: Callback::new(move |_| set_attempt.update(|n| *n += 1)) }
}
