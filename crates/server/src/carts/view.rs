//! Builds the `Cart` a response carries: lines with fresh prices and stock
//! from the database, product details from the catalog snapshot, and totals
//! from the shared pricing code.

use rust_decimal::Decimal;
use vitrine_core::cart::{Cart, CartLine, LineIssue};
use vitrine_core::catalog::{Image, Product, Variant};
use vitrine_core::pricing::{Discount, DiscountKind, Totals, MAX_LINE_QUANTITY};
use vitrine_core::{Currency, Money};

use crate::db::{now, Db};
use crate::error::Result;
use crate::state::AppState;

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct CartRow {
    pub id: String,
    pub token_hash: String,
    /// A second secret, handed out by a cart-recovery link to a fresh browser.
    pub restore_hash: Option<String>,
    pub currency: String,
    pub discount_code: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub version: i64,
    pub status: String,
    pub shipping_method: Option<String>,
}

pub const CART_COLUMNS: &str = "id, token_hash, restore_hash, currency, discount_code, country, region, version, status, shipping_method";

impl CartRow {
    /// `token` opens this cart: its own secret, or the one a restore link handed out.
    pub fn opens_with(&self, token: &str) -> bool {
        let h = crate::secrets::hash(token);
        crate::secrets::same(&self.token_hash, &h) || self.restore_hash.as_deref().is_some_and(|r| crate::secrets::same(r, &h))
    }
}

/// Where an order would ship, for pricing.
#[derive(Clone, Debug)]
pub struct Destination {
    pub country: String,
    pub region: Option<String>,
}

#[derive(sqlx::FromRow)]
struct LineRow {
    id: i64,
    variant_id: i64,
    quantity: i64,
    added_price_minor: i64,
    price_minor: i64,
    compare_at_minor: Option<i64>,
    stock: i64,
    reserved: i64,
}

#[derive(sqlx::FromRow)]
struct DiscountRow {
    code: String,
    kind: String,
    value: String,
    minimum_subtotal_minor: Option<i64>,
    category: Option<String>,
    starts_at: Option<i64>,
    expires_at: Option<i64>,
    usage_limit: Option<i64>,
    times_used: i64,
}

/// A discount code as pricing uses it; `None` when no such code exists.
pub async fn load_discount(db: &Db, code: &str, currency: Currency) -> Result<Option<Discount>> {
    let row: Option<DiscountRow> = sqlx::query_as(
        "SELECT code, kind, value, minimum_subtotal_minor, category, starts_at, expires_at, usage_limit, times_used \
         FROM discount_codes WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| {
        let value: Decimal = r.value.parse().unwrap_or_default();
        let kind = match r.kind.as_str() {
            "percentage" => DiscountKind::Percentage { percent: value },
            "fixed_amount" => DiscountKind::FixedAmount { amount: Money::new(value, currency).rounded() },
            _ => DiscountKind::FreeShipping,
        };
        Discount {
            code: r.code,
            kind,
            minimum_subtotal: r.minimum_subtotal_minor.map(|m| Money::from_minor(m, currency)),
            category: r.category,
            starts_at: r.starts_at,
            expires_at: r.expires_at,
            usage_limit: r.usage_limit,
            times_used: r.times_used,
        }
    }))
}

/// A line's picture: its variant's, else the product's first.
fn picture(p: &Product, v: &Variant) -> Option<Image> {
    v.image.and_then(|i| p.images.get(i as usize)).or(p.images.first()).cloned()
}

/// The pictures of the cart's lines, in the cart's order, as [`build`] shows
/// them (`None` for a line without one): all a page's first screen needs,
/// without pricing the cart.
pub async fn line_pictures(state: &AppState, cart_id: &str) -> Result<Vec<Option<Image>>> {
    let variants: Vec<(i64,)> = sqlx::query_as("SELECT variant_id FROM cart_lines WHERE cart_id = $1 ORDER BY position, id")
        .bind(cart_id)
        .fetch_all(&state.db.pool)
        .await?;
    let snapshot = state.catalog.get();
    Ok(variants.into_iter().map(|(id,)| snapshot.variant(id).and_then(|(p, v)| picture(p, v))).collect())
}

