//! Secrets and the words for them. Each word means one thing:
//! - a **bearer token** is a random secret shown once and stored only as a
//!   SHA-256 hash (carts: `Authorization: Bearer <token>`);
//! - a **link token** is an HMAC of an order number with the shop's link
//!   secret (the `?token=` of an order's status link);
//! - the **provider keys** ([`PspKeys`]) are the sandbox payment provider's
//!   publishable key, secret key and webhook secret.
//!
//! A card token is the payment provider's and never reaches this module.

use axum::http::{header, HeaderMap};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `n` random bytes from the OS, hex-encoded.
pub fn random_hex(n: usize) -> String {
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).expect("the OS random source");
    hex(&buf)
}

/// The stored form of a bearer token.
pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Compares in time independent of where the inputs differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token of `Authorization: Bearer <token>`.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// Hex HMAC-SHA256 of the concatenated `parts` under `secret`.
pub fn hmac_hex(secret: &str, parts: &[&[u8]]) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    for p in parts {
        m.update(p);
    }
    hex(&m.finalize().into_bytes())
}

/// The link token that opens an order: HMAC-SHA256 of its number with the
/// shop's link secret, first 16 bytes.
pub fn link_token(link_secret: &str, number: &str) -> String {
    hmac_hex(link_secret, &[b"order:", number.as_bytes()])[..32].to_string()
}

/// Standard base64 (with padding), for signatures that use it.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16) | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8) | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// AfterShip's webhook signature: base64 of HMAC-SHA256 over the raw body.
pub fn aftership_signature(secret: &str, body: &[u8]) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    m.update(body);
    base64(&m.finalize().into_bytes())
}

/// Secrets that sign carrier webhooks: AfterShip's (set in its dashboard)
/// and our own simpler format's.
#[derive(Clone, Debug)]
pub struct CarrierSecrets {
    pub aftership: String,
    pub carrier: String,
}

/// The sandbox payment provider's keys for this shop.
#[derive(Clone, Debug)]
pub struct PspKeys {
    /// `pk_test_...`: may only create card tokens; safe in browsers.
    pub publishable: String,
    /// `sk_test_...`: charges; only the shop server holds it.
    pub secret: String,
    /// `whsec_...`: signs webhooks.
    pub webhook_secret: String,
}

impl PspKeys {
    /// Fresh keys for a new shop.
    pub fn generate() -> PspKeys {
        PspKeys {
            publishable: format!("pk_test_{}", random_hex(16)),
            secret: format!("sk_test_{}", random_hex(24)),
            webhook_secret: format!("whsec_{}", random_hex(24)),
        }
    }
}

/// Signed webhooks (the payment provider's, and carriers' in our own
/// format): `Vitrine-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
/// "t.body">`, accepted within five minutes of `t`, so a captured request
/// can't be replayed later.
pub const WEBHOOK_SIGNATURE_HEADER: &str = "vitrine-signature";
pub const WEBHOOK_TOLERANCE_SECS: i64 = 300;

fn webhook_mac(secret: &str, timestamp: i64, body: &[u8]) -> String {
    hmac_hex(secret, &[timestamp.to_string().as_bytes(), b".", body])
}

/// The header value for `body` signed at `timestamp`.
pub fn sign_webhook(secret: &str, timestamp: i64, body: &[u8]) -> String {
    format!("t={timestamp},v1={}", webhook_mac(secret, timestamp, body))
}

/// Checks a signature header against `body`, at time `now`.
pub fn verify_webhook(secret: &str, header: &str, body: &[u8], now: i64) -> Result<(), &'static str> {
    let mut t = None;
    let mut sigs = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => sigs.push(v),
            _ => {}
        }
    }
    let t = t.ok_or("the signature has no timestamp")?;
    if (now - t).abs() > WEBHOOK_TOLERANCE_SECS {
        return Err("the signature is too old (or from the future)");
    }
    let expected = webhook_mac(secret, t, body);
    if sigs.iter().any(|s| same(s, &expected)) { Ok(()) } else { Err("the signature does not match") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_hash_and_compare() {
        let t = super::random_hex(32);
        assert_eq!(t.len(), 64);
        assert_ne!(t, super::random_hex(32));
        assert!(super::same(&super::hash(&t), &super::hash(&t)));
        assert!(!super::same(&super::hash(&t), &super::hash("other")));
        let mut h = axum::http::HeaderMap::new();
        h.insert("authorization", format!("Bearer {t}").parse().unwrap());
        assert_eq!(super::bearer(&h), Some(t.as_str()));
        h.insert("authorization", "Basic abc".parse().unwrap());
        assert_eq!(super::bearer(&h), None);
    }

    #[test]
    fn link_tokens_are_stable_and_per_number() {
        let a = super::link_token("secret-secret-secret", "VT-AAAA-BBBB");
        assert_eq!(a.len(), 32);
        assert_eq!(a, super::link_token("secret-secret-secret", "VT-AAAA-BBBB"));
        assert_ne!(a, super::link_token("secret-secret-secret", "VT-AAAA-BBBC"));
        assert_ne!(a, super::link_token("other-secret-other", "VT-AAAA-BBBB"));
    }

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // RFC 4231 test case 2 (HMAC-SHA256, key "Jefe").
        assert_eq!(aftership_signature("Jefe", b"what do ya want for nothing?"), "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    }

    #[test]
    fn webhook_signatures_verify_within_tolerance_only() {
        let body = br#"{"type":"payment_intent.succeeded"}"#;
        let h = sign_webhook("whsec_x", 1_000_000, body);
        assert_eq!(verify_webhook("whsec_x", &h, body, 1_000_100), Ok(()));
        assert_eq!(verify_webhook("whsec_x", &h, body, 1_000_000 + 301), Err("the signature is too old (or from the future)"));
        assert_eq!(verify_webhook("whsec_y", &h, body, 1_000_000), Err("the signature does not match"));
        assert_eq!(verify_webhook("whsec_x", &h, b"{}", 1_000_000), Err("the signature does not match"));
        assert!(verify_webhook("whsec_x", "v1=abc", body, 0).is_err());
    }
}
