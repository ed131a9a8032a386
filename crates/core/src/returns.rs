//! Self-service returns, the pure part: which order lines a shopper may send
//! back and how many, the reasons and resolutions they choose, the money
//! (pro-rata refunds, store credit, exchange differences, the refund cap) and
//! the return's own state machine (an RMA: requested → approved → in transit →
//! received → inspected → refunded / credited / exchanged, or rejected).
//!
//! The clock is injected: everything takes "now" as unix seconds and the
//! shop's time zone as a fixed offset from UTC in minutes, like
//! [`crate::delivery`].
//!
//! ```
//! use vitrine_core::returns::{returnable, LineFacts, PurchasedLine, ReturnPolicy};
//!
//! let policy = ReturnPolicy::default(); // 30 days, UTC
//! let line = PurchasedLine { line_id: 1, product_handle: "linen-shirt".into(), category: None, quantity: 2 };
//! // Delivered 2026-03-01 10:00 UTC; one already sent back.
//! let facts = LineFacts { delivered_quantity: 2, delivered_at: Some(1_772_359_200), returned_quantity: 1, open_return_quantity: 0 };
//! let day_31 = 1_772_359_200 + 31 * 86_400;
//! let r = returnable(&line, &facts, &policy, day_31);
//! assert_eq!(r.returnable_quantity, 0);
//! assert_eq!(r.reason.unwrap().message(), "The return window closed on 31 March 2026");
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::delivery::Date;
use crate::error::ApiErrorBody;
use crate::money::{round_to, Money};

/// The shop's return rules. Snapshot it onto the order when the order is
/// placed, so a later change of rules never shortens a promise already made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnPolicy {
    /// Days after delivery the shopper may still start a return (14, 30, 90 or any).
    pub window_days: u32,
    /// The shop's time zone as minutes ahead of UTC; it decides where days begin.
    #[serde(default)]
    pub utc_offset_minutes: i32,
    /// Product handles that can't be returned.
    #[serde(default)]
    pub final_sale_products: Vec<String>,
    /// Category handles whose products can't be returned.
    #[serde(default)]
    pub final_sale_categories: Vec<String>,
    /// Product handle -> its own window in days.
    #[serde(default)]
    pub product_windows: BTreeMap<String, u32>,
    /// Category handle -> its own window in days.
    #[serde(default)]
    pub category_windows: BTreeMap<String, u32>,
    /// Extra store credit, in whole percent, for shoppers who choose it over a refund.
    #[serde(default)]
    pub store_credit_bonus_percent: u32,
    /// The reasons a shopper picks from.
    #[serde(default = "default_reasons")]
    pub reasons: Vec<ReturnReason>,
    /// The order's shipping may be refunded with a return (when everything
    /// was sent back); off: only the items are refunded.
    #[serde(default)]
    pub refund_shipping: bool,
}

impl Default for ReturnPolicy {
    fn default() -> Self {
        ReturnPolicy {
            window_days: 30,
            utc_offset_minutes: 0,
            final_sale_products: Vec::new(),
            final_sale_categories: Vec::new(),
            product_windows: BTreeMap::new(),
            category_windows: BTreeMap::new(),
            store_credit_bonus_percent: 0,
            reasons: default_reasons(),
            refund_shipping: false,
        }
    }
}

impl ReturnPolicy {
    /// The window in days for a product, `None` when it is final sale. The
    /// most specific setting wins: the product's own (final sale, then its
    /// window), then its category's (final sale, then its window), then the shop's.
    pub fn window_for(&self, product_handle: &str, category: Option<&str>) -> Option<u32> {
        if self.final_sale_products.iter().any(|p| p == product_handle) {
            return None;
        }
        if let Some(days) = self.product_windows.get(product_handle) {
            return Some(*days);
        }
        if let Some(category) = category {
            if self.final_sale_categories.iter().any(|c| c == category) {
                return None;
            }
            if let Some(days) = self.category_windows.get(category) {
                return Some(*days);
            }
        }
        Some(self.window_days)
    }

    /// A reason by its code.
    pub fn reason(&self, code: &str) -> Option<&ReturnReason> {
        self.reasons.iter().find(|r| r.code == code)
    }

    /// The reasons as a shopper reads them ([`ReturnReason::shown`]).
    pub fn reasons_shown(&self) -> Vec<ReturnReason> {
        self.reasons.iter().map(|r| ReturnReason { label: r.shown(), ..r.clone() }).collect()
    }

    /// The label of the reason `code` as a shopper reads it; the code itself
    /// for a reason the merchant has since removed.
    pub fn reason_label(&self, code: &str) -> String {
        self.reason(code).map(ReturnReason::shown).unwrap_or_else(|| code.to_string())
    }
}

/// The last day a return may be started: the shop-local delivery day plus
/// `window_days`. Delivered on 1 March with 30 days: returnable through the
/// end of 31 March (day 30), not on 1 April (day 31). A window of 0 days
/// means the delivery day only.
pub fn last_return_day(delivered_at: i64, window_days: u32, utc_offset_minutes: i32) -> Date {
    Date::from_unix(delivered_at, utc_offset_minutes).add_days(i64::from(window_days))
}

/// "12 March 2026": how dates read in sentences, in the shopper's language.
pub fn long_date(date: Date) -> String {
    crate::t!("core-date-long", day = date.day().to_string(), month = date.month(), year = date.year().to_string())
}

/// The policy sentence of the start-a-return page (the app's, and the
/// server's first screen): "You can return items within 30 days of
/// delivery. Return by 31 March 2026." (the earliest last day of the
/// returnable lines).
pub fn window_sentence(answer: &ReturnableAnswer) -> String {
    let days = answer.window_days;
    let until = answer.lines.iter().filter(|l| l.returnable_quantity > 0).filter_map(|l| l.returnable_until).min();
    match until {
        Some(d) => crate::t!("returns-window-until", count = days, date = long_date(d)),
        None => crate::t!("returns-window", count = days),
    }
}

/// An order line as returns see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PurchasedLine {
    pub line_id: i64,
    pub product_handle: String,
    /// The product's category handle, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// How many were bought.
    pub quantity: i64,
}

/// What happened to a line since it was bought.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LineFacts {
    /// Units in parcels the carrier (or staff) marked delivered.
    pub delivered_quantity: i64,
    /// When the line's last delivered parcel arrived (unix seconds); the
    /// window counts from it. `None`: nothing delivered yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<i64>,
    /// Units already sent back and received on earlier returns.
    #[serde(default)]
    pub returned_quantity: i64,
    /// Units in returns that are neither finished, rejected nor canceled.
    #[serde(default)]
    pub open_return_quantity: i64,
}

/// Why a line can't be returned (now).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum NotReturnable {
    FinalSale,
    /// The last day to start a return was `closed_on`.
    WindowClosed { closed_on: Date },
    NotDelivered,
    AlreadyReturned,
    /// Every unit left is already in a return that is under way.
    InOpenReturn,
}

impl NotReturnable {
    /// Plain English for the shopper, without a final full stop (it is a label).
    pub fn message(&self) -> String {
        match self {
            NotReturnable::FinalSale => crate::t!("core-returnable-final-sale"),
            NotReturnable::WindowClosed { closed_on } => {
                crate::t!("core-returnable-window-closed", date = long_date(*closed_on))
            }
            NotReturnable::NotDelivered => crate::t!("core-returnable-not-delivered"),
            NotReturnable::AlreadyReturned => crate::t!("core-returnable-already-returned"),
            NotReturnable::InOpenReturn => crate::t!("core-returnable-in-open-return"),
        }
    }
}

/// How many of a line may be returned now, and why none when none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Returnable {
    pub line_id: i64,
    pub returnable_quantity: i64,
    /// Set exactly when `returnable_quantity` is 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<NotReturnable>,
    /// The last day a return may be started ("Return by 31 March 2026");
    /// `None` for final sale and undelivered lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returnable_until: Option<Date>,
}