/// The cart as the API shows it, priced now for its own destination and
/// shipping method. `discount` overrides the cart's own code (to try a code
/// before saving it).
pub async fn build(state: &AppState, row: &CartRow, discount: Option<Option<Discount>>) -> Result<Cart> {
    let destination = row.country.clone().map(|country| Destination { country, region: row.region.clone() });
    price(state, row, discount, destination.as_ref(), row.shipping_method.as_deref()).await
}

/// The cart priced for a checkout's destination and shipping method.
pub async fn build_for(state: &AppState, row: &CartRow, destination: &Destination, shipping_method: Option<&str>) -> Result<Cart> {
    price(state, row, None, Some(destination), shipping_method).await
}

async fn price(
    state: &AppState,
    row: &CartRow,
    discount: Option<Option<Discount>>,
    destination: Option<&Destination>,
    shipping_method: Option<&str>,
) -> Result<Cart> {
    let currency = state.currency();
    let rows: Vec<LineRow> = sqlx::query_as(
        "SELECT l.id, l.variant_id, l.quantity, l.added_price_minor, v.price_minor, v.compare_at_minor, v.stock, v.reserved \
         FROM cart_lines l JOIN variants v ON v.id = l.variant_id WHERE l.cart_id = $1 ORDER BY l.position, l.id",
    )
    .bind(&row.id)
    .fetch_all(&state.db.pool)
    .await?;
    let snapshot = state.catalog.get();
    let lines: Vec<CartLine> = rows
        .into_iter()
        .map(|l| {
            let unit_price = Money::from_minor(l.price_minor, currency);
            let available = (l.stock - l.reserved).max(0);
            let mut issues = Vec::new();
            if l.added_price_minor != l.price_minor {
                issues.push(LineIssue::PriceChanged { was: Money::from_minor(l.added_price_minor, currency), now: unit_price });
            }
            if available == 0 {
                issues.push(LineIssue::OutOfStock);
            } else if l.quantity > available {
                issues.push(LineIssue::NotEnoughStock { available });
            }
            let found = snapshot.variant(l.variant_id);
            let (handle, title, variant_title, sku, image, category) = match found {
                Some((p, v)) => (
                    p.handle.clone(),
                    p.title.clone(),
                    v.title.clone(),
                    v.sku.clone(),
                    picture(p, v),
                    p.category.handle.clone(),
                ),
                None => (String::new(), "Item".into(), String::new(), String::new(), None, String::new()),
            };
            CartLine {
                id: l.id,
                variant_id: l.variant_id,
                product_handle: handle,
                product_title: title,
                variant_title,
                sku,
                image,
                category,
                quantity: l.quantity,
                unit_price,
                compare_at_price: l.compare_at_minor.filter(|c| *c > l.price_minor).map(|c| Money::from_minor(c, currency)),
                available,
                max_quantity: MAX_LINE_QUANTITY.min(available),
                issues,
            }
        })
        .collect();
    let discount = match discount {
        Some(d) => d,
        None => match &row.discount_code {
            Some(code) => load_discount(&state.db, code, currency).await?,
            None => None,
        },
    };
    let rules = &snapshot.rules;
    let shipping_rate = destination.and_then(|d| {
        let rates = rules.rates_for(&d.country);
        let chosen = shipping_method.and_then(|m| rates.iter().find(|r| r.id == m).cloned());
        chosen.or_else(|| rates.into_iter().next())
    });
    let tax = destination.and_then(|d| rules.tax_for(&d.country, d.region.as_deref()));
    let mut cart = Cart {
        id: row.id.clone(),
        currency,
        version: row.version,
        lines,
        discount,
        country: destination.map(|d| d.country.clone()),
        region: destination.and_then(|d| d.region.clone()),
        shipping_rate,
        tax,
        tax_inclusive: rules.tax_inclusive,
        totals: Totals::empty(currency),
        priced_at: now(),
    };
    cart.reprice();
    Ok(cart)
}
