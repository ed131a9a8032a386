use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;
use vitrine_core::listing::Suggestions;

use crate::api::{self, Aborter};

/// Pause in typing before suggestions are looked up.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// What [`use_suggestions`] returns.
#[derive(Clone, Copy)]
pub struct UseSuggestionsReturn {
    /// Suggestions for the latest text; `None` once the text is blank.
    /// Kept while newer ones load, so the list doesn't flash.
    pub suggestions: ReadSignal<Option<Suggestions>>,
}

/// Search suggestions for what the shopper types into `query`: looked up
/// after a pause in typing; newer text cancels the older timer and aborts the
/// older request (so answers never arrive out of order), and both are
/// cancelled when the calling component unmounts. `on_update` runs with
/// `true` when suggestions arrive and `false` when the text was cleared, so
/// the caller can open or close its list. A failed lookup changes nothing.
///
/// Only changes of `query` after the call start a lookup. Needs no context.
///
/// ```ignore
/// let typed = RwSignal::new(String::new()); // set from `on:input`
/// let open = RwSignal::new(false);
/// let UseSuggestionsReturn { suggestions } = use_suggestions(typed.into(), Callback::new(move |found| open.set(found)));
/// ```
pub fn use_suggestions(query: Signal<String>, on_update: Callback<bool>) -> UseSuggestionsReturn {
    let (suggestions, set_suggestions) = signal(None::<Suggestions>);
    let aborter = Aborter::new();
    let timer = Arc::new(Mutex::new(None::<TimeoutHandle>));
    let lookup = {
        move |q: String| {
            let text = q.trim().to_string();
            if text.is_empty() {
                aborter.abort();
                set_suggestions.set(None);
                on_update.run(false);
                return;
            }
            let signal = aborter.next_signal();
            leptos::task::spawn_local(async move {
                let result = api::suggestions(&text, signal.as_ref()).await;
                if signal.as_ref().is_some_and(|s| s.aborted()) {
                    return;
                }
                if let Ok(s) = result {
                    set_suggestions.set(Some(s));
                    on_update.run(true);
                }
            });
        }
    };
    {
        let timer = timer.clone();
        Effect::new(move |ran: Option<()>| {
            let q = query.get();
            if ran.is_none() {
                return;
            }
            let lookup = lookup.clone();
            let mut pending = timer.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(h) = pending.take() {
                h.clear();
            }
            *pending = set_timeout_with_handle(move || lookup(q), DEBOUNCE).ok();
        });
    }
    // The aborter cancels its own request on cleanup; the timer is ours.
    on_cleanup(move || {
        if let Some(h) = timer.lock().unwrap_or_else(|e| e.into_inner()).take() {
            h.clear();
        }
    });
    UseSuggestionsReturn { suggestions }
}
