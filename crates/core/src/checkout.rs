//! Checkout and order wire types: shipping and payment method choices, the
//! order placement request, and orders as shoppers see them.

use serde::{Deserialize, Serialize};

use crate::address::Address;
use crate::card::Brand;
use crate::catalog::Image;
use crate::money::Money;
use crate::pricing::Totals;

/// A way to ship to the cart's destination, priced for this cart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingMethod {
    pub id: String,
    pub name: String,
    /// What this cart pays (zero over the free-shipping threshold).
    pub price: Money,
    /// The rate before a free-shipping threshold applied.
    pub list_price: Money,
    pub min_days: u32,
    pub max_days: u32,
    /// Earliest and latest delivery dates (ISO 8601, business days from today).
    pub delivery_from: String,
    pub delivery_to: String,
}

/// How a method takes the money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    Card,
    BankTransfer,
    CashOnDelivery,
    Invoice,
}

impl PaymentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentKind::Card => "card",
            PaymentKind::BankTransfer => "bank_transfer",
            PaymentKind::CashOnDelivery => "cash_on_delivery",
            PaymentKind::Invoice => "invoice",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentKind> {
        [PaymentKind::Card, PaymentKind::BankTransfer, PaymentKind::CashOnDelivery, PaymentKind::Invoice]
            .into_iter()
            .find(|k| k.as_str() == s)
    }

    pub fn label(self) -> String {
        match self {
            PaymentKind::Card => crate::t!("core-payment-card"),
            PaymentKind::BankTransfer => crate::t!("core-payment-bank-transfer"),
            PaymentKind::CashOnDelivery => crate::t!("core-payment-cash-on-delivery"),
            PaymentKind::Invoice => crate::t!("core-payment-invoice"),
        }
    }
}

/// Where the browser sends card details: the payment provider, never the shop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardProvider {
    /// Base URL of the provider's API, e.g. `/psp/v1`.
    pub base_url: String,
    /// The shop's publishable key (it can only create card tokens).
    pub publishable_key: String,
}

/// A payment method offered for this cart's country, currency and amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentMethod {
    pub kind: PaymentKind,
    pub label: String,
    /// One sentence on how it works.
    pub description: String,
    /// Needs a company name on the address (invoices).
    #[serde(default)]
    pub requires_company: bool,
    /// For cards: where to tokenise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<CardProvider>,
}

/// The payment chosen at checkout. Card details never appear here: only the
/// token the provider returned for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "method", rename_all = "snake_case", deny_unknown_fields)]
pub enum PaymentChoice {
    Card { token: String },
    BankTransfer,
    CashOnDelivery,
    Invoice,
}

impl PaymentChoice {
    pub fn kind(&self) -> PaymentKind {
        match self {
            PaymentChoice::Card { .. } => PaymentKind::Card,
            PaymentChoice::BankTransfer => PaymentKind::BankTransfer,
            PaymentChoice::CashOnDelivery => PaymentKind::CashOnDelivery,
            PaymentChoice::Invoice => PaymentKind::Invoice,
        }
    }
}

/// `POST /api/v1/carts/{id}/checkout` (with an `Idempotency-Key` header).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckoutRequest {
    pub email: String,
    pub shipping_address: Address,
    /// A shipping method id from `GET /carts/{id}/shipping-methods`.
    pub shipping_method: String,
    pub payment: PaymentChoice,
    /// The total the shopper saw. When set and the server's total differs
    /// (a price changed meanwhile), the order is not placed: 409 with the new total.
    #[serde(default)]
    pub expected_total: Option<Money>,
    /// A store credit code (`SC-XXXX-XXXX`, from a return) to spend on this
    /// order first: the payment method pays only what is left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit_code: Option<String>,
}

/// How much of a store credit balance an order of `total` spends: all of
/// the balance, or the whole total when the balance is larger; never
/// negative, always in the order's currency (the caller checks that the
/// credit is in it).
pub fn credit_to_spend(total: Money, balance: Money) -> Money {
    let zero = Money::zero(total.currency);
    let spend = if balance.amount < total.amount { balance } else { total };
    if spend.amount.is_sign_negative() { zero } else { spend }
}

