//! Typed HTTP client for the Vitrine API (gloo-net). One file per resource;
//! this module holds the transport: base URL, JSON, errors, aborts.
//!
//! JSON is parsed and written by the browser (`Response.json()`,
//! `JSON.stringify`) and moved into and out of Rust types with
//! serde-wasm-bindgen: no JSON parser in the wasm (serde_json was about
//! 14 KB brotli of every entry, measured).

mod admin;
mod cart;
mod catalog;
mod checkout;
mod orders;
mod returns;
mod shop;

pub use admin::*;
pub use cart::*;
pub use catalog::*;
pub use checkout::*;
pub use orders::*;
pub use returns::*;
pub use shop::*;

use std::cell::RefCell;
use std::rc::Rc;
use std::fmt;

use gloo_net::http::{Method, Request, RequestBuilder, Response};
use wasm_bindgen::JsValue;
use leptos::prelude::on_cleanup;
use serde::de::DeserializeOwned;
use serde::Serialize;
use vitrine_core::{t, ApiErrorBody};

thread_local! {
    static BASE: RefCell<String> = RefCell::new(String::from("/api/v1"));
    /// The shop's origin when this page is not the shop's (embedded widgets).
    static SHOP_ORIGIN: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Makes the shop's own paths (`/products/...`, images) absolute: embedded
/// widgets live on another origin, where `/products/...` is the host's.
pub fn set_shop_origin(origin: &str) {
    SHOP_ORIGIN.with(|o| *o.borrow_mut() = origin.trim_end_matches('/').to_string());
}

/// `path` on the shop's site: unchanged on the shop's own pages, absolute on
/// another origin (see [`set_shop_origin`]). Absolute URLs pass through.
pub fn shop_url(path: &str) -> String {
    if !path.starts_with('/') || path.starts_with("//") {
        return path.to_string();
    }
    SHOP_ORIGIN.with(|o| format!("{}{path}", o.borrow()))
}

/// Points the client at an API, e.g. `https://shop.example.com/api/v1`
/// (embedded widgets on another origin). Defaults to `/api/v1`.
pub fn set_base_url(url: &str) {
    BASE.with(|b| *b.borrow_mut() = url.trim_end_matches('/').to_string());
}

/// The API base URL in use.
pub fn base_url() -> String {
    BASE.with(|b| b.borrow().clone())
}

pub(crate) fn url(path: &str) -> String {
    format!("{}{path}", base_url())
}

/// A request to `path` (relative to the base URL) that tells the server the
/// shopper's language (`Accept-Language`), so its messages come back in it.
pub(crate) fn request(method: Method, path: &str) -> RequestBuilder {
    RequestBuilder::new(&url(path)).method(method).header("Accept-Language", crate::i18n::lang().tag()) // i18n: not shown
}

/// What can go wrong talking to the API, in words a shopper can read.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The request never got an answer (offline, server down).
    Network,
    /// The server answered with an error status and a `{message, errors}` body.
    Http { status: u16, body: ApiErrorBody },
    /// The answer was not what this client understands.
    Decode(String),
}

impl ApiError {
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// The first problem the server reported for `field`.
    pub fn field(&self, field: &str) -> Option<String> {
        match self {
            ApiError::Http { body, .. } => body.field(field).map(str::to_string),
            _ => None,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network => f.write_str(&t!("common-error-network")),
            ApiError::Http { body, .. } => f.write_str(&body.message),
            ApiError::Decode(_) => f.write_str(&t!("common-error-decode")),
        }
    }
}

impl std::error::Error for ApiError {}

/// The one way requests are cancelled: each request gets a fresh signal from
/// [`Aborter::next_signal`], which aborts the request before it (a newer
/// query replaced it); and everything still in flight is aborted when the
/// reactive owner that created the `Aborter` is cleaned up (the component
/// unmounted, the shopper navigated away).
///
/// Only reads are aborted. Changes (add to cart, place the order) are left to
/// finish: the server decides, and the answer updates the stores.
///
/// ```ignore
/// let aborter = Aborter::new(); // in a component or hook
/// let signal = aborter.next_signal();
/// let result = api::products(&query, signal.as_ref()).await;
/// if signal.as_ref().is_some_and(|s| s.aborted()) { return; } // a newer one won
/// ```
#[derive(Clone)]
pub struct Aborter(send_wrapper::SendWrapper<Rc<RefCell<Option<web_sys::AbortController>>>>);

impl Aborter {
    /// An aborter whose request is aborted when the current reactive owner is cleaned up.
    pub fn new() -> Aborter {
        let aborter = Aborter(send_wrapper::SendWrapper::new(Rc::new(RefCell::new(None))));
        let on_drop = aborter.clone();
        on_cleanup(move || on_drop.abort());
        aborter
    }

