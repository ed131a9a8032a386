//! One live-resource hook for every page that follows something the server
//! changes (an order, a return): Server-Sent Events first, polling with
//! backoff when the stream fails, one sentence per change for a polite live
//! region, and everything let go of on unmount. [`use_order_events`] and
//! [`use_return_events`] are this hook over [`Order`] and [`ReturnView`].
//!
//! [`use_order_events`]: crate::tracking::use_order_events
//! [`use_return_events`]: crate::returns::use_return_events
//! [`Order`]: vitrine_core::checkout::Order
//! [`ReturnView`]: vitrine_core::returns::ReturnView

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::api::{self, Aborter, ApiError};

/// Something the server pushes over an event stream and answers on a plain
/// GET, addressed by an id and a token.
#[allow(async_fn_in_trait)] // only ever awaited in `spawn_local`, never sent across threads
pub trait LiveResource: Clone + PartialEq + DeserializeOwned + Send + Sync + 'static {
    /// The stream's event name (`event: order`).
    const EVENT: &'static str;
    /// `GET .../events?token=` as an absolute URL for `EventSource`.
    fn events_url(id: &str, token: &str) -> String;
    /// The current version, for polling.
    async fn fetch(id: &str, token: &str, signal: Option<&web_sys::AbortSignal>) -> Result<Self, ApiError>;
    /// A sentence for the live region when `before` became `after`.
    fn announcement(before: &Self, after: &Self) -> Option<String>;
    /// Nothing will change any more: polling stops.
    fn is_final(&self) -> bool;
}

/// How the resource is being kept up to date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connection {
    /// Opening the event stream.
    Connecting,
    /// The server pushes every change (Server-Sent Events).
    Live,
    /// The stream failed: the resource is fetched again now and then.
    Polling,
}

/// Options of [`use_live`].
#[derive(Clone, Debug)]
pub struct LiveOptions<R> {
    /// The resource as already loaded: shown at once, and the first pushed
    /// version is compared with it (so the connect itself announces nothing).
    pub initial: Option<R>,
    /// First polling interval after the stream fails; it doubles after
    /// every poll that brings nothing new...
    pub poll_from: Duration,
    /// ...up to this.
    pub poll_max: Duration,
}

impl<R> Default for LiveOptions<R> {
    fn default() -> Self {
        LiveOptions { initial: None, poll_from: Duration::from_secs(5), poll_max: Duration::from_secs(60) }
    }
}

/// What [`use_live`] returns.
pub struct LiveReturn<R: 'static> {
    /// The newest version (`None` until one arrived).
    pub value: ReadSignal<Option<R>>,
    /// A sentence about the latest change, for one polite live region;
    /// empty until something changed.
    pub announcement: ReadSignal<String>,
    pub connection: ReadSignal<Connection>,
}

/// `R`, live: its event stream through the browser's `EventSource`, which
/// pushes the resource at once and on every change. When the stream fails (a
/// proxy that buffers, a server that went away) it is closed and the resource
/// is polled instead, every `poll_from` at first, doubling up to `poll_max`
/// while nothing changes (polling stops once it is final). The stream, the
/// timer and a poll in flight end when the calling component unmounts.
///
/// Needs no context.
pub fn use_live<R: LiveResource>(id: String, token: String, options: LiveOptions<R>) -> LiveReturn<R> {
    let (value, set_value) = signal(options.initial.clone());
    let (announcement, set_announcement) = signal(String::new());
    let (connection, set_connection) = signal(Connection::Connecting);
    let live = Live {
        id,
        token,
        options,
        value,
        set_value,
        set_announcement,
        set_connection,
        aborter: Aborter::new(),
        handles: SendWrapper::new(Rc::new(RefCell::new(Handles::default()))),
    };
    live.connect();
    let handles = live.handles.clone();
    on_cleanup(move || handles.borrow_mut().close());
    LiveReturn { value, announcement, connection }
}

/// What has to be let go of on unmount.
#[derive(Default)]
struct Handles {
    source: Option<web_sys::EventSource>,
    on_event: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
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
        self.on_event = None;
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

struct Live<R: 'static> {
    id: String,
    token: String,
    options: LiveOptions<R>,
    value: ReadSignal<Option<R>>,
    set_value: WriteSignal<Option<R>>,
    set_announcement: WriteSignal<String>,
    set_connection: WriteSignal<Connection>,
    aborter: Aborter,
    handles: SendWrapper<Rc<RefCell<Handles>>>,
}

impl<R: 'static + Clone> Clone for Live<R> {
    fn clone(&self) -> Self {
        Live {
            id: self.id.clone(),
            token: self.token.clone(),
            options: self.options.clone(),
            value: self.value,
            set_value: self.set_value,
            set_announcement: self.set_announcement,
            set_connection: self.set_connection,
            aborter: self.aborter.clone(),
            handles: self.handles.clone(),
        }
    }
}

impl<R: LiveResource> Live<R> {
    fn connect(&self) {
        // An EventSource cannot set Accept-Language: the page's language rides in the address.
        let url = format!("{}&lang={}", R::events_url(&self.id, &self.token), crate::i18n::lang().tag());
        let Ok(source) = web_sys::EventSource::new(&url) else {
            self.poll_later(self.options.poll_from);
            return;
        };
        let on_event = {
            let live = self.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                live.set_connection.set(Connection::Live);
                if let Some(next) = ev.data().as_string().and_then(|text| api::from_json::<R>(&text)) {
                    live.receive(next);
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
        let _ = source.add_event_listener_with_callback(R::EVENT, on_event.as_ref().unchecked_ref());
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut h = self.handles.borrow_mut();
        h.source = Some(source);
        h.on_event = Some(on_event);
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

    /// Takes a newer version; `true` when it differs.
    fn receive(&self, next: R) -> bool {
        if self.handles.borrow().closed {
            return false;
        }
        let said = self.value.with_untracked(|now| match now {
            Some(now) if *now == next => None,
            Some(now) => Some(R::announcement(now, &next)),
            None => Some(None),
        });
        let Some(said) = said else { return false };
        if let Some(sentence) = said {
            self.set_announcement.set(sentence);
        }
        self.set_value.set(Some(next));
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
            let result = R::fetch(&live.id, &live.token, signal.as_ref()).await;
            if live.handles.borrow().closed || signal.as_ref().is_some_and(|s| s.aborted()) {
                return;
            }
            let changed = matches!(result, Ok(ref v) if live.receive(v.clone()));
            let finished = live.value.with_untracked(|v| v.as_ref().is_some_and(R::is_final));
            if !finished {
                let next = if changed { live.options.poll_from } else { (delay * 2).min(live.options.poll_max) };
                live.poll_later(next);
            }
        });
    }
}
