//! The printable return label, drawn here as SVG (4 × 6 in): who sends,
//! where it goes, the RMA, the tracking number as a Code 128 barcode and a
//! QR code for drop-off counters. Nothing leaves the server to draw it.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use qrcodegen::{QrCode, QrCodeEcc};
use vitrine_core::address::Address;
use vitrine_core::returns::ReturnStatus;
use vitrine_core::ApiErrorBody;

use super::service::{self, return_for_link};
use crate::error::{ApiError, Result};
use crate::orders::{OrderRow, TokenQuery, ORDER_COLUMNS};
use crate::outbox::esc;
use crate::state::AppState;

/// Code 128 symbols 0..=105 as bar/space module widths; 103..105 start A/B/C.
const CODE128: [&str; 106] = [
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312", "231212", "112232", "122132",
    "122231", "113222", "123122", "123221", "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212",
    "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113", "231311",
    "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123", "311321",
    "331121", "312113", "312311", "332111", "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242", "121142", "121241", "114212",
    "124112", "124211", "411212", "421112", "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113",
    "411311", "113141", "114131", "311141", "411131", "211412", "211214", "211232",
];
const STOP: &str = "2331112";
const START_B: usize = 104;

/// Module widths (bar, space, bar...) of `text` in Code 128 set B (ASCII
/// 32..=126; anything else becomes `?`), with its check symbol and stop.
pub fn code128(text: &str) -> Vec<u8> {
    let values: Vec<usize> = text.chars().map(|c| if (' '..='~').contains(&c) { c as usize - 32 } else { '?' as usize - 32 }).collect();
    let check = (START_B + values.iter().enumerate().map(|(i, v)| (i + 1) * v).sum::<usize>()) % 103;
    std::iter::once(START_B)
        .chain(values)
        .chain(std::iter::once(check))
        .flat_map(|v| CODE128[v].bytes())
        .chain(STOP.bytes())
        .map(|b| b - b'0')
        .collect()
}

fn barcode_svg(text: &str, x: f64, y: f64, width: f64, height: f64) -> String {
    let modules = code128(text);
    let total: u32 = modules.iter().map(|&m| u32::from(m)).sum();
    let unit = width / f64::from(total);
    let mut at = x;
    let mut out = String::new();
    for (i, &m) in modules.iter().enumerate() {
        let w = f64::from(m) * unit;
        if i % 2 == 0 {
            out.push_str(&format!("<rect x=\"{at:.2}\" y=\"{y}\" width=\"{w:.2}\" height=\"{height}\"/>"));
        }
        at += w;
    }
    out
}

fn qr_svg(text: &str, x: f64, y: f64, size: f64) -> String {
    let Ok(qr) = QrCode::encode_text(text, QrCodeEcc::Medium) else { return String::new() };
    let n = qr.size();
    let unit = size / f64::from(n + 8);
    let mut path = String::new();
    for r in 0..n {
        for c in 0..n {
            if qr.get_module(c, r) {
                path.push_str(&format!("M{:.2} {:.2}h{u:.2}v{u:.2}h-{u:.2}z", x + f64::from(c + 4) * unit, y + f64::from(r + 4) * unit, u = unit));
            }
        }
    }
    format!("<rect x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\"/>")
}

fn text_lines(lines: &[String], x: f64, y: f64, size: f64) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("<text x=\"{x}\" y=\"{:.1}\" font-size=\"{size}\">{}</text>", y + f64::from(i as u32) * size * 1.3, esc(l)))
        .collect()
}