/// Eligibility of one line at `now` (unix seconds): delivered − returned − in
/// open returns, within the window. When nothing is returnable the reason is,
/// in order: final sale, not delivered, already returned, in an open return,
/// window closed.
pub fn returnable(line: &PurchasedLine, facts: &LineFacts, policy: &ReturnPolicy, now: i64) -> Returnable {
    let none = |reason, until| Returnable { line_id: line.line_id, returnable_quantity: 0, reason: Some(reason), returnable_until: until };
    let Some(window) = policy.window_for(&line.product_handle, line.category.as_deref()) else {
        return none(NotReturnable::FinalSale, None);
    };
    let delivered = facts.delivered_quantity.clamp(0, line.quantity.max(0));
    let Some(delivered_at) = facts.delivered_at.filter(|_| delivered > 0) else {
        return none(NotReturnable::NotDelivered, None);
    };
    let until = last_return_day(delivered_at, window, policy.utc_offset_minutes);
    let returned = facts.returned_quantity.max(0);
    let open = facts.open_return_quantity.max(0);
    let left = delivered - returned - open;
    if returned >= delivered {
        return none(NotReturnable::AlreadyReturned, Some(until));
    }
    if left <= 0 {
        return none(NotReturnable::InOpenReturn, Some(until));
    }
    if Date::from_unix(now, policy.utc_offset_minutes) > until {
        return none(NotReturnable::WindowClosed { closed_on: until }, Some(until));
    }
    Returnable { line_id: line.line_id, returnable_quantity: left, reason: None, returnable_until: Some(until) }
}

/// A reason a shopper may give, from the merchant's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnReason {
    /// Stable machine code, e.g. `"arrived_damaged"`.
    pub code: String,
    pub label: String,
    /// The shopper must attach at least one photo.
    #[serde(default)]
    pub photo_required: bool,
}

/// The reasons a new shop starts with: code, message key, photo required.
const DEFAULT_REASONS: [(&str, &str, bool); 7] = [
    ("too_small", "core-reason-too-small", false),
    ("too_big", "core-reason-too-big", false),
    ("not_as_described", "core-reason-not-as-described", false),
    ("arrived_damaged", "core-reason-arrived-damaged", true),
    ("wrong_item", "core-reason-wrong-item", true),
    ("changed_mind", "core-reason-changed-mind", false),
    ("other", "core-reason-other", false),
];

/// The list a new shop starts with.
pub fn default_reasons() -> Vec<ReturnReason> {
    DEFAULT_REASONS
        .into_iter()
        .map(|(code, key, photo_required)| ReturnReason { code: code.into(), label: crate::i18n::text(key, &[]), photo_required })
        .collect()
}

impl ReturnReason {
    /// The label a shopper reads, in the language in effect. A reason a new
    /// shop starts with, still under the label it started with (in any of
    /// the kit's languages: the policy is stored in the language it was
    /// written in), reads in the current language; a merchant's own label
    /// reads as the merchant wrote it.
    pub fn shown(&self) -> String {
        let default = DEFAULT_REASONS.iter().find(|(code, ..)| *code == self.code).map(|(_, key, _)| *key);
        match crate::i18n::key_of(&self.label, default) {
            Some(key) => crate::i18n::text(key, &[]),
            None => self.label.clone(),
        }
    }
}

/// What the shopper wants instead of the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Money back to the original payment.
    Refund,
    /// Credit at the shop, with the merchant's bonus.
    StoreCredit,
    /// Another variant of the same product.
    Exchange,
}

impl Resolution {
    pub const ALL: [Resolution; 3] = [Resolution::Refund, Resolution::StoreCredit, Resolution::Exchange];

    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Refund => "refund",
            Resolution::StoreCredit => "store_credit",
            Resolution::Exchange => "exchange",
        }
    }

    pub fn parse(s: &str) -> Option<Resolution> {
        Resolution::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn label(self) -> String {
        match self {
            Resolution::Refund => crate::t!("core-resolution-refund"),
            Resolution::StoreCredit => crate::t!("core-resolution-store-credit"),
            Resolution::Exchange => crate::t!("core-resolution-exchange"),
        }
    }
}

/// One line of a return request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnRequestLine {
    pub line_id: i64,
    pub quantity: i64,
    /// A [`ReturnReason::code`].
    pub reason: String,
    /// What the shopper wants the shop to know (at most 500 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub resolution: Resolution,
    /// The variant wanted instead; required for, and only for, exchanges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_variant_id: Option<i64>,
}

/// Checks a return request against what is returnable now (from
/// [`returnable`]) and the shop's reasons. `photos[i]` is how many photos
/// came with `lines[i]` (missing entries count as none). Errors are keyed
/// `lines[i].line_id` (unknown, listed twice, or not returnable: the
/// [`NotReturnable::message`]), `lines[i].quantity`, `lines[i].reason`,
/// `lines[i].photos`, `lines[i].exchange_variant_id`, and `lines` when empty.
/// The variant's product and stock are the server's to check.
pub fn validate_request(
    lines: &[ReturnRequestLine],
    returnables: &[Returnable],
    reasons: &[ReturnReason],
    photos: &[usize],
) -> Result<(), ApiErrorBody> {
    let mut body = ApiErrorBody::new(crate::t!("core-return-request-invalid"));
    if lines.is_empty() {
        body = body.with("lines", crate::t!("core-return-request-empty"));
    }
    let mut seen = BTreeSet::new();
    for (i, l) in lines.iter().enumerate() {
        let key = |field: &str| format!("lines[{i}].{field}");
        match returnables.iter().find(|r| r.line_id == l.line_id) {
            None => body = body.with(&key("line_id"), crate::t!("core-return-line-unknown")),
            Some(_) if !seen.insert(l.line_id) => {
                body = body.with(&key("line_id"), crate::t!("core-return-line-twice"))
            }
            Some(Returnable { reason: Some(why), .. }) => body = body.with(&key("line_id"), crate::t!("core-return-line-not-returnable", reason = why.message())),
            Some(_) if l.quantity < 1 => body = body.with(&key("quantity"), crate::t!("core-return-quantity-at-least-one")),
            Some(r) if l.quantity > r.returnable_quantity => {
                body = body.with(&key("quantity"), crate::t!("core-return-quantity-at-most", count = r.returnable_quantity))
            }
            Some(_) => {}
        }
        match reasons.iter().find(|r| r.code == l.reason) {
            None if l.reason.trim().is_empty() => body = body.with(&key("reason"), crate::t!("core-return-reason-missing")),
            None => body = body.with(&key("reason"), crate::t!("core-return-reason-unknown")),
            Some(reason) if reason.photo_required && photos.get(i).copied().unwrap_or(0) == 0 => {
                body = body.with(&key("photos"), crate::t!("core-return-photo-required", reason = &reason.shown()))
            }
            Some(_) => {}
        }
        match (l.resolution, l.exchange_variant_id) {
            (Resolution::Exchange, None) => {
                body = body.with(&key("exchange_variant_id"), crate::t!("core-return-exchange-variant-missing"))
            }
            (Resolution::Refund | Resolution::StoreCredit, Some(_)) => {
                body = body.with(&key("exchange_variant_id"), crate::t!("core-return-exchange-variant-unexpected"))
            }
            _ => {}
        }
    }
    if body.errors.is_empty() { Ok(()) } else { Err(body) }
}

/// The refund for `returned_now` units of a line when `already_returned`
/// units of it were refunded before. `paid_line_total` is what the line cost
/// after its discounts. Units are valued so the running total after `m` units
/// is the pro-rata share `total × m / bought` rounded half away from zero, and
/// the last unit takes whatever is left: however a line is returned, in one go
/// or unit by unit, the refunds add up to the line total exactly and never go
/// negative. Units beyond what was bought are worth nothing.
///
/// ```
/// use vitrine_core::{returns::refundable_amount, Currency, Money};
/// let total = Money::from_minor(1000, Currency::Usd); // 3 for $10.00
/// let each: Vec<_> = (0..3).map(|k| refundable_amount(total, 3, k, 1).to_minor().unwrap()).collect();
/// assert_eq!(each, [333, 334, 333]);
/// ```
pub fn refundable_amount(paid_line_total: Money, quantity_bought: i64, already_returned: i64, returned_now: i64) -> Money {
    let currency = paid_line_total.currency;
    if quantity_bought <= 0 {
        return Money::zero(currency);
    }
    let total = paid_line_total.rounded().amount;
    let running = |units: i64| -> Decimal {
        let units = units.clamp(0, quantity_bought);
        if units == quantity_bought {
            return total;
        }
        round_to(total * Decimal::from(units) / Decimal::from(quantity_bought), currency)
    };
    let before = already_returned.max(0);
    let after = before.saturating_add(returned_now.max(0));
    Money::new(round_to(running(after) - running(before), currency), currency)
}

