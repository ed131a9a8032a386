//! Cart wire types. A cart lives on the server; the browser holds its id and
//! secret token (sent as `Authorization: Bearer <token>`) and may re-price it
//! locally with [`Cart::reprice`] for instant feedback while the server answers.

use serde::{Deserialize, Serialize};

use crate::catalog::Image;
use crate::money::Money;
use crate::pricing::{price, Discount, PriceLine, PricingInput, ShippingRate, TaxRate, Totals};
use crate::Currency;

/// Something about a line the shopper should know before paying.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LineIssue {
    /// The price changed since the line was added; the cart uses the new one.
    PriceChanged { was: Money, now: Money },
    /// Fewer units are left than the line holds.
    NotEnoughStock { available: i64 },
    /// None are left.
    OutOfStock,
}

impl LineIssue {
    /// A sentence for the shopper; amounts are formatted by the caller.
    pub fn message(&self, format: impl Fn(Money) -> String) -> String {
        match self {
            LineIssue::PriceChanged { was, now } if now.amount < was.amount => {
                crate::t!("core-cart-price-dropped", was = format(*was), now = format(*now))
            }
            LineIssue::PriceChanged { was, now } => {
                crate::t!("core-cart-price-changed", was = format(*was), now = format(*now))
            }
            LineIssue::NotEnoughStock { available } => crate::t!("core-cart-not-enough-stock", count = *available),
            LineIssue::OutOfStock => crate::t!("core-cart-sold-out"),
        }
    }

    /// Whether the cart can still be checked out with this issue.
    pub fn blocks_checkout(&self) -> bool {
        !matches!(self, LineIssue::PriceChanged { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartLine {
    pub id: i64,
    pub variant_id: i64,
    pub product_handle: String,
    pub product_title: String,
    /// "M / Navy"; "Default" for single-variant products.
    pub variant_title: String,
    pub sku: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// Category handle (discount codes can be limited to one).
    pub category: String,
    pub quantity: i64,
    /// The current price, which the totals use.
    pub unit_price: Money,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_at_price: Option<Money>,
    /// Units that can be bought now.
    pub available: i64,
    /// The most this line may hold: the per-line limit or the stock, whichever is lower.
    pub max_quantity: i64,
    #[serde(default)]
    pub issues: Vec<LineIssue>,
}

/// A cart with its lines and everything pricing needs, and the totals the
/// server computed from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Cart {
    pub id: String,
    pub currency: Currency,
    /// Increases with every change; send it as `If-Match: "<version>"` to
    /// refuse a change based on a stale view (409).
    pub version: i64,
    pub lines: Vec<CartLine>,
    /// The code on the cart (it may not apply; see `totals.discount_problem`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<Discount>,
    /// Destination for the shipping and tax estimate (ISO 3166-1 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The rate the estimate uses (the cheapest for the destination).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_rate: Option<ShippingRate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax: Option<TaxRate>,
    pub tax_inclusive: bool,
    pub totals: Totals,
    /// Unix seconds; discount validity is judged at this time.
    pub priced_at: i64,
}

impl Cart {
    /// The pricing input this cart represents.
    pub fn pricing_input(&self) -> PricingInput {
        PricingInput {
            currency: self.currency,
            lines: self
                .lines
                .iter()
                .map(|l| PriceLine { key: l.id, unit_price: l.unit_price, quantity: l.quantity, category: l.category.clone() })
                .collect(),
            discount: self.discount.clone(),
            shipping: self.shipping_rate.clone(),
            tax: self.tax.clone(),
            tax_inclusive: self.tax_inclusive,
            now: self.priced_at,
        }
    }

    /// Recomputes the totals after a local change (e.g. a quantity typed
    /// before the server confirmed it). The server's answer replaces it.
    pub fn reprice(&mut self) {
        self.totals = price(&self.pricing_input());
    }

    /// Units over all lines.
    pub fn item_count(&self) -> i64 {
        self.lines.iter().map(|l| l.quantity).sum()
    }

    /// True when every line can be bought as it stands.
    pub fn can_check_out(&self) -> bool {
        !self.lines.is_empty() && self.lines.iter().all(|l| l.issues.iter().all(|i| !i.blocks_checkout()))
    }
}

/// `POST /api/v1/carts` answers with the cart and its secret token. Keep the
/// token: without it the cart cannot be read or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedCart {
    pub id: String,
    pub token: String,
    pub cart: Cart,
}

/// `POST /api/v1/carts` body (optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateCart {
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
}

/// `POST /api/v1/carts/{id}/lines`: adds units of a variant (merged into its line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateCartLine {
    pub variant_id: i64,
    /// 1 to 99.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 99))]
    pub quantity: i64,
}

/// `PATCH /api/v1/carts/{id}/lines/{line_id}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateCartLine {
    /// The new quantity, 1 to 99 (remove a line with DELETE).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 99))]
    #[serde(default)]
    pub quantity: Option<i64>,
    /// The shopper saw the new price: stop flagging the change.
    #[serde(default)]
    pub accept_current_price: Option<bool>,
}

/// `PATCH /api/v1/carts/{id}`: where the order would ship, for the estimate,
/// and the shopper's email (the checkout's contact step sets it, so an
/// abandoned cart can be recovered). A body with only `email` changes only
/// the email; otherwise the destination fields are replaced (absent: cleared).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateCart {
    /// ISO 3166-1 alpha-2, e.g. "US"; null clears it.
    #[serde(default)]
    pub country: Option<String>,
    /// State or province code, e.g. "CA", where tax depends on it.
    #[serde(default)]
    pub region: Option<String>,
    /// A shipping method id from `GET /carts/{id}/shipping-methods`; absent: the cheapest.
    #[serde(default)]
    pub shipping_method: Option<String>,
    /// The shopper's email, for one reminder if the cart is left (never for a
    /// cart that became an order, nor an address that unsubscribed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// `POST /api/v1/carts/{id}/restore`: the `SIG` of a reminder's link
/// `/cart?restore=ID.SIG`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RestoreCart {
    pub token: String,
}

/// `POST /api/v1/carts/{id}/discount`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ApplyDiscount {
    pub code: String,
}

/// A destination the shop ships to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name: String,
}