/// `SC-7QK2-9XH4` -> `SC-••••-9XH4`: enough for the shopper to recognise it.
pub fn mask_credit_code(code: &str) -> String {
    match code.rsplit_once('-') {
        Some((_, tail)) if code.len() > tail.len() + 3 => format!("SC-••••-{tail}"),
        _ => "SC-••••".to_string(),
    }
}

/// Where an order stands (the `orders.status` column). Moves only as the
/// state machine in `lifecycle` allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Placed; waiting for the shopper's bank to confirm (card challenge).
    PendingPayment,
    /// Placed; the shopper pays by bank transfer or on invoice.
    AwaitingPayment,
    /// Paid (or cash on delivery); nobody has touched it yet.
    Confirmed,
    /// Verified and being picked and packed.
    Processing,
    /// Some parcels have left; some items have not.
    PartiallyShipped,
    /// Everything has left.
    Shipped,
    /// A parcel is out for delivery or waiting at a pickup point.
    OutForDelivery,
    /// Every parcel arrived.
    Delivered,
    /// A parcel has a problem: carrier exception, failed attempt, no news.
    Exception,
    Canceled,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 10] = [
        OrderStatus::PendingPayment,
        OrderStatus::AwaitingPayment,
        OrderStatus::Confirmed,
        OrderStatus::Processing,
        OrderStatus::PartiallyShipped,
        OrderStatus::Shipped,
        OrderStatus::OutForDelivery,
        OrderStatus::Delivered,
        OrderStatus::Exception,
        OrderStatus::Canceled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::PendingPayment => "pending_payment",
            OrderStatus::AwaitingPayment => "awaiting_payment",
            OrderStatus::Confirmed => "confirmed",
            OrderStatus::Processing => "processing",
            OrderStatus::PartiallyShipped => "partially_shipped",
            OrderStatus::Shipped => "shipped",
            OrderStatus::OutForDelivery => "out_for_delivery",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Exception => "exception",
            OrderStatus::Canceled => "canceled",
        }
    }

    pub fn parse(s: &str) -> Option<OrderStatus> {
        OrderStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label(self) -> String {
        match self {
            OrderStatus::PendingPayment => crate::t!("core-order-pending-payment"),
            OrderStatus::AwaitingPayment => crate::t!("core-order-awaiting-payment"),
            OrderStatus::Confirmed => crate::t!("core-order-confirmed"),
            OrderStatus::Processing => crate::t!("core-order-processing"),
            OrderStatus::PartiallyShipped => crate::t!("core-order-partially-shipped"),
            OrderStatus::Shipped => crate::t!("core-order-shipped"),
            OrderStatus::OutForDelivery => crate::t!("core-order-out-for-delivery"),
            OrderStatus::Delivered => crate::t!("core-order-delivered"),
            OrderStatus::Exception => crate::t!("core-order-exception"),
            OrderStatus::Canceled => crate::t!("core-order-canceled"),
        }
    }

    /// The state a freshly placed order starts in, from its payment.
    pub fn placed(payment: PaymentStatus) -> OrderStatus {
        match payment {
            PaymentStatus::Succeeded | PaymentStatus::OnDelivery => OrderStatus::Confirmed,
            PaymentStatus::Pending | PaymentStatus::RequiresAction => OrderStatus::PendingPayment,
            PaymentStatus::Awaiting => OrderStatus::AwaitingPayment,
            PaymentStatus::Failed | PaymentStatus::Refunded => OrderStatus::Canceled,
        }
    }

    /// No event moves an order out of these.
    pub fn is_final(self) -> bool {
        matches!(self, OrderStatus::Delivered | OrderStatus::Canceled)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderLine {
    /// Stable id of the line; shipments and returns refer to it.
    pub id: i64,
    pub product_handle: String,
    pub product_title: String,
    pub variant_title: String,
    pub sku: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    pub quantity: i64,
    pub unit_price: Money,
    pub discount: Money,
    pub total: Money,
}

/// Where an order's payment stands (the `orders.payment_status` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    /// A card order before the charge answered.
    Pending,
    /// The shopper's bank asks for a challenge.
    RequiresAction,
    Succeeded,
    /// Declined, abandoned or timed out; the order is canceled.
    Failed,
    /// Bank transfer or invoice: waiting for the money.
    Awaiting,
    /// Cash on delivery.
    OnDelivery,
    /// Paid, then given back in full (a canceled order).
    Refunded,
}

impl PaymentStatus {
    pub const ALL: [PaymentStatus; 7] = [
        PaymentStatus::Pending,
        PaymentStatus::RequiresAction,
        PaymentStatus::Succeeded,
        PaymentStatus::Failed,
        PaymentStatus::Awaiting,
        PaymentStatus::OnDelivery,
        PaymentStatus::Refunded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Pending => "pending",
            PaymentStatus::RequiresAction => "requires_action",
            PaymentStatus::Succeeded => "succeeded",
            PaymentStatus::Failed => "failed",
            PaymentStatus::Awaiting => "awaiting",
            PaymentStatus::OnDelivery => "on_delivery",
            PaymentStatus::Refunded => "refunded",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentStatus> {
        PaymentStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// How an order is being paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderPayment {
    pub kind: PaymentKind,
    pub status: PaymentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<Brand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last4: Option<String>,
    /// For bank transfers and invoices: how to pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Store credit spent on the order (the method paid `amount_due`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit: Option<StoreCreditUse>,
    /// What the payment method pays: the total minus store credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_due: Option<Money>,
}

/// Store credit spent on an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoreCreditUse {
    /// The code, masked: `SC-••••-9XH4`.
    pub code: String,
    pub amount: Money,
}

/// Something that happened to an order, for its timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderEvent {
    /// "placed", "paid", "shipped"...
    pub kind: String,
    /// What happened, in the reader's language (`Accept-Language`, or
    /// `?lang=` on the event streams), whoever acted.
    pub message: String,
    /// Unix seconds.
    pub at: i64,
}

/// An order as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Order {
    /// Human-friendly and not guessable: "VT-7QK2-9XH4".
    pub number: String,
    pub status: OrderStatus,
    pub email: String,
    pub shipping_address: Address,
    /// The shipping method as the reader reads it: the shop's name for it
    /// and its delivery time, in the request's language ("Standard (3–5
    /// business days)", "Standard (3–5 Werktage)").
    pub shipping_method: String,
    pub lines: Vec<OrderLine>,
    pub totals: Totals,
    pub payment: OrderPayment,
    pub events: Vec<OrderEvent>,
    /// Unix seconds.
    pub placed_at: i64,
    /// Storefront path of this order, with its access token: share it only with the buyer.
    pub status_url: String,
    /// The parcels it left in, newest first.
    #[serde(default)]
    pub shipments: Vec<OrderShipment>,
    /// The milestones placed → confirmed → shipped → out for delivery →
    /// delivered, with the current one marked (empty when canceled).
    #[serde(default)]
    pub progress: Vec<crate::tracking::MilestoneStep>,
    /// When it should arrive: the latest window of its parcels, or of the
    /// shipping method while nothing has shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<crate::delivery::DeliveryWindow>,
    /// Set when a parcel is late or has a problem, written for the shopper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay: Option<DelayNotice>,
}