/// Store credit for `amount` with the merchant's bonus (10: +10 %), rounded
/// half away from zero once, on the total.
pub fn store_credit(amount: Money, bonus_percent: u32) -> Money {
    let factor = Decimal::ONE_HUNDRED + Decimal::from(bonus_percent);
    Money::new(round_to(amount.amount * factor / Decimal::ONE_HUNDRED, amount.currency), amount.currency)
}

/// What an exchange costs: positive, the shopper pays the difference;
/// negative, they get it back; zero, an even swap. Pass the unit price the
/// shopper actually paid for the old item (after discounts; see
/// [`refundable_amount`]) and the new variant's current unit price.
pub fn exchange_difference(old_unit_price: Money, new_unit_price: Money, quantity: i64) -> Money {
    new_unit_price.minus(old_unit_price).times(quantity).rounded()
}

/// Why a refund was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefundRefusalCode {
    /// Zero or negative.
    InvalidAmount,
    CurrencyMismatch,
    /// Everything captured was refunded already.
    FullyRefunded,
    /// More than is left of what was captured.
    ExceedsCaptured,
}

/// A refused refund, with what is still refundable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefundRefusal {
    pub code: RefundRefusalCode,
    pub message: String,
    /// Captured minus refunded (never negative).
    pub remaining: Money,
}

impl fmt::Display for RefundRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RefundRefusal {}

/// The refund to issue: `requested`, rounded to the currency, if it fits in
/// what was captured minus what was already refunded (count refunds still
/// pending with the provider as refunded, and check under the order's lock).
/// Refuses, never trims: an over-large refund is a bug to surface
/// (saleor#19645: refunds above the captured amount).
pub fn refund_cap(captured_total: Money, already_refunded: Money, requested: Money) -> Result<Money, RefundRefusal> {
    let currency = captured_total.currency;
    let remaining = Money::new(round_to((captured_total.amount - already_refunded.amount).max(Decimal::ZERO), currency), currency);
    let refuse = |code, message: String| Err(RefundRefusal { code, message, remaining });
    let plain = |m: Money| format!("{} {}", m.rounded().amount, m.currency.code());
    if already_refunded.currency != currency || requested.currency != currency {
        return refuse(RefundRefusalCode::CurrencyMismatch, crate::t!("core-refund-currency-mismatch", currency = currency.code()));
    }
    let requested = requested.rounded();
    if requested.amount <= Decimal::ZERO {
        return refuse(RefundRefusalCode::InvalidAmount, crate::t!("core-refund-amount-zero"));
    }
    if remaining.is_zero() {
        return refuse(RefundRefusalCode::FullyRefunded, crate::t!("core-refund-fully-refunded"));
    }
    if requested.amount > remaining.amount {
        let message = crate::t!("core-refund-exceeds", remaining = plain(remaining), requested = plain(requested));
        return refuse(RefundRefusalCode::ExceedsCaptured, message);
    }
    Ok(requested)
}

/// Where a return (RMA) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReturnStatus {
    /// The shopper asked; the merchant hasn't looked yet.
    Requested,
    /// The shopper may send the items.
    Approved,
    /// The parcel is on its way back.
    InTransit,
    /// The parcel arrived.
    Received,
    /// Staff checked the items.
    Inspected,
    Refunded,
    Credited,
    Exchanged,
    /// Refused, with a reason the shopper sees.
    Rejected,
    Canceled,
}

impl ReturnStatus {
    pub const ALL: [ReturnStatus; 10] = [
        ReturnStatus::Requested,
        ReturnStatus::Approved,
        ReturnStatus::InTransit,
        ReturnStatus::Received,
        ReturnStatus::Inspected,
        ReturnStatus::Refunded,
        ReturnStatus::Credited,
        ReturnStatus::Exchanged,
        ReturnStatus::Rejected,
        ReturnStatus::Canceled,
    ];

    /// Storage spelling, the same as the JSON one.
    pub fn as_str(self) -> &'static str {
        match self {
            ReturnStatus::Requested => "requested",
            ReturnStatus::Approved => "approved",
            ReturnStatus::InTransit => "in_transit",
            ReturnStatus::Received => "received",
            ReturnStatus::Inspected => "inspected",
            ReturnStatus::Refunded => "refunded",
            ReturnStatus::Credited => "credited",
            ReturnStatus::Exchanged => "exchanged",
            ReturnStatus::Rejected => "rejected",
            ReturnStatus::Canceled => "canceled",
        }
    }

    pub fn parse(s: &str) -> Option<ReturnStatus> {
        ReturnStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Shopper-facing name.
    pub fn label(self) -> String {
        match self {
            ReturnStatus::Requested => crate::t!("core-return-status-requested"),
            ReturnStatus::Approved => crate::t!("core-return-status-approved"),
            ReturnStatus::InTransit => crate::t!("core-return-status-in-transit"),
            ReturnStatus::Received => crate::t!("core-return-status-received"),
            ReturnStatus::Inspected => crate::t!("core-return-status-inspected"),
            ReturnStatus::Refunded => crate::t!("core-return-status-refunded"),
            ReturnStatus::Credited => crate::t!("core-return-status-credited"),
            ReturnStatus::Exchanged => crate::t!("core-return-status-exchanged"),
            ReturnStatus::Rejected => crate::t!("core-return-status-rejected"),
            ReturnStatus::Canceled => crate::t!("core-return-status-canceled"),
        }
    }

    /// No event moves a return out of these.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            ReturnStatus::Refunded | ReturnStatus::Credited | ReturnStatus::Exchanged | ReturnStatus::Rejected | ReturnStatus::Canceled
        )
    }

    /// Units in a return with this status count as "in an open return" for [`LineFacts`].
    pub fn is_open(self) -> bool {
        !self.is_final()
    }
}

/// Something that happens to a return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ReturnEvent {
    /// The merchant accepts the request (or a rule does automatically).
    Approve,
    /// The carrier has the parcel.
    Ship,
    /// The parcel arrived (with or without a carrier scan on the way).
    Receive,
    /// Staff checked the items and accept them.
    Inspect,
    /// Money went back to the original payment.
    Refund,
    /// Store credit was issued.
    Credit,
    /// The replacement was sent.
    Exchange,
    /// The merchant refuses, at the request or after looking at the items.
    Reject { reason: String },
    /// The shopper or the merchant calls it off before anything ships.
    Cancel,
}

/// Why a return event was refused, as a machine code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReturnRefusalCode {
    NotApproved,
    AlreadyApproved,
    AlreadyShipped,
    NotReceived,
    AlreadyReceived,
    NotInspected,
    AlreadyInspected,
    /// Rejecting while the parcel is expected: wait until it arrives.
    AwaitingParcel,
    ReasonRequired,
    /// The return is finished, rejected or canceled.
    Closed,
}

/// A refused return event: a code for programs and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnRefusal {
    pub code: ReturnRefusalCode,
    pub message: String,
}

impl fmt::Display for ReturnRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ReturnRefusal {}

