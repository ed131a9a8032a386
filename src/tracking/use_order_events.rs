use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use vitrine_core::checkout::Order;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::change_announcement;
use crate::api::{self, Aborter};

/// How the order is being kept up to date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connection {
    /// Opening the event stream.
    Connecting,
    /// The server pushes every change (Server-Sent Events).
    Live,
    /// The stream failed: the order is fetched again now and then.
    Polling,
}

/// Options of [`use_order_events_with_options`].
#[derive(Clone, Debug)]
pub struct UseOrderEventsOptions {
    /// The order as already loaded: shown at once, and the first pushed
    /// version is compared with it (so the connect itself announces nothing).
    pub initial: Option<Order>,
    /// First polling interval after the stream fails; it doubles after
    /// every poll that brings nothing new...
    pub poll_from: Duration,
    /// ...up to this.
    pub poll_max: Duration,
}

impl Default for UseOrderEventsOptions {
    fn default() -> Self {
        UseOrderEventsOptions { initial: None, poll_from: Duration::from_secs(5), poll_max: Duration::from_secs(60) }
    }
}

/// What [`use_order_events`] returns.
#[derive(Clone, Copy)]
pub struct UseOrderEventsReturn {
    /// The newest version of the order (`None` until one arrived).
    pub order: ReadSignal<Option<Order>>,
    /// A sentence about the latest change ("Your parcel is out for
    /// delivery."), for one polite live region; empty until something changed.
    pub announcement: ReadSignal<String>,
    pub connection: ReadSignal<Connection>,
}

/// An order, live: `GET /orders/{number}/events?token=` through the
/// browser's `EventSource`, which pushes the order at once and on every
/// change. When the stream fails (a proxy that buffers, a server that went
/// away) it is closed and the order is polled instead, every 5 s at first,
/// doubling up to 60 s while nothing changes (polling stops once the order
/// is delivered or canceled). The stream, the timer and a poll in flight
/// end when the calling component unmounts.
///
/// Needs no context.
///
/// ```ignore
/// let UseOrderEventsReturn { order, announcement, .. } = use_order_events(number, token);
/// view! { <p class="vt-visually-hidden" role="status" aria-live="polite">{announcement}</p> }
/// ```
pub fn use_order_events(number: String, token: String) -> UseOrderEventsReturn {
    use_order_events_with_options(number, token, UseOrderEventsOptions::default())
}

/// [`use_order_events`] with options (the order already loaded, polling intervals).
pub fn use_order_events_with_options(number: String, token: String, options: UseOrderEventsOptions) -> UseOrderEventsReturn {
    let (order, set_order) = signal(options.initial.clone());
    let (announcement, set_announcement) = signal(String::new());
    let (connection, set_connection) = signal(Connection::Connecting);
    let live = Live {
        number,
        token,
        options,
        order,
        set_order,
        set_announcement,
        set_connection,
        aborter: Aborter::new(),
        handles: SendWrapper::new(Rc::new(RefCell::new(Handles::default()))),
    };
    live.connect();
    let handles = live.handles.clone();
    on_cleanup(move || handles.borrow_mut().close());
    UseOrderEventsReturn { order, announcement, connection }
}

/// What has to be let go of on unmount.
#[derive(Default)]
struct Handles {
    source: Option<web_sys::EventSource>,
    on_order: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(JsValue)>>,
    timer: Option<TimeoutHandle>,
    closed: bool,
}

impl Handles {
    fn close_stream(&mut self) {
        if let Some(source) = self.source.take() {
            source.close();
        }
        // Dropped after the source is closed, so neither can be called again.
        self.on_order = None;
        self.on_error = None;
    }

    fn close(&mut self) {
        self.closed = true;
        self.close_stream();
        if let Some(t) = self.timer.take() {
            t.clear();
        }
    }
}

#[derive(Clone)]
struct Live {
    number: String,
    token: String,
    options: UseOrderEventsOptions,
    order: ReadSignal<Option<Order>>,
    set_order: WriteSignal<Option<Order>>,
    set_announcement: WriteSignal<String>,
    set_connection: WriteSignal<Connection>,
    aborter: Aborter,
    handles: SendWrapper<Rc<RefCell<Handles>>>,
}

impl Live {
    fn connect(&self) {
        let Ok(source) = web_sys::EventSource::new(&api::order_events_url(&self.number, &self.token)) else {
            self.poll_later(self.options.poll_from);
            return;
        };
        let on_order = {
            let live = self.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                live.set_connection.set(Connection::Live);
                if let Some(order) = ev.data().as_string().and_then(|text| api::from_json::<Order>(&text)) {
                    live.receive(order);
                }
            })
        };
        let on_error = {
            let live = self.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                // Leave this callback before the closures are dropped.
                let live = live.clone();
                set_timeout(move || live.fall_back(), Duration::ZERO);
            })
        };
        let _ = source.add_event_listener_with_callback("order", on_order.as_ref().unchecked_ref());
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut h = self.handles.borrow_mut();
        h.source = Some(source);
        h.on_order = Some(on_order);
        h.on_error = Some(on_error);
    }

    fn fall_back(&self) {
        let mut h = self.handles.borrow_mut();
        if h.closed || h.source.is_none() {
            return;
        }
        h.close_stream();
        drop(h);
        self.set_connection.set(Connection::Polling);
        self.poll_later(self.options.poll_from);
    }

    /// Takes a newer version of the order; `true` when it differs.
    fn receive(&self, next: Order) -> bool {
        if self.handles.borrow().closed {
            return false;
        }
        let said = self.order.with_untracked(|now| match now {
            Some(now) if *now == next => None,
            Some(now) => Some(change_announcement(now, &next)),
            None => Some(None),
        });
        let Some(said) = said else { return false };
        if let Some(sentence) = said {
            self.set_announcement.set(sentence);
        }
        self.set_order.set(Some(next));
        true
    }

    fn poll_later(&self, delay: Duration) {
        let live = self.clone();
        let handle = set_timeout_with_handle(move || live.poll(delay), delay).ok();
        let mut h = self.handles.borrow_mut();
        if h.closed {
            if let Some(t) = handle {
                t.clear();
            }
            return;
        }
        h.timer = handle;
    }

    fn poll(&self, delay: Duration) {
        let live = self.clone();
        let signal = self.aborter.next_signal();
        leptos::task::spawn_local(async move {
            let result = api::order_with_signal(&live.number, &live.token, signal.as_ref()).await;
            if live.handles.borrow().closed || signal.as_ref().is_some_and(|s| s.aborted()) {
                return;
            }
            let changed = matches!(result, Ok(ref o) if live.receive(o.clone()));
            let finished = live.order.with_untracked(|o| o.as_ref().is_some_and(|o| o.status.is_final()));
            if !finished {
                let next = if changed { live.options.poll_from } else { (delay * 2).min(live.options.poll_max) };
                live.poll_later(next);
            }
        });
    }
}