/// The label as SVG.
pub fn svg(shop: &str, rma: &str, carrier: &str, tracking: &str, from: &[String], to: &[String]) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 600\" width=\"400\" height=\"600\" role=\"img\" \
         aria-label=\"Return label {rma}, {carrier} tracking number {tracking}\" font-family=\"Helvetica, Arial, sans-serif\" fill=\"#000\">\
         <rect width=\"400\" height=\"600\" fill=\"#fff\"/><rect x=\"6\" y=\"6\" width=\"388\" height=\"588\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>",
        rma = esc(rma),
        carrier = esc(carrier),
        tracking = esc(tracking),
    ));
    s.push_str(&format!("<text x=\"20\" y=\"40\" font-size=\"22\" font-weight=\"700\">{}</text>", esc(carrier)));
    s.push_str("<text x=\"380\" y=\"40\" font-size=\"16\" font-weight=\"700\" text-anchor=\"end\">RETURN</text>");
    s.push_str("<line x1=\"6\" y1=\"56\" x2=\"394\" y2=\"56\" stroke=\"#000\" stroke-width=\"2\"/>");
    s.push_str("<text x=\"20\" y=\"78\" font-size=\"11\" font-weight=\"700\">FROM</text>");
    s.push_str(&text_lines(from, 20.0, 94.0, 12.0));
    s.push_str("<text x=\"20\" y=\"176\" font-size=\"11\" font-weight=\"700\">SHIP TO</text>");
    s.push_str(&text_lines(to, 20.0, 196.0, 16.0));
    s.push_str("<line x1=\"6\" y1=\"300\" x2=\"394\" y2=\"300\" stroke=\"#000\" stroke-width=\"2\"/>");
    s.push_str(&format!("<text x=\"20\" y=\"332\" font-size=\"13\">RMA</text><text x=\"20\" y=\"362\" font-size=\"28\" font-weight=\"700\">{}</text>", esc(rma)));
    s.push_str(&qr_svg(&format!("RMA:{rma};TRK:{tracking}"), 270.0, 306.0, 118.0));
    s.push_str(&format!("<text x=\"20\" y=\"392\" font-size=\"12\">{}</text>", esc(&format!("Return for {shop}"))));
    s.push_str("<line x1=\"6\" y1=\"430\" x2=\"394\" y2=\"430\" stroke=\"#000\" stroke-width=\"2\"/>");
    s.push_str(&barcode_svg(tracking, 30.0, 450.0, 340.0, 100.0));
    s.push_str(&format!("<text x=\"200\" y=\"575\" font-size=\"15\" text-anchor=\"middle\" letter-spacing=\"2\">{}</text>", esc(tracking)));
    s.push_str("</svg>");
    s
}

/// The sender's lines from the order's shipping address.
fn from_lines(order: &OrderRow) -> Vec<String> {
    let a: Address = serde_json::from_str(&order.shipping_address_json).unwrap_or_default();
    let city = [a.city.as_str(), a.region.as_str(), a.postal_code.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
    [a.name, a.address1, a.address2, city, a.country].into_iter().filter(|s| !s.is_empty()).collect()
}

/// The printable label of an approved return.
#[utoipa::path(
    get,
    path = "/api/v1/returns/{rma}/label.svg",
    tag = "returns",
    params(("rma" = String, Path, description = "Return number"), ("token" = String, Query, description = "The return's token")),
    responses(
        (status = 200, description = "The label, 4 × 6 in", content_type = "image/svg+xml"),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Not approved yet, or rejected", body = ApiErrorBody),
    )
)]
pub async fn returns_label(State(state): State<AppState>, Path(rma): Path<String>, Query(q): Query<TokenQuery>) -> Result<Response> {
    let r = return_for_link(&state, &rma, &q.token).await?;
    let (Some(carrier), Some(tracking)) = (&r.return_carrier, &r.return_tracking) else {
        return Err(ApiError::Conflict(ApiErrorBody::new(vitrine_core::t!("server-label-not-ready")).with("status", r.status.clone())));
    };
    if matches!(r.status(), ReturnStatus::Rejected | ReturnStatus::Canceled) {
        return Err(ApiError::Conflict(ApiErrorBody::new(vitrine_core::t!("server-label-closed")).with("status", r.status.clone())));
    }
    let order: OrderRow = sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = $1")).bind(r.order_id).fetch_one(&state.db.pool).await?;
    let view = service::view(&state, &r).await?;
    let body = svg(&state.config.shop_name, &r.rma, carrier, tracking, &from_lines(&order), &view.method.address_lines);
    Ok(([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "private, no-store")], body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_is_eleven_modules_with_even_bars() {
        for (i, p) in CODE128.iter().enumerate() {
            let w: Vec<u32> = p.bytes().map(|b| u32::from(b - b'0')).collect();
            assert_eq!(w.iter().sum::<u32>(), 11, "symbol {i}");
            assert_eq!((w[0] + w[2] + w[4]) % 2, 0, "symbol {i} bar parity");
        }
    }

    #[test]
    fn a_known_barcode() {
        // "PJJ123C" in set B: 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879; 879 mod 103 = 55.
        let m = code128("PJJ123C");
        // start + 7 chars + check = 9 symbols of 6 widths, stop of 7.
        assert_eq!(m.len(), 9 * 6 + 7);
        assert_eq!(&m[48..54], &[3, 1, 1, 3, 2, 1][..], "check symbol 55 = 311321");
        assert_eq!(&m[..6], &[2, 1, 1, 2, 1, 4][..], "start B = 211214");
        assert_eq!(m.iter().map(|&x| u32::from(x)).sum::<u32>(), 9 * 11 + 13);
    }

    #[test]
    fn the_label_names_the_return_and_escapes_text() {
        let s = svg("Shop <&>", "R-ABCD-1234", "UPS", "1ZRET123", &["Ada <Lovelace>".into()], &["Returns".into()]);
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
        assert!(s.contains("R-ABCD-1234") && s.contains("Ada &lt;Lovelace&gt;") && !s.contains("<Lovelace>"));
        assert!(s.contains("<path d=\"M"), "a QR code");
    }
}
