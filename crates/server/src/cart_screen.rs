//! The first screen of `/cart` and `/checkout`, drawn by the server so the
//! page paints before the app's wasm arrives.
//!
//! The cart lives behind a token the browser keeps. The storefront mirrors
//! that `{id, token}` into the `vitrine_cart` cookie (`id.token`; `SameSite=Lax`,
//! written and cleared with the saved key, `src/store/cart.rs`) and the
//! shopper's chosen language into `vitrine_lang`, so these two pages can be
//! drawn as the app will draw them:
//! - no cart, a cookie that opens nothing, or a cart with no lines: the
//!   page's empty state, word for word, in the page's language;
//! - a cart with lines: the page's heading and a skeleton of its lines
//!   (`aria-hidden`) with their pictures, as the catalog's first screen does
//!   (the cart is not priced for this: the app asks the API).
//!
//! The cookie grants nothing: the API still wants the token in
//! `Authorization`, and a cookie that does not open its cart draws the empty
//! state, as a cart that does not exist would.

use std::fmt::Write;

use axum::http::{header, HeaderMap};
use vitrine_core::catalog::Image;
use vitrine_core::i18n::Lang;
use vitrine_core::{escape_html as esc, t};

use crate::error::ApiError;
use crate::state::AppState;

pub use vitrine_core::{CART_COOKIE, LANG_COOKIE};

/// Which of the two pages.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Cart,
    Checkout,
}

impl Kind {
    pub fn of(path: &str) -> Option<Kind> {
        match path.trim_end_matches('/') {
            "/cart" => Some(Kind::Cart),
            "/checkout" => Some(Kind::Checkout),
            _ => None,
        }
    }
}

/// The value of cookie `name`, if the request carries it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
        .map(|v| v.trim_matches('"'))
}

/// The page's language as the app will choose it: `?lang=`, else the
/// remembered choice, else the browser's languages, else English.
pub fn page_lang(headers: &HeaderMap, query: Option<&str>) -> Lang {
    crate::i18n::query_lang(query).or_else(|| cookie(headers, LANG_COOKIE).and_then(Lang::from_tag)).unwrap_or_else(|| crate::i18n::accepted(headers))
}

/// The pictures of the lines of the cart the request's cookie opens, in
/// order: empty when there is nothing to show (no cookie, a malformed one, a
/// token that opens nothing, no lines); `None` when it cannot be told (the
/// database is unreachable): the page then keeps the built shell and lets
/// the app decide. The cart is not priced: the app asks the API for that.
pub async fn cookie_cart_pictures(state: &AppState, headers: &HeaderMap) -> Option<Vec<Option<Image>>> {
    let Some((id, token)) = cookie(headers, CART_COOKIE).and_then(|c| c.split_once('.')) else { return Some(Vec::new()) };
    let ok = |s: &str| !s.is_empty() && s.len() <= 128 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !ok(id) || !ok(token) {
        return Some(Vec::new());
    }
    let found = match crate::carts::cart_for_token(state, id, token).await {
        Ok(row) => crate::carts::view::line_pictures(state, &row.id).await,
        Err(ApiError::NotFound(_)) => Ok(Vec::new()),
        Err(e) => Err(e),
    };
    match found {
        Ok(pictures) => Some(pictures),
        Err(e) => {
            tracing::warn!(error = ?e, "could not read the cart for the page's first screen");
            None
        }
    }
}