/// The status after `event`, or why it can't happen now. Money moves only
/// after the items were received and inspected (spree PR#14678: refunds for
/// units never received).
pub fn transition(status: ReturnStatus, event: &ReturnEvent) -> Result<ReturnStatus, ReturnRefusal> {
    use ReturnEvent as E;
    use ReturnRefusalCode as C;
    use ReturnStatus as S;
    let refuse = |code, key: &str| Err(ReturnRefusal { code, message: crate::i18n::text(key, &[]) });

    if status.is_final() {
        let message = match status {
            S::Refunded => "core-return-refuse-already-refunded",
            S::Credited => "core-return-refuse-already-credited",
            S::Exchanged => "core-return-refuse-already-exchanged",
            S::Rejected => "core-return-refuse-rejected",
            _ => "core-return-refuse-canceled",
        };
        return refuse(C::Closed, message);
    }
    let not_received = "core-return-refuse-not-received";
    match event {
        E::Approve => match status {
            S::Requested => Ok(S::Approved),
            _ => refuse(C::AlreadyApproved, "core-return-refuse-already-approved"),
        },
        E::Ship | E::Receive if status == S::Requested => {
            refuse(C::NotApproved, "core-return-refuse-not-approved")
        }
        E::Ship => match status {
            S::Approved => Ok(S::InTransit),
            S::InTransit => refuse(C::AlreadyShipped, "core-return-refuse-already-shipped"),
            _ => refuse(C::AlreadyReceived, "core-return-refuse-already-received"),
        },
        E::Receive => match status {
            S::Approved | S::InTransit => Ok(S::Received),
            _ => refuse(C::AlreadyReceived, "core-return-refuse-already-received"),
        },
        E::Inspect => match status {
            S::Received => Ok(S::Inspected),
            S::Inspected => refuse(C::AlreadyInspected, "core-return-refuse-already-inspected"),
            _ => refuse(C::NotReceived, not_received),
        },
        E::Refund | E::Credit | E::Exchange => match status {
            S::Inspected => Ok(match event {
                E::Refund => S::Refunded,
                E::Credit => S::Credited,
                _ => S::Exchanged,
            }),
            S::Received => refuse(C::NotInspected, "core-return-refuse-not-inspected"),
            _ => refuse(C::NotReceived, not_received),
        },
        E::Reject { reason } => {
            if matches!(status, S::Approved | S::InTransit) {
                return refuse(C::AwaitingParcel, "core-return-refuse-awaiting-parcel");
            }
            if reason.trim().is_empty() {
                return refuse(C::ReasonRequired, "core-return-refuse-reason-required");
            }
            Ok(S::Rejected)
        }
        E::Cancel => match status {
            S::Requested | S::Approved => Ok(S::Canceled),
            S::InTransit => refuse(C::AlreadyShipped, "core-return-refuse-cancel-shipped"),
            _ => refuse(C::AlreadyReceived, "core-return-refuse-cancel-received"),
        },
    }
}

/// A step of the return's progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReturnMilestone {
    Requested,
    Approved,
    InTransit,
    Received,
    Inspected,
    /// Refunded, credited or exchanged.
    Resolved,
}

impl ReturnMilestone {
    pub const ALL: [ReturnMilestone; 6] = [
        ReturnMilestone::Requested,
        ReturnMilestone::Approved,
        ReturnMilestone::InTransit,
        ReturnMilestone::Received,
        ReturnMilestone::Inspected,
        ReturnMilestone::Resolved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReturnMilestone::Requested => "requested",
            ReturnMilestone::Approved => "approved",
            ReturnMilestone::InTransit => "in_transit",
            ReturnMilestone::Received => "received",
            ReturnMilestone::Inspected => "inspected",
            ReturnMilestone::Resolved => "resolved",
        }
    }

    pub fn label(self) -> String {
        match self {
            ReturnMilestone::Requested => crate::t!("core-return-step-requested"),
            ReturnMilestone::Approved => crate::t!("core-return-step-approved"),
            ReturnMilestone::InTransit => crate::t!("core-return-step-in-transit"),
            ReturnMilestone::Received => crate::t!("core-return-step-received"),
            ReturnMilestone::Inspected => crate::t!("core-return-step-inspected"),
            ReturnMilestone::Resolved => crate::t!("core-return-step-resolved"),
        }
    }

    /// The milestone a return in this status has reached; `None` when rejected or canceled.
    pub fn reached(status: ReturnStatus) -> Option<ReturnMilestone> {
        Some(match status {
            ReturnStatus::Requested => ReturnMilestone::Requested,
            ReturnStatus::Approved => ReturnMilestone::Approved,
            ReturnStatus::InTransit => ReturnMilestone::InTransit,
            ReturnStatus::Received => ReturnMilestone::Received,
            ReturnStatus::Inspected => ReturnMilestone::Inspected,
            ReturnStatus::Refunded | ReturnStatus::Credited | ReturnStatus::Exchanged => ReturnMilestone::Resolved,
            ReturnStatus::Rejected | ReturnStatus::Canceled => return None,
        })
    }
}

/// One step as the stepper renders it (see [`crate::tracking::MilestoneStep`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnMilestoneStep {
    pub milestone: ReturnMilestone,
    /// The last step reads as the outcome once there is one ("Refunded").
    pub label: String,
    pub done: bool,
    pub current: bool,
}

/// The six steps, requested → resolved, with the current one marked. A
/// rejected or canceled return has no progress bar: the list is empty (show
/// the status and the reason instead).
pub fn milestones(status: ReturnStatus) -> Vec<ReturnMilestoneStep> {
    let Some(at) = ReturnMilestone::reached(status) else { return Vec::new() };
    let at = at as usize;
    ReturnMilestone::ALL
        .into_iter()
        .enumerate()
        .map(|(i, milestone)| {
            let label = if milestone == ReturnMilestone::Resolved && status.is_final() { status.label() } else { milestone.label() };
            ReturnMilestoneStep { milestone, label, done: i < at, current: i == at }
        })
        .collect()
}


// ---------------------------------------------------------------------------
// Wire types of the returns API, shared by the server and the storefront.
// ---------------------------------------------------------------------------

/// A variant a line may be exchanged for (same product).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExchangeOption {
    pub variant_id: i64,
    /// "M / Navy".
    pub title: String,
    pub price: Money,
    /// Units that can be reserved now; 0 means sold out (not offered).
    pub available: i64,
}

/// One order line in `GET /orders/{number}/returnable`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnableLine {
    pub line_id: i64,
    pub returnable_quantity: i64,
    /// Why none can be returned, in words ("Final sale", "The return window
    /// closed on 12 March 2026"); set exactly when `returnable_quantity` is 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The same reason for programs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<NotReturnable>,
    /// The last day a return may be started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returnable_until: Option<Date>,
    pub product_title: String,
    pub variant_title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<crate::catalog::Image>,
    pub quantity: i64,
    /// What one unit paid, after discounts (what a refund gives back per unit).
    pub unit_refund: Money,
    /// Other variants of the product in stock, for an exchange.
    #[serde(default)]
    pub exchange_options: Vec<ExchangeOption>,
}

/// A resolution the shop offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResolutionOption {
    /// `refund`, `store_credit` or `exchange`.
    pub code: Resolution,
    pub label: String,
    /// Extra store credit in percent (store credit only; 0 otherwise).
    #[serde(default)]
    pub bonus_percent: u32,
}

/// `GET /api/v1/orders/{number}/returnable`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnableAnswer {
    pub lines: Vec<ReturnableLine>,
    pub reasons: Vec<ReturnReason>,
    pub resolutions: Vec<ResolutionOption>,
    /// Photos: accepted types and the size limit per photo.
    pub photo_types: Vec<String>,
    pub photo_max_bytes: u64,
    /// At most this many photos per return.
    pub photo_max_count: u32,
    /// The shop's window in days, for the policy sentence.
    pub window_days: u32,
    /// Returns already made on this order (links to their pages).
    #[serde(default)]
    pub returns: Vec<ReturnSummary>,
}

/// `POST /api/v1/orders/{number}/returns`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnRequest {
    pub lines: Vec<ReturnRequestLine>,
}

/// A return in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnSummary {
    /// "R-7QK2-9XH4".
    pub rma: String,
    pub order_number: String,
    pub status: ReturnStatus,
    pub items: i64,
    /// Unix seconds.
    pub requested_at: i64,
    /// The shopper's page of the return, with its token.
    pub status_url: String,
}

