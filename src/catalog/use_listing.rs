use leptos::prelude::*;
use vitrine_core::listing::{ProductList, ProductQuery};

use crate::api::{self, Aborter, ApiError};

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
/// the request of an older one, so results never arrive out of order, and
/// the request in flight is aborted when the calling component unmounts.
///
/// Needs no context.
///
/// ```ignore
/// let query: Signal<ProductQuery> = /* parsed from the URL */;
/// let UseListingReturn { list, error, loading, retry } = use_listing(query);
/// view! { <Show when=move || loading.get()><Spinner/></Show> }
/// ```
pub fn use_listing(query: Signal<ProductQuery>) -> UseListingReturn {
    let (list, set_list) = signal(None::<ProductList>);
    let (error, set_error) = signal(None::<ApiError>);
    let (loading, set_loading) = signal(false);
    let (attempt, set_attempt) = signal(0u32);
    let aborter = Aborter::new();
    Effect::new(move |_| {
        attempt.track();
        let q = query.get();
        let signal = aborter.next_signal();
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
    UseListingReturn { list, error, loading, retry: Callback::new(move |_| set_attempt.update(|n| *n += 1)) }
}