    /// Aborts the request in flight, if any, and returns the signal for the next one.
    pub fn next_signal(&self) -> Option<web_sys::AbortSignal> {
        self.abort();
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        *self.0.borrow_mut() = controller;
        signal
    }

    /// Aborts the request in flight, if any.
    pub fn abort(&self) {
        if let Some(c) = self.0.borrow_mut().take() {
            c.abort();
        }
    }
}

impl Default for Aborter {
    fn default() -> Self {
        Self::new()
    }
}

/// `value` as JSON text (the browser's `JSON.stringify`).
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, ApiError> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| ApiError::Decode(e.to_string()))?;
    js_sys::JSON::stringify(&js)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| ApiError::Decode("not JSON".into()))
}

/// JSON text as a `T` (the browser's `JSON.parse`), or `None`.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(text).ok()?).ok()
}

/// `req` with `body` as its JSON body.
pub(crate) fn with_json<T: Serialize + ?Sized>(req: RequestBuilder, body: &T) -> Result<Request, ApiError> {
    req.header("Content-Type", "application/json") // i18n: not shown
        .body(to_json(body)?)
        .map_err(|e| ApiError::Decode(e.to_string()))
}

/// The response's body parsed by the browser.
pub(crate) async fn body_json(res: Response) -> Result<JsValue, String> {
    let promise = web_sys::Response::from(res).json().map_err(|_| "body already read".to_string())?;
    wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|_| "not JSON".to_string()) // i18n: not shown
}

pub(crate) async fn read<T: DeserializeOwned>(res: Result<Response, gloo_net::Error>) -> Result<T, ApiError> {
    decode(read_json(res).await?)
}

/// JSON the browser parsed, as a `T`.
pub(crate) fn decode<T: DeserializeOwned>(json: JsValue) -> Result<T, ApiError> {
    serde_wasm_bindgen::from_value(json).map_err(|e| ApiError::Decode(e.to_string()))
}

/// A 2xx answer's body as the browser parsed it (not decoded yet); any other
/// status as [`ApiError::Http`] with the API's `{message, errors}`.
pub(crate) async fn read_json(res: Result<Response, gloo_net::Error>) -> Result<JsValue, ApiError> {
    let res = res.map_err(|_| ApiError::Network)?;
    let status = res.status();
    let json = body_json(res).await;
    if (200..300).contains(&status) {
        return json.map_err(ApiError::Decode);
    }
    let body = json
        .ok()
        .and_then(|v| serde_wasm_bindgen::from_value::<ApiErrorBody>(v).ok())
        .unwrap_or_else(|| ApiErrorBody::new(t!("common-error-status", status = status.to_string())));
    Err(ApiError::Http { status, body })
}

/// GET `path` (relative to the base URL) as JSON, aborted when the calling
/// reactive owner is cleaned up.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    decode(get_json(path).await?)
}

/// [`get`], the answer as the browser parsed it (not decoded yet).
pub(crate) async fn get_json(path: &str) -> Result<JsValue, ApiError> {
    let signal = Aborter::new().next_signal();
    read_json(request(Method::GET, path).abort_signal(signal.as_ref()).send().await).await
}

/// GET `path` as JSON, aborted through `signal` (from the caller's [`Aborter`]).
pub async fn get_with_signal<T: DeserializeOwned>(path: &str, signal: Option<&web_sys::AbortSignal>) -> Result<T, ApiError> {
    read(request(Method::GET, path).abort_signal(signal).send().await).await
}

/// Credentials of a resource owned by the shopper (a cart): the secret sent
/// as `Authorization: Bearer ...` and, optionally, the version a change is
/// based on (`If-Match`).
#[derive(Clone, Copy, Default)]
pub struct Auth<'a> {
    pub bearer: Option<&'a str>,
    pub if_match: Option<i64>,
}

/// A [`request`] carrying `auth`'s secret and version.
pub(crate) fn authorized(method: Method, path: &str, auth: Auth<'_>) -> RequestBuilder {
    let mut req = request(method, path);
    if let Some(secret) = auth.bearer {
        req = req.header("Authorization", &format!("Bearer {secret}"));
    }
    if let Some(v) = auth.if_match {
        req = req.header("If-Match", &format!("\"{v}\""));
    }
    req
}

/// Sends `method path` with an optional JSON body and credentials; reads JSON.
pub async fn send<T: DeserializeOwned>(method: Method, path: &str, body: Option<&impl Serialize>, auth: Auth<'_>) -> Result<T, ApiError> {
    let req = authorized(method, path, auth);
    let res = match body {
        Some(b) => with_json(req, b)?.send().await,
        None => req.send().await,
    };
    read(res).await
}
