//! The embedded widgets' side of the API. Answers stay as the browser
//! parsed them and are read field by field ([`J`]), not decoded into the
//! core's types, and request bodies are written as text: decoding through
//! serde brought 90 KB of code (serde-wasm-bindgen, every type's decoder,
//! decimal parsing) into a bundle whose first load is its budget. Money is
//! shown as the server wrote it (its amounts are already in the currency's
//! minor units) and compared with [`millionths`], never summed: every total
//! comes from the server.

use gloo_net::http::Method;
use vitrine_core::{t, ApiErrorBody};
use wasm_bindgen::{JsCast, JsValue};

use crate::api::{self, ApiError};

/// A parsed JSON value, read by field name; anything missing reads as empty.
#[derive(Clone, Debug, PartialEq)]
pub struct J(pub JsValue);

impl J {
    pub fn get(&self, key: &str) -> J {
        J(js_sys::Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED))
    }

    /// `null` or absent.
    pub fn is_none(&self) -> bool {
        self.0.is_null() || self.0.is_undefined()
    }

    /// `self[key]`, unless it is `null` or absent.
    pub fn opt(&self, key: &str) -> Option<J> {
        Some(self.get(key)).filter(|v| !v.is_none())
    }

    /// This string ("" when it is not one).
    pub fn text(&self) -> String {
        self.0.as_string().unwrap_or_default()
    }

    pub fn str(&self, key: &str) -> String {
        self.get(key).text()
    }

    /// `self[key]` as a whole number (ids, counts: exact below 2^53).
    pub fn int(&self, key: &str) -> i64 {
        self.get(key).0.as_f64().map(|n| n as i64).unwrap_or(0)
    }

    pub fn list(&self, key: &str) -> Vec<J> {
        let v = self.get(key).0;
        if js_sys::Array::is_array(&v) {
            js_sys::Array::from(&v).iter().map(J).collect()
        } else {
            Vec::new()
        }
    }
}

/// A decimal amount as the API writes it ("19.99", "-5", "1500") in
/// millionths, for comparing two amounts exactly (is one higher, is it
/// zero). Never shown, never added up.
pub fn millionths(amount: &str) -> i128 {
    let (negative, digits) = match amount.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, amount),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut n: i128 = 0;
    for c in whole.chars().chain(fraction.chars().chain(std::iter::repeat('0')).take(6)) {
        n = n.saturating_mul(10).saturating_add(c.to_digit(10).unwrap_or(0) as i128);
    }
    if negative {
        -n
    } else {
        n
    }
}

/// `money` (`{amount, currency}`) is more than `other`.
pub fn more(money: &J, other: &J) -> bool {
    millionths(&money.str("amount")) > millionths(&other.str("amount"))
}

/// `money` is zero.
pub fn zero(money: &J) -> bool {
    millionths(&money.str("amount")) == 0
}

/// The API's `{message, errors}` body, as the rest of the app reads it.
fn error_body(j: &J) -> ApiErrorBody {
    let mut body = ApiErrorBody::new(j.str("message"));
    let errors = j.get("errors");
    if errors.0.is_object() {
        for key in js_sys::Object::keys(errors.0.unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()) {
            for problem in errors.list(&key) {
                body = body.with(&key, problem.text());
            }
        }
    }
    body
}

/// Sends `method path` with an optional JSON `body` and the cart's
/// credentials ([`api::Auth`]); the answer's JSON.
pub async fn call(method: Method, path: &str, body: Option<String>, auth: api::Auth<'_>) -> Result<J, ApiError> {
    let req = api::authorized(method, path, auth);
    let sent = match body {
        Some(b) => req.header("Content-Type", "application/json").body(b).map_err(|_| ApiError::Decode(String::new()))?.send().await, // i18n: not shown
        None => req.send().await,
    };
    let res = sent.map_err(|_| ApiError::Network)?;
    let status = res.status();
    let json = api::body_json(res).await.map(J);
    if (200..300).contains(&status) {
        return json.map_err(ApiError::Decode);
    }
    let body = json
        .ok()
        .filter(|j| j.get("message").0.is_string())
        .map(|j| error_body(&j))
        .unwrap_or_else(|| ApiErrorBody::new(t!("common-error-status", status = status.to_string())));
    Err(ApiError::Http { status, body })
}

/// GET `path` (relative to the API's base).
pub async fn get(path: &str) -> Result<J, ApiError> {
    call(Method::GET, path, None, api::Auth::default()).await
}
