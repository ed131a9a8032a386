use vitrine_core::shop::Shop;
use wasm_bindgen::{JsCast, JsValue};

use super::{decode, get_json, ApiError};

/// `GET /shop`, with `ship_to` (some 250 countries) left as the browser
/// parsed it: decoding it costs the page's start-up several milliseconds,
/// and only the address form and the shipping estimate read it
/// ([`ShopStore::ship_to`](crate::store::ShopStore::ship_to)).
pub async fn shop() -> Result<(Shop, JsValue), ApiError> {
    let json = get_json("/shop").await?;
    let key = JsValue::from_str("ship_to");
    let ship_to = js_sys::Reflect::get(&json, &key).unwrap_or(JsValue::UNDEFINED);
    if let Some(object) = json.dyn_ref::<js_sys::Object>() {
        let _ = js_sys::Reflect::delete_property(object, &key);
    }
    Ok((decode(json)?, ship_to))
}