/// A parcel as its shopper sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderShipment {
    pub id: i64,
    pub carrier: String,
    pub tracking_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_url: Option<String>,
    /// The carrier's service level ("Ground", "Express").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The latest carrier status by event time; none before the first scan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::tracking::TrackingStatus>,
    /// The status in words ("In transit", "Label created").
    pub status_label: String,
    /// Which order lines, and how many of each, are in this parcel.
    pub lines: Vec<crate::lifecycle::ShipmentLine>,
    /// Carrier checkpoints, newest first.
    pub events: Vec<crate::tracking::TrackingEvent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<crate::delivery::DeliveryWindow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay: Option<DelayNotice>,
    /// Unix seconds.
    pub shipped_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<i64>,
}

/// A delay, told before the shopper asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DelayNotice {
    pub reason: crate::delivery::DelayReason,
    /// What happened and what happens next, in plain words.
    pub message: String,
    /// The new estimate, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<crate::delivery::DeliveryWindow>,
}

/// `POST /orders/lookup`: find a guest order by its number and email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OrderLookup {
    /// "VT-7QK2-9XH4" (case and spaces are forgiven).
    pub number: String,
    pub email: String,
}

/// The order's signed status link, to open it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderLookupResult {
    pub status_url: String,
}

/// What the shopper must do next before the order is paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum NextAction {
    /// Show the provider's challenge page (3-D Secure style) at `url`, then
    /// call `POST /api/v1/orders/{number}/payment` to finish.
    Challenge { url: String },
}