/// One line of a return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnLineView {
    /// The return line's own id (photos may name it).
    pub id: i64,
    /// The order line it returns.
    pub line_id: i64,
    pub product_title: String,
    pub variant_title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<crate::catalog::Image>,
    pub quantity: i64,
    pub reason: String,
    pub reason_label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub resolution: Resolution,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_variant_id: Option<i64>,
    /// The variant sent instead ("L / Navy").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_title: Option<String>,
    /// Units the shop received, and their condition as the shop noted it.
    #[serde(default)]
    pub received_quantity: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// What this line is worth back (refund, or credit before the bonus).
    pub value: Money,
    /// This line's reason needs a photo and none is attached yet.
    #[serde(default)]
    pub photo_missing: bool,
}

/// A photo attached to a return (served only to the order's owner and the operator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnPhoto {
    pub id: String,
    /// With its token: `/api/v1/returns/{rma}/photos/{id}?token=...`.
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_id: Option<i64>,
    pub content_type: String,
    pub bytes: u64,
}

/// How the parcel goes back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnMethod {
    /// `label` (print it, stick it on the parcel) or `drop_off`.
    pub kind: String,
    /// What to do, in words.
    pub instructions: String,
    /// The carrier and the return's tracking number (on the label as a
    /// barcode, Code 128) once approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// Where the parcel goes.
    pub address_lines: Vec<String>,
    /// Text of the QR code drop-off points scan (the RMA and tracking number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_text: Option<String>,
}

/// A money movement of a return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnMoney {
    /// `refund` or `store_credit`.
    pub kind: String,
    pub amount: Money,
    /// `pending` (sent to the provider) or `succeeded`.
    pub status: String,
    /// Store credit: the code to use at checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub at: i64,
}