/// The page's `<title>` text and its first screen for a cart with these
/// lines' pictures (empty: no cart); `None` (could not tell) draws no
/// screen. Call in the page's language (`crate::i18n::scope`).
pub fn draw(kind: Kind, shop: &str, lines: Option<&[Option<Image>]>) -> (String, Option<String>) {
    let title = match kind {
        Kind::Cart => t!("cart-page-title", shop = shop),
        Kind::Checkout => t!("checkout-page-title", shop = shop),
    };
    let Some(lines) = lines else { return (title, None) };
    let mut out = String::with_capacity(1024);
    match kind {
        Kind::Cart => {
            let _ = write!(
                out,
                r#"<section class="vt-cart-page" aria-labelledby="vt-cart-title"><h1 id="vt-cart-title" class="vt-page__title">{}</h1>"#,
                esc(&t!("cart-title"))
            );
            if lines.is_empty() {
                let _ = write!(
                    out,
                    r#"<div class="vt-empty"><p class="vt-empty__title">{}</p><p class="vt-empty__body">{}</p><a class="vt-button vt-button--primary" href="/">{}</a></div>"#,
                    esc(&t!("cart-empty-title")),
                    esc(&t!("cart-empty-body")),
                    esc(&t!("cart-start-shopping"))
                );
            } else {
                out.push_str(r#"<div class="vt-cart-page__layout" aria-hidden="true"><div><ul class="vt-lines vt-lines--page">"#);
                for (i, image) in lines.iter().enumerate() {
                    out.push_str(r#"<li class="vt-line"><div class="vt-line__media">"#);
                    if let Some(img) = image {
                        picture(&mut out, &img.url, 96, i == 0);
                    }
                    out.push_str(r#"</div><div class="vt-line__body"><div class="vt-skeleton vt-skeleton--line"></div><div class="vt-skeleton vt-skeleton--line vt-skeleton--short"></div></div></li>"#);
                }
                out.push_str(r#"</ul></div><div class="vt-summary"><div class="vt-skeleton vt-skeleton--title"></div><div class="vt-skeleton vt-skeleton--block"></div></div></div>"#);
            }
            out.push_str("</section>");
        }
        Kind::Checkout => {
            if lines.is_empty() {
                let _ = write!(
                    out,
                    r#"<div class="vt-empty"><p class="vt-empty__title">{}</p><a class="vt-button vt-button--primary" href="/">{}</a></div>"#,
                    esc(&t!("checkout-empty-title")),
                    esc(&t!("checkout-start-shopping"))
                );
            } else {
                let _ = write!(
                    out,
                    r#"<div class="vt-checkout"><div class="vt-checkout__steps"><h1 class="vt-page__title">{}</h1><div class="vt-skeleton vt-skeleton--block" aria-hidden="true"></div></div><div class="vt-summary vt-checkout__summary" aria-hidden="true"><div class="vt-skeleton vt-skeleton--title"></div><ul class="vt-mini-lines">"#,
                    esc(&t!("checkout-title"))
                );
                for (i, image) in lines.iter().enumerate() {
                    out.push_str(r#"<li class="vt-mini-line"><span class="vt-mini-line__media">"#);
                    if let Some(img) = image {
                        picture(&mut out, &img.url, 56, i == 0);
                    }
                    out.push_str(r#"</span><span class="vt-mini-line__text"><span class="vt-skeleton vt-skeleton--line"></span></span></li>"#);
                }
                out.push_str("</ul></div></div>");
            }
        }
    }
    (title, Some(out))
}

/// A line's picture at the size the app draws it (the same URL, so it is fetched once).
fn picture(out: &mut String, url: &str, size: u32, first: bool) {
    let priority = if first { r#" fetchpriority="high""# } else { "" };
    let _ = write!(out, r#"<img src="{}" alt="" width="{size}" height="{size}"{priority}>"#, esc(url));
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn reads_one_cookie_among_many() {
        let h = headers(&[("cookie", "a=1; vitrine_cart=c1.t0k; vitrine_lang=de"), ("cookie", "z=2")]);
        assert_eq!(cookie(&h, CART_COOKIE), Some("c1.t0k"));
        assert_eq!(cookie(&h, LANG_COOKIE), Some("de"));
        assert_eq!(cookie(&h, "vitrine"), None, "a prefix is not a name");
        assert_eq!(cookie(&h, "z"), Some("2"));
    }

    #[test]
    fn the_language_is_chosen_as_the_app_chooses_it() {
        let browser = headers(&[("accept-language", "fr-CH, de;q=0.8")]);
        assert_eq!(page_lang(&browser, None), Lang::from_tag("fr").unwrap());
        let chosen = headers(&[("accept-language", "fr-CH"), ("cookie", "vitrine_lang=de")]);
        assert_eq!(page_lang(&chosen, None), Lang::from_tag("de").unwrap());
        assert_eq!(page_lang(&chosen, Some("x=1&lang=en")), Lang::En);
        assert_eq!(page_lang(&headers(&[("cookie", "vitrine_lang=xx")]), None), Lang::En);
    }
}