/// The answer to a checkout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckoutResult {
    pub order: Order,
    /// The signed token for `GET /api/v1/orders/{number}?token=...`.
    pub order_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_action: Option<NextAction>,
}

/// The one email rule, for the checkout form and the server alike: trimmed
/// and lowercased, at most 254 bytes, no whitespace, one `@` with something
/// before it, and a domain with a dot that neither starts nor ends with one.
/// `Some(normalised)` when the address passes. It catches typos; only
/// delivering mail proves an address.
pub fn normalize_email(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    let ok = email.len() <= 254
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains('@')
        });
    ok.then_some(email)
}

#[cfg(test)]
mod email_tests {
    use super::normalize_email;

    #[test]
    fn valid_addresses_come_back_trimmed_and_lowercased() {
        assert_eq!(normalize_email("ada@example.com").as_deref(), Some("ada@example.com"));
        assert_eq!(normalize_email("  Ada.Lovelace+shop@Example.CO.uk \n").as_deref(), Some("ada.lovelace+shop@example.co.uk"));
    }

    #[test]
    fn typos_are_refused() {
        for bad in [
            "",
            "   ",
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "ada@example.",
            "ada@.example.com",
            "ada@@example.com",
            "ada@exa@mple.com",
            "ada lovelace@example.com",
            "ada@exam\tple.com",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn at_most_254_bytes_after_trimming() {
        let at_limit = format!("{}@example.com", "a".repeat(254 - "@example.com".len()));
        assert_eq!(normalize_email(&format!("  {at_limit}  ")).as_deref(), Some(at_limit.as_str()));
        assert_eq!(normalize_email(&format!("a{at_limit}")), None);
    }
}

#[cfg(test)]
mod credit_tests {
    use super::{credit_to_spend, mask_credit_code};
    use crate::{Currency, Money};
    use proptest::prelude::*;

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::Usd)
    }

    #[test]
    fn a_small_balance_is_spent_whole_and_a_large_one_covers_the_total() {
        assert_eq!(credit_to_spend(usd(5_000), usd(1_250)), usd(1_250));
        assert_eq!(credit_to_spend(usd(5_000), usd(9_000)), usd(5_000));
        assert_eq!(credit_to_spend(usd(5_000), usd(5_000)), usd(5_000));
        assert_eq!(credit_to_spend(usd(5_000), usd(0)), usd(0));
    }

    #[test]
    fn codes_are_masked_but_for_their_last_group() {
        assert_eq!(mask_credit_code("SC-7QK2-9XH4"), "SC-••••-9XH4");
        assert_eq!(mask_credit_code("nonsense"), "SC-••••");
    }

    proptest! {
        #[test]
        fn credit_and_what_is_due_add_up_to_the_total(total in 0i64..10_000_000, balance in 0i64..10_000_000) {
            let spend = credit_to_spend(usd(total), usd(balance));
            let due = usd(total).amount - spend.amount;
            prop_assert!(spend.amount <= usd(balance).amount);
            prop_assert!(spend.amount <= usd(total).amount);
            prop_assert!(!spend.amount.is_sign_negative() && !due.is_sign_negative());
            prop_assert_eq!(spend.amount + due, usd(total).amount);
        }
    }
}