/// A return (RMA) as its shopper and the operator see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnView {
    pub rma: String,
    pub order_number: String,
    pub status: ReturnStatus,
    pub status_label: String,
    /// Set when rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<String>,
    pub lines: Vec<ReturnLineView>,
    #[serde(default)]
    pub photos: Vec<ReturnPhoto>,
    /// Some line's reason needs a photo that is not attached yet: the shop
    /// approves the return once it is.
    #[serde(default)]
    pub photos_needed: bool,
    pub method: ReturnMethod,
    pub progress: Vec<ReturnMilestoneStep>,
    /// Newest first.
    pub events: Vec<crate::checkout::OrderEvent>,
    /// What the return is worth: refunds to the payment, and store credit
    /// (with the bonus) for the lines that chose it.
    pub refund_total: Money,
    pub credit_total: Money,
    /// Positive: the shopper pays the difference of the exchanges.
    pub exchange_difference: Money,
    #[serde(default)]
    pub money: Vec<ReturnMoney>,
    pub requested_at: i64,
    /// The shopper's page, with its token.
    pub status_url: String,
    /// The printable label page, with its token.
    pub label_url: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;
    use proptest::prelude::*;

    const DAY: i64 = 86_400;

    #[test]
    fn a_default_reason_reads_in_the_current_language_a_merchants_as_written() {
        crate::i18n::add(crate::i18n::Lang::De, include_str!("../../../locales/de/core.ftl")).unwrap();
        let stored_in_german = ReturnReason { code: "too_small".into(), label: "Zu klein".into(), photo_required: false };
        assert_eq!(stored_in_german.shown(), "Too small", "English is in effect");
        let renamed = ReturnReason { code: "too_small".into(), label: "Runs small".into(), photo_required: false };
        assert_eq!(renamed.shown(), "Runs small");
        let own = ReturnReason { code: "smells".into(), label: "Zu klein".into(), photo_required: false };
        assert_eq!(own.shown(), "Zu klein", "a code of the merchant's own is never translated");
        let policy = ReturnPolicy { reasons: vec![stored_in_german, renamed.clone()], ..Default::default() };
        assert_eq!(policy.reasons_shown().iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["Too small", "Runs small"]);
        assert_eq!(policy.reason_label("too_small"), "Too small");
        assert_eq!(policy.reason_label("gone"), "gone");
    }

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap()
    }

    /// Unix seconds of a local wall-clock time in a zone `offset` minutes ahead of UTC.
    fn at(d: Date, hour: i64, minute: i64, offset: i32) -> i64 {
        d.to_days() * DAY + hour * 3600 + minute * 60 - i64::from(offset) * 60
    }

    fn line(id: i64, handle: &str, category: Option<&str>, quantity: i64) -> PurchasedLine {
        PurchasedLine { line_id: id, product_handle: handle.into(), category: category.map(Into::into), quantity }
    }

    fn delivered(quantity: i64, when: i64) -> LineFacts {
        LineFacts { delivered_quantity: quantity, delivered_at: Some(when), returned_quantity: 0, open_return_quantity: 0 }
    }

    fn policy(offset: i32) -> ReturnPolicy {
        ReturnPolicy { utc_offset_minutes: offset, ..ReturnPolicy::default() }
    }

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::Usd)
    }

    #[test]
    fn day_30_is_in_and_day_31_is_out() {
        let shirt = line(1, "shirt", None, 1);
        let p = policy(0);
        let facts = delivered(1, at(date(2026, 3, 1), 10, 0, 0));
        let check = |now| returnable(&shirt, &facts, &p, now);
        let day_30_last_second = at(date(2026, 3, 31), 23, 59, 0) + 59;
        assert_eq!(check(day_30_last_second).returnable_quantity, 1);
        assert_eq!(check(day_30_last_second).returnable_until, Some(date(2026, 3, 31)));
        let day_31 = at(date(2026, 4, 1), 0, 0, 0);
        let closed = check(day_31);
        assert_eq!(closed.returnable_quantity, 0);
        assert_eq!(closed.reason, Some(NotReturnable::WindowClosed { closed_on: date(2026, 3, 31) }));
        assert_eq!(closed.reason.unwrap().message(), "The return window closed on 31 March 2026");
        // The delivery day itself, and a window of 0 days.
        assert_eq!(check(at(date(2026, 3, 1), 10, 0, 0)).returnable_quantity, 1);
        let same_day = ReturnPolicy { window_days: 0, ..policy(0) };
        assert_eq!(returnable(&shirt, &facts, &same_day, at(date(2026, 3, 1), 23, 59, 0)).returnable_quantity, 1);
        assert_eq!(returnable(&shirt, &facts, &same_day, at(date(2026, 3, 2), 0, 0, 0)).returnable_quantity, 0);
    }

    #[test]
    fn the_shops_time_zone_moves_the_delivery_day() {
        let shirt = line(1, "shirt", None, 1);
        // 20:00 UTC on 1 March is 06:00 on 2 March at +10:00: the window runs through 1 April there.
        let facts = delivered(1, at(date(2026, 3, 1), 20, 0, 0));
        let east = policy(600);
        assert_eq!(returnable(&shirt, &facts, &policy(0), at(date(2026, 4, 1), 0, 0, 0)).returnable_quantity, 0);
        assert_eq!(returnable(&shirt, &facts, &east, at(date(2026, 4, 1), 23, 59, 600)).returnable_quantity, 1);
        let out = returnable(&shirt, &facts, &east, at(date(2026, 4, 2), 0, 0, 600));
        assert_eq!(out.reason, Some(NotReturnable::WindowClosed { closed_on: date(2026, 4, 1) }));
        // 05:00 UTC on 2 March is 21:00 on 1 March at -08:00: the window ends on 31 March there.
        let facts = delivered(1, at(date(2026, 3, 2), 5, 0, 0));
        let west = policy(-480);
        assert_eq!(last_return_day(at(date(2026, 3, 2), 5, 0, 0), 30, -480), date(2026, 3, 31));
        assert_eq!(returnable(&shirt, &facts, &west, at(date(2026, 3, 31), 23, 59, -480)).returnable_quantity, 1);
        // 08:00 UTC on 1 April: still 1 April in UTC's window, but closed in the shop's.
        let now = at(date(2026, 4, 1), 0, 0, -480);
        assert_eq!(now, at(date(2026, 4, 1), 8, 0, 0));
        assert_eq!(returnable(&shirt, &facts, &policy(0), now).returnable_quantity, 1);
        let out = returnable(&shirt, &facts, &west, now);
        assert_eq!(out.reason, Some(NotReturnable::WindowClosed { closed_on: date(2026, 3, 31) }));
    }

    #[test]
    fn returnable_quantities_after_partial_and_open_returns() {
        let socks = line(7, "socks", None, 5);
        let p = policy(0);
        let when = at(date(2026, 3, 1), 10, 0, 0);
        let now = when + DAY;
        let q = |facts: LineFacts| {
            let r = returnable(&socks, &facts, &p, now);
            (r.returnable_quantity, r.reason)
        };
        let f = delivered(5, when);
        assert_eq!(q(f), (5, None));
        assert_eq!(q(LineFacts { returned_quantity: 2, ..f }), (3, None));
        assert_eq!(q(LineFacts { returned_quantity: 2, open_return_quantity: 1, ..f }), (2, None));
        assert_eq!(q(LineFacts { returned_quantity: 2, open_return_quantity: 3, ..f }), (0, Some(NotReturnable::InOpenReturn)));
        assert_eq!(q(LineFacts { open_return_quantity: 5, ..f }), (0, Some(NotReturnable::InOpenReturn)));
        assert_eq!(q(LineFacts { returned_quantity: 5, ..f }), (0, Some(NotReturnable::AlreadyReturned)));
        // Only what was delivered counts: 3 of 5 arrived, 1 of those returned.
        assert_eq!(q(LineFacts { delivered_quantity: 3, returned_quantity: 1, ..f }), (2, None));
        assert_eq!(q(LineFacts { delivered_quantity: 9, ..f }), (5, None), "never more than bought");
        assert_eq!(q(LineFacts::default()), (0, Some(NotReturnable::NotDelivered)));
        assert_eq!(q(LineFacts { delivered_at: None, ..f }), (0, Some(NotReturnable::NotDelivered)));
        assert_eq!(q(LineFacts { delivered_quantity: 0, ..f }), (0, Some(NotReturnable::NotDelivered)));
        // Fully returned reads "already returned" even once the window has closed.
        let late = returnable(&socks, &LineFacts { returned_quantity: 5, ..f }, &p, now + 60 * DAY);
        assert_eq!(late.reason, Some(NotReturnable::AlreadyReturned));
    }

    #[test]
    fn final_sale_and_own_windows() {
        let p = ReturnPolicy {
            final_sale_products: vec!["gift-card".into()],
            final_sale_categories: vec!["underwear".into()],
            product_windows: [("boots".to_string(), 90)].into(),
            category_windows: [("swimwear".to_string(), 14), ("underwear".to_string(), 60)].into(),
            ..policy(0)
        };
        assert_eq!(p.window_for("gift-card", Some("accessories")), None);
        assert_eq!(p.window_for("briefs", Some("underwear")), None);
        assert_eq!(p.window_for("bikini", Some("swimwear")), Some(14));
        assert_eq!(p.window_for("boots", Some("shoes")), Some(90));
        assert_eq!(p.window_for("boots", Some("underwear")), Some(90), "the product's own window beats its category");
        assert_eq!(p.window_for("shirt", Some("tops")), Some(30));
        assert_eq!(p.window_for("shirt", None), Some(30));

        let when = at(date(2026, 3, 1), 10, 0, 0);
        let check = |l: &PurchasedLine, now| returnable(l, &delivered(1, when), &p, now);
        let final_sale = check(&line(1, "briefs", Some("underwear"), 1), when);
        assert_eq!((final_sale.returnable_quantity, final_sale.reason, final_sale.returnable_until), (0, Some(NotReturnable::FinalSale), None));
        assert_eq!(final_sale.reason.unwrap().message(), "Final sale");
        assert_eq!(check(&line(2, "gift-card", None, 1), when).reason, Some(NotReturnable::FinalSale));
        let bikini = line(3, "bikini", Some("swimwear"), 1);
        assert_eq!(check(&bikini, at(date(2026, 3, 15), 12, 0, 0)).returnable_quantity, 1);
        assert_eq!(
            check(&bikini, at(date(2026, 3, 16), 0, 0, 0)).reason,
            Some(NotReturnable::WindowClosed { closed_on: date(2026, 3, 15) })
        );
        assert_eq!(check(&line(4, "boots", None, 1), at(date(2026, 5, 30), 12, 0, 0)).returnable_quantity, 1);
    }

    #[test]
    fn messages_and_wire_format() {
        assert_eq!(long_date(date(2026, 3, 12)), "12 March 2026");
        assert_eq!(long_date(date(2027, 1, 1)), "1 January 2027");
        assert_eq!(NotReturnable::AlreadyReturned.message(), "Already returned");
        assert_eq!(NotReturnable::NotDelivered.message(), "Not delivered yet");
        assert!(!NotReturnable::InOpenReturn.message().is_empty());
        let closed = NotReturnable::WindowClosed { closed_on: date(2026, 3, 12) };
        assert_eq!(closed.message(), "The return window closed on 12 March 2026");
        assert_eq!(serde_json::to_value(closed).unwrap(), serde_json::json!({ "code": "window_closed", "closed_on": "2026-03-12" }));
        assert_eq!(serde_json::to_value(NotReturnable::FinalSale).unwrap(), serde_json::json!({ "code": "final_sale" }));
        for r in Resolution::ALL {
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.as_str()));
            assert_eq!(Resolution::parse(r.as_str()), Some(r));
        }
        assert_eq!(Resolution::StoreCredit.as_str(), "store_credit");
        // A policy saved before reasons existed gets the default list.
        let p: ReturnPolicy = serde_json::from_str(r#"{"window_days":14}"#).unwrap();
        assert_eq!(p, ReturnPolicy { window_days: 14, ..ReturnPolicy::default() });
        assert_eq!(p.reason("arrived_damaged").map(|r| r.photo_required), Some(true));
        assert_eq!(p.reason("too_small").map(|r| r.photo_required), Some(false));
        let reasons = default_reasons();
        let codes: BTreeSet<_> = reasons.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes.len(), reasons.len(), "codes are unique");
    }

    fn req(line_id: i64, quantity: i64, reason: &str, resolution: Resolution, variant: Option<i64>) -> ReturnRequestLine {
        ReturnRequestLine { line_id, quantity, reason: reason.into(), comment: None, resolution, exchange_variant_id: variant }
    }

    #[test]
    fn validation_errors_are_keyed_by_field() {
        let ok = |id, q| Returnable { line_id: id, returnable_quantity: q, reason: None, returnable_until: Some(date(2026, 3, 31)) };
        let returnables = [
            ok(1, 2),
            ok(2, 1),
            Returnable { line_id: 3, returnable_quantity: 0, reason: Some(NotReturnable::FinalSale), returnable_until: None },
        ];
        let reasons = default_reasons();
        let check = |lines: &[ReturnRequestLine], photos: &[usize]| validate_request(lines, &returnables, &reasons, photos);
        use Resolution::*;

        assert_eq!(check(&[req(1, 2, "too_small", Refund, None), req(2, 1, "arrived_damaged", Exchange, Some(42))], &[0, 1]), Ok(()));
        assert_eq!(check(&[req(2, 1, "changed_mind", StoreCredit, None)], &[]), Ok(()));

        let empty = check(&[], &[]).unwrap_err();
        assert_eq!(empty.message, "Check the items you want to return.");
        assert_eq!(empty.field("lines"), Some("Choose at least one item to return."));

        let err = check(
            &[
                req(1, 3, "", Exchange, None),
                req(2, 0, "arrived_damaged", Refund, Some(5)),
                req(3, 1, "too_big", Refund, None),
                req(9, 1, "nope", StoreCredit, None),
                req(1, 1, "wrong_item", Refund, None),
            ],
            &[0, 0],
        )
        .unwrap_err();
        let expected: [(&str, &str); 10] = [
            ("lines[0].quantity", "You can return at most 2."),
            ("lines[0].reason", "Choose a reason."),
            ("lines[0].exchange_variant_id", "Choose the variant you want instead."),
            ("lines[1].quantity", "Return at least 1."),
            ("lines[1].photos", "Add at least one photo for \u{201c}Arrived damaged\u{201d}."),
            ("lines[1].exchange_variant_id", "Choose a variant only when exchanging."),
            ("lines[2].line_id", "Final sale."),
            ("lines[3].line_id", "This item isn't on this order."),
            ("lines[3].reason", "Choose one of the listed reasons."),
            ("lines[4].line_id", "This item is listed twice; list it once with the total quantity."),
        ];
        for (field, problem) in expected {
            assert_eq!(err.field(field), Some(problem), "{field}");
        }
        // Line 4 also lacks its photo ("wrong item" needs one, and photos[4] is missing).
        assert_eq!(err.field("lines[4].photos"), Some("Add at least one photo for \u{201c}Wrong item sent\u{201d}."));
        assert_eq!(err.errors.len(), expected.len() + 1, "{:?}", err.errors);
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["errors"]["lines[0].reason"], serde_json::json!(["Choose a reason."]));
    }

    #[test]
    fn pro_rata_refunds_add_up_to_the_line_total() {
        // 3 shirts for $10.00 after a discount.
        let total = usd(1000);
        assert_eq!(refundable_amount(total, 3, 0, 1), usd(333));
        assert_eq!(refundable_amount(total, 3, 1, 1), usd(334));
        assert_eq!(refundable_amount(total, 3, 2, 1), usd(333));
        assert_eq!(refundable_amount(total, 3, 0, 2), usd(667));
        assert_eq!(refundable_amount(total, 3, 2, 1).plus(refundable_amount(total, 3, 0, 2)), total);
        assert_eq!(refundable_amount(total, 3, 0, 3), total);
        // Units that were never bought refund nothing (spree PR#14678).
        assert_eq!(refundable_amount(total, 3, 3, 1), usd(0));
        assert_eq!(refundable_amount(total, 3, 2, 5), usd(333));
        assert_eq!(refundable_amount(total, 0, 0, 1), usd(0));
        assert_eq!(refundable_amount(total, 3, 0, 0), usd(0));
        // A tiny total over many units: shares of zero, never a negative last unit.
        let five_cents = usd(5);
        let each: Vec<i64> = (0..10).map(|k| refundable_amount(five_cents, 10, k, 1).to_minor().unwrap()).collect();
        assert_eq!(each, [1, 0, 1, 0, 1, 0, 1, 0, 1, 0]); // half a cent rounds up, then the next share is 0
        // Half away from zero: ¥1001 for 2 is 500.5 → 501, then 500.
        let jpy = Money::from_minor(1001, Currency::Jpy);
        assert_eq!(refundable_amount(jpy, 2, 0, 1), Money::from_minor(501, Currency::Jpy));
        assert_eq!(refundable_amount(jpy, 2, 1, 1), Money::from_minor(500, Currency::Jpy));
        let kwd = Money::from_minor(10_000, Currency::Kwd);
        assert_eq!(refundable_amount(kwd, 3, 0, 1).amount.to_string(), "3.333");
        assert_eq!(refundable_amount(kwd, 3, 1, 1).amount.to_string(), "3.334");
    }

    #[test]
    fn store_credit_bonus_rounds_once_half_away_from_zero() {
        assert_eq!(store_credit(usd(999), 10), usd(1099)); // 10.989
        assert_eq!(store_credit(usd(5), 10), usd(6)); // 0.055
        assert_eq!(store_credit(usd(1999), 0), usd(1999));
        assert_eq!(store_credit(Money::from_minor(995, Currency::Jpy), 10), Money::from_minor(1095, Currency::Jpy)); // 1094.5
        assert_eq!(store_credit(Money::from_minor(1005, Currency::Kwd), 15), Money::from_minor(1156, Currency::Kwd)); // 1.15575
        assert_eq!(store_credit(usd(1000), 100), usd(2000));
    }

    #[test]
    fn exchange_differences() {
        assert_eq!(exchange_difference(usd(2500), usd(3000), 2), usd(1000), "dearer: the shopper pays");
        assert_eq!(exchange_difference(usd(3000), usd(2500), 1), usd(-500), "cheaper: refunded");
        assert_eq!(exchange_difference(usd(2500), usd(2500), 3), usd(0));
        assert!(exchange_difference(usd(3000), usd(2500), 1).is_negative());
        assert_eq!(exchange_difference(usd(2500), usd(3000), 2).amount.to_string(), "10.00");
        let jpy = |m| Money::from_minor(m, Currency::Jpy);
        assert_eq!(exchange_difference(jpy(1500), jpy(1800), 2), jpy(600));
    }

    #[test]
    fn refunds_never_exceed_what_was_captured() {
        // saleor#19645 (refunds above the captured amount) and double refunds on retry.
        assert_eq!(refund_cap(usd(5000), usd(0), usd(5000)), Ok(usd(5000)));
        assert_eq!(refund_cap(usd(5000), usd(2000), usd(3000)), Ok(usd(3000)));
        let over = refund_cap(usd(5000), usd(2000), usd(3001)).unwrap_err();
        assert_eq!(over.code, RefundRefusalCode::ExceedsCaptured);
        assert_eq!(over.remaining, usd(3000));
        assert_eq!(over.message, "Only 30.00 USD of this payment is left to refund, not 30.01 USD.");
        let again = refund_cap(usd(5000), usd(5000), usd(5000)).unwrap_err();
        assert_eq!((again.code, again.remaining), (RefundRefusalCode::FullyRefunded, usd(0)));
        assert_eq!(refund_cap(usd(5000), usd(6000), usd(1)).unwrap_err().remaining, usd(0));
        assert_eq!(refund_cap(usd(5000), usd(0), usd(0)).unwrap_err().code, RefundRefusalCode::InvalidAmount);
        assert_eq!(refund_cap(usd(5000), usd(0), usd(-100)).unwrap_err().code, RefundRefusalCode::InvalidAmount);
        let eur = Money::from_minor(100, Currency::Eur);
        assert_eq!(refund_cap(usd(5000), usd(0), eur).unwrap_err().code, RefundRefusalCode::CurrencyMismatch);
        // Sub-cent requests are rounded before the check: 30.004 fits, 30.005 becomes 30.01 and doesn't.
        let d = |s| Money::new(Decimal::from_str_exact(s).unwrap(), Currency::Usd);
        assert_eq!(refund_cap(usd(5000), usd(2000), d("30.004")), Ok(usd(3000)));
        assert_eq!(refund_cap(usd(5000), usd(2000), d("30.005")).unwrap_err().code, RefundRefusalCode::ExceedsCaptured);
        let json = serde_json::to_value(&over).unwrap();
        assert_eq!(json["code"], "exceeds_captured");
        assert_eq!(json["remaining"], serde_json::json!({ "amount": "30.00", "currency": "USD" }));
    }

    fn events() -> [ReturnEvent; 9] {
        use ReturnEvent as E;
        [E::Approve, E::Ship, E::Receive, E::Inspect, E::Refund, E::Credit, E::Exchange, E::Reject { reason: "Worn".into() }, E::Cancel]
    }

    #[test]
    fn every_allowed_and_refused_return_transition() {
        use ReturnRefusalCode as C;
        use ReturnStatus::*;
        type R = Result<ReturnStatus, ReturnRefusalCode>;
        let closed: [R; 9] = [Err(C::Closed); 9];
        // Columns: Approve, Ship, Receive, Inspect, Refund, Credit, Exchange, Reject, Cancel.
        let table: [(ReturnStatus, [R; 9]); 10] = [
            (Requested, [Ok(Approved), Err(C::NotApproved), Err(C::NotApproved), Err(C::NotReceived), Err(C::NotReceived), Err(C::NotReceived), Err(C::NotReceived), Ok(Rejected), Ok(Canceled)]),
            (Approved, [Err(C::AlreadyApproved), Ok(InTransit), Ok(Received), Err(C::NotReceived), Err(C::NotReceived), Err(C::NotReceived), Err(C::NotReceived), Err(C::AwaitingParcel), Ok(Canceled)]),
            (InTransit, [Err(C::AlreadyApproved), Err(C::AlreadyShipped), Ok(Received), Err(C::NotReceived), Err(C::NotReceived), Err(C::NotReceived), Err(C::NotReceived), Err(C::AwaitingParcel), Err(C::AlreadyShipped)]),
            (Received, [Err(C::AlreadyApproved), Err(C::AlreadyReceived), Err(C::AlreadyReceived), Ok(Inspected), Err(C::NotInspected), Err(C::NotInspected), Err(C::NotInspected), Ok(Rejected), Err(C::AlreadyReceived)]),
            (Inspected, [Err(C::AlreadyApproved), Err(C::AlreadyReceived), Err(C::AlreadyReceived), Err(C::AlreadyInspected), Ok(Refunded), Ok(Credited), Ok(Exchanged), Ok(Rejected), Err(C::AlreadyReceived)]),
            (Refunded, closed),
            (Credited, closed),
            (Exchanged, closed),
            (Rejected, closed),
            (Canceled, closed),
        ];
        assert_eq!(table.map(|(s, _)| s), ReturnStatus::ALL, "one row per status");
        for (status, expected) in table {
            for (event, want) in events().iter().zip(expected) {
                let got = transition(status, event);
                assert_eq!(got.as_ref().map(|s| *s).map_err(|r| r.code), want, "{status:?} + {event:?}");
                if let Err(r) = got {
                    assert!(r.message.ends_with('.') && r.message.len() > 15, "{status:?} + {event:?}: {}", r.message);
                }
            }
        }
        // A rejection needs a reason the shopper can read.
        let blank = transition(Inspected, &ReturnEvent::Reject { reason: "  ".into() }).unwrap_err();
        assert_eq!(blank.code, C::ReasonRequired);
        assert_eq!(transition(Refunded, &ReturnEvent::Refund).unwrap_err().message, "This return was already refunded.");
    }

    #[test]
    fn return_spellings_and_stepper() {
        for s in ReturnStatus::ALL {
            assert_eq!(ReturnStatus::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.as_str()));
            assert!(!s.label().is_empty());
            assert_eq!(s.is_open(), !s.is_final());
        }
        assert_eq!(ReturnStatus::parse("InTransit"), None);
        let e: ReturnEvent = serde_json::from_str(r#"{"type":"reject","reason":"Worn and washed"}"#).unwrap();
        assert_eq!(e, ReturnEvent::Reject { reason: "Worn and washed".into() });
        assert_eq!(serde_json::to_value(ReturnEvent::Receive).unwrap(), serde_json::json!({ "type": "receive" }));

        let steps = milestones(ReturnStatus::InTransit);
        assert_eq!(steps.len(), 6);
        let flags: Vec<(bool, bool)> = steps.iter().map(|s| (s.done, s.current)).collect();
        assert_eq!(flags, [(true, false), (true, false), (false, true), (false, false), (false, false), (false, false)]);
        assert_eq!(steps[2].label, "On its way back");
        assert_eq!(steps[5].label, "Resolved");
        let credited = milestones(ReturnStatus::Credited);
        assert!(credited[5].current && credited[..5].iter().all(|s| s.done));
        assert_eq!(credited[5].label, "Store credit issued");
        assert_eq!(milestones(ReturnStatus::Refunded)[5].label, "Refunded");
        assert!(milestones(ReturnStatus::Rejected).is_empty());
        assert!(milestones(ReturnStatus::Canceled).is_empty());
        for m in ReturnMilestone::ALL {
            assert_eq!(serde_json::to_string(&m).unwrap(), format!("\"{}\"", m.as_str()));
        }
    }

    fn return_event() -> impl Strategy<Value = ReturnEvent> {
        (0..10usize).prop_map(|i| match i {
            9 => ReturnEvent::Reject { reason: String::new() },
            i => events()[i].clone(),
        })
    }

    fn currency() -> impl Strategy<Value = Currency> {
        prop_oneof![Just(Currency::Usd), Just(Currency::Jpy), Just(Currency::Kwd), Just(Currency::Eur)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn no_event_sequence_leaves_a_final_state(events in prop::collection::vec(return_event(), 0..30)) {
            let mut status = ReturnStatus::Requested;
            let mut seen = vec![status];
            for e in &events {
                match transition(status, e) {
                    Ok(next) => {
                        prop_assert!(!status.is_final(), "{:?} left a final state", status);
                        status = next;
                        seen.push(next);
                    }
                    Err(r) => prop_assert_eq!(r.code == ReturnRefusalCode::Closed, status.is_final()),
                }
            }
            if matches!(status, ReturnStatus::Refunded | ReturnStatus::Credited | ReturnStatus::Exchanged) {
                prop_assert!(seen.contains(&ReturnStatus::Received) && seen.contains(&ReturnStatus::Inspected), "resolved without the items: {:?}", seen);
            }
            let finals = seen.iter().filter(|s| s.is_final()).count();
            prop_assert!(finals <= 1);
        }

        #[test]
        fn refunds_sum_to_the_line_total_however_returned(
            total in 0i64..2_000_000_000,
            bought in 1i64..60,
            cuts in prop::collection::vec(1i64..10, 0..20),
            c in currency(),
        ) {
            let line_total = Money::from_minor(total, c);
            let mut returned = 0;
            let mut sum = Money::zero(c);
            let mut batches: Vec<i64> = cuts.into_iter().collect();
            batches.push(bought);
            for n in batches {
                let n = n.min(bought - returned);
                let refund = refundable_amount(line_total, bought, returned, n);
                prop_assert!(!refund.is_negative());
                prop_assert!(refund.is_exact());
                // Within one minor unit of the exact pro-rata share.
                let exact = line_total.amount * Decimal::from(n) / Decimal::from(bought);
                let minor = Decimal::new(1, c.minor_units());
                prop_assert!((refund.amount - exact).abs() <= minor, "{} vs {}", refund.amount, exact);
                sum = sum.plus(refund);
                returned += n;
            }
            prop_assert_eq!(returned, bought);
            prop_assert_eq!(sum.to_minor(), Some(total));
            prop_assert!(refundable_amount(line_total, bought, returned, 1).is_zero());
        }

        #[test]
        fn refund_cap_never_lets_the_total_pass_the_capture(
            captured in 1i64..1_000_000,
            requests in prop::collection::vec(-10i64..400_000, 1..12),
            c in currency(),
        ) {
            let captured_total = Money::from_minor(captured, c);
            let mut refunded = Money::zero(c);
            for r in requests {
                match refund_cap(captured_total, refunded, Money::from_minor(r, c)) {
                    Ok(amount) => {
                        prop_assert!(amount.amount > Decimal::ZERO);
                        refunded = refunded.plus(amount);
                    }
                    Err(refusal) => prop_assert_eq!(refusal.remaining, captured_total.minus(refunded)),
                }
                prop_assert!(refunded.amount <= captured_total.amount);
            }
        }

        #[test]
        fn returnable_never_exceeds_what_is_left(
            bought in 0i64..6,
            delivered_q in 0i64..8,
            returned in 0i64..6,
            open in 0i64..6,
            days_later in 0i64..40,
            offset in -720i32..=840,
        ) {
            let l = line(1, "x", None, bought);
            let when = at(date(2026, 3, 1), 12, 0, 0);
            let facts = LineFacts { delivered_quantity: delivered_q, delivered_at: Some(when), returned_quantity: returned, open_return_quantity: open };
            let r = returnable(&l, &facts, &policy(offset), when + days_later * DAY);
            prop_assert!(r.returnable_quantity >= 0);
            prop_assert!(r.returnable_quantity <= delivered_q.min(bought) - returned - open || r.returnable_quantity == 0);
            prop_assert_eq!(r.reason.is_some(), r.returnable_quantity == 0);
            if days_later <= 29 && r.returnable_quantity == 0 {
                let closed = matches!(r.reason, Some(NotReturnable::WindowClosed { .. }));
                prop_assert!(!closed, "closed on day {}", days_later);
            }
        }
    }
}
