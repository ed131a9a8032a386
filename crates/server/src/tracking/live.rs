//! Live order pages: `GET /orders/{number}/events?token=` is a Server-Sent
//! Events stream that sends the order at once and again whenever it
//! changes. Changes made by this server wake the stream at once; changes
//! made by another server behind the same database are seen within the
//! poll interval (the order's `updated_at` and its parcels are checked).

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use tokio::sync::broadcast;
use vitrine_core::ApiErrorBody;

use crate::error::Result;
use crate::orders::{order_for_link, view, TokenQuery};
use crate::state::AppState;
pub use crate::changes::Live;

/// How often a stream checks the database for changes made elsewhere.
const POLL: Duration = Duration::from_secs(5);

/// The order, live: an `order` event with the order's JSON at once and on
/// every change (shipments, carrier checkpoints, status), keep-alive
/// comments between.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{number}/events",
    tag = "orders",
    params(
        ("number" = String, Path, description = "Order number"),
        ("token" = String, Query, description = "The signed token from the order link"),
        ("lang" = Option<String>, Query, description = "The language of the events' words (en, de, fr, ar); it wins over Accept-Language, which an EventSource cannot send."),
    ),
    responses(
        (status = 200, description = "`text/event-stream` of `event: order` with the Order as data", content_type = "text/event-stream"),
        (status = 404, description = "No such order, or the token does not open it (the same answer)", body = ApiErrorBody),
    )
)]
pub async fn order_events(
    State(state): State<AppState>,
    Path(number): Path<String>,
    Query(q): Query<TokenQuery>,
) -> Result<Sse<impl futures_util::Stream<Item = std::result::Result<Event, Infallible>>>> {
    let row = order_for_link(&state, &number, &q.token).await?;
    let first = view(&state, &row).await?;
    Ok(watch(state, number, "order", first, |state, number| async move {
        match crate::orders::find(&state, &number).await {
            Ok(Some(row)) => view(&state, &row).await.ok(),
            _ => None,
        }
    }))
}

/// A `text/event-stream` of `event: {name}` carrying `first`, then whatever
/// `load(state, key)` answers each time [`Live::changed`] names `key` (or
/// every few seconds), sent only when it differs from the last one sent.
/// `load` runs in the language of the request that opened the stream: the
/// stream outlives the request's scope, and an update read in English would
/// replace the page's words with English ones.
pub fn watch<T, F, Fut>(
    state: AppState,
    key: String,
    name: &'static str,
    first: T,
    load: F,
) -> Sse<impl futures_util::Stream<Item = std::result::Result<Event, Infallible>>>
where
    T: serde::Serialize + Send + 'static,
    F: Fn(AppState, String) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Option<T>> + Send,
{
    let rx = state.live.subscribe();
    let lang = crate::i18n::current();
    let load = std::sync::Arc::new(load);
    let stream = futures_util::stream::unfold((state, key, rx, Some(first), String::new(), load), move |(state, key, mut rx, pending, mut last, load)| async move {
        let mut pending = pending;
        loop {
            if let Some(value) = pending.take() {
                let json = serde_json::to_string(&value).unwrap_or_default();
                if json != last {
                    last = json.clone();
                    return Some((Ok(Event::default().event(name).data(json)), (state, key, rx, None, last, load)));
                }
            }
            let wake = tokio::select! {
                got = rx.recv() => match got {
                    Ok(k) => k == key,
                    Err(broadcast::error::RecvError::Lagged(_)) => true,
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                _ = tokio::time::sleep(POLL) => true,
            };
            if wake {
                pending = crate::i18n::scope(lang, load(state.clone(), key.clone())).await;
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
