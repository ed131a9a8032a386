//! Dates and times for people, written by the browser's `Intl.DateTimeFormat`
//! (no locale data in the wasm).

use js_sys::{Array, Intl, Object, Reflect};
use vitrine_core::delivery::Date;
use wasm_bindgen::JsValue;

fn format(locale: Option<&str>, options: &[(&str, &str)], date: &js_sys::Date) -> Option<String> {
    let locales = Array::new();
    if let Some(tag) = locale {
        locales.push(&JsValue::from_str(tag));
    }
    let opts = Object::new();
    for (k, v) in options {
        let _ = Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    Intl::DateTimeFormat::new(&locales, &opts).format().call1(&JsValue::NULL, date).ok()?.as_string()
}

fn js_date(secs: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(secs as f64 * 1000.0))
}

/// A calendar day with its weekday, in the page's language and the shop's
/// locale ([`crate::i18n::intl_locale`]): "Tue, Dec 9" (en-US), "Tue 9 Dec"
/// (en-GB), "Di., 9. Dez." (German). The day is a date, not an
/// instant: it reads the same in every time zone.
pub fn format_day(day: Date, locale: &str) -> String {
    let noon_utc = js_date(day.to_days() * 86_400 + 12 * 3600);
    // i18n: not shown (Intl options)
    format(Some(&crate::i18n::intl_locale(locale)), &[("weekday", "short"), ("day", "numeric"), ("month", "short"), ("timeZone", "UTC")], &noon_utc)
        .unwrap_or_else(|| day.to_string())
}

/// An instant (unix seconds) in the page's language and the shopper's own
/// time zone: "Wed, Dec 3, 10:42 AM".
pub fn format_time(secs: i64) -> String {
    let locale = match crate::i18n::lang() {
        vitrine_core::i18n::Lang::En => None,
        vitrine_core::i18n::Lang::Ar => Some("ar-u-nu-latn"),
        other => Some(other.tag()),
    };
    format(locale, &[("weekday", "short"), ("day", "numeric"), ("month", "short"), ("hour", "numeric"), ("minute", "2-digit")], &js_date(secs))
        .unwrap_or_else(|| iso_time(secs))
}

/// An instant as ISO 8601 in UTC, for `<time datetime>`.
pub fn iso_time(secs: i64) -> String {
    js_date(secs).to_iso_string().into()
}
