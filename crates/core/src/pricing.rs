//! Cart pricing: subtotal, discounts, shipping, tax and total, computed by
//! the same code in the browser (instant feedback) and on the server (which
//! decides; client-sent amounts are never used).
//!
//! All arithmetic is on integer minor units of one currency. Rounding happens
//! at exactly these points, each with [`ROUNDING`](crate::ROUNDING) (half
//! away from zero) to the currency's minor units:
//! 1. a percentage discount, per line;
//! 2. a fixed-amount discount is split over lines in proportion to what they
//!    still cost, by largest remainder, so the parts sum to the amount exactly;
//! 3. tax, per line and on shipping.
//!
//! Everything else is exact sums, so for every cart:
//! `total = subtotal - discount_total + shipping + (tax_total unless tax is included in prices)`.
//!
//! ```
//! use vitrine_core::pricing::*;
//! use vitrine_core::{Currency, Money};
//! let usd = |c| Money::from_minor(c, Currency::Usd);
//! let input = PricingInput {
//!     currency: Currency::Usd,
//!     lines: vec![PriceLine { key: 1, unit_price: usd(1999), quantity: 3, category: "tees".into() }],
//!     discount: Some(Discount::percentage("TEN", 10)),
//!     shipping: Some(ShippingRate::flat("standard", "Standard", usd(500))),
//!     tax: Some(TaxRate { name: "Sales tax".into(), rate: "0.0725".parse().unwrap(), shipping_taxable: false }),
//!     tax_inclusive: false,
//!     now: 0,
//! };
//! let t = price(&input);
//! assert_eq!(t.subtotal, usd(5997));
//! assert_eq!(t.discount_total, usd(600)); // 10% of 59.97 = 5.997 -> 6.00
//! assert_eq!(t.tax_total, usd(391));      // 7.25% of 53.97 = 3.9128 -> 3.91
//! assert_eq!(t.total, usd(5997 - 600 + 500 + 391));
//! ```

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::{round_to, Currency, Money};

/// Most units of one variant a cart line may hold.
pub const MAX_LINE_QUANTITY: i64 = 99;

/// A cart line as pricing sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceLine {
    /// Identifies the line in the result (the cart line id).
    pub key: i64,
    pub unit_price: Money,
    pub quantity: i64,
    /// Category handle, for category-restricted discounts.
    pub category: String,
}

/// What a discount code takes off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DiscountKind {
    /// A percentage of each eligible line, 0 < percent <= 100.
    Percentage {
        #[serde(with = "rust_decimal::serde::str")]
        #[cfg_attr(feature = "openapi", schema(value_type = String, example = "15"))]
        percent: Decimal,
    },
    /// An amount off the order, split over eligible lines; never more than they cost.
    FixedAmount { amount: Money },
    /// Shipping costs nothing.
    FreeShipping,
}

/// A discount code and its conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Discount {
    pub code: String,
    pub kind: DiscountKind,
    /// The cart's subtotal must reach this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_subtotal: Option<Money>,
    /// Only lines of this category are discounted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_limit: Option<i64>,
    #[serde(default)]
    pub times_used: i64,
}

impl Discount {
    /// An unconditional percentage code.
    pub fn percentage(code: &str, percent: i64) -> Discount {
        Discount::new(code, DiscountKind::Percentage { percent: Decimal::from(percent) })
    }

    pub fn new(code: &str, kind: DiscountKind) -> Discount {
        Discount {
            code: code.to_string(),
            kind,
            minimum_subtotal: None,
            category: None,
            starts_at: None,
            expires_at: None,
            usage_limit: None,
            times_used: 0,
        }
    }

    /// Whether the code can be used now on a cart with these lines.
    pub fn check(&self, now: i64, subtotal: Money, lines: &[PriceLine]) -> Result<(), DiscountProblem> {
        if self.starts_at.is_some_and(|s| now < s) {
            return Err(DiscountProblem::NotStarted);
        }
        if self.expires_at.is_some_and(|e| now >= e) {
            return Err(DiscountProblem::Expired);
        }
        if self.usage_limit.is_some_and(|l| self.times_used >= l) {
            return Err(DiscountProblem::UsedUp);
        }
        if let Some(min) = self.minimum_subtotal {
            if subtotal.amount < min.amount {
                return Err(DiscountProblem::MinimumNotReached { minimum: min, missing: min.minus(subtotal) });
            }
        }
        if let Some(c) = &self.category {
            if !lines.iter().any(|l| &l.category == c) {
                return Err(DiscountProblem::NoEligibleItems);
            }
        }
        Ok(())
    }
}

/// Why a code does not apply, in words a shopper can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum DiscountProblem {
    NotFound,
    NotStarted,
    Expired,
    UsedUp,
    MinimumNotReached { minimum: Money, missing: Money },
    NoEligibleItems,
}

impl DiscountProblem {
    /// A sentence for the shopper; amounts are formatted by the caller's locale.
    pub fn message(&self, format: impl Fn(Money) -> String) -> String {
        match self {
            DiscountProblem::NotFound => crate::t!("core-discount-not-found"),
            DiscountProblem::NotStarted => crate::t!("core-discount-not-started"),
            DiscountProblem::Expired => crate::t!("core-discount-expired"),
            DiscountProblem::UsedUp => crate::t!("core-discount-used-up"),
            DiscountProblem::MinimumNotReached { minimum, missing } => {
                crate::t!("core-discount-minimum", minimum = format(*minimum), missing = format(*missing))
            }
            DiscountProblem::NoEligibleItems => crate::t!("core-discount-no-eligible-items"),
        }
    }
}

/// A way to ship, with its price and delivery estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingRate {
    pub id: String,
    pub name: String,
    pub price: Money,
    /// Shipping is free when the discounted subtotal reaches this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_over: Option<Money>,
    /// Business days to deliver.
    pub min_days: u32,
    pub max_days: u32,
}

impl ShippingRate {
    pub fn flat(id: &str, name: &str, price: Money) -> ShippingRate {
        ShippingRate { id: id.into(), name: name.into(), price, free_over: None, min_days: 3, max_days: 5 }
    }
}

/// The tax that applies at the shipping destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaxRate {
    /// "VAT", "Sales tax", "GST".
    pub name: String,
    /// A fraction: 0.2 is 20 %.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "0.0725"))]
    pub rate: Decimal,
    pub shipping_taxable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricingInput {
    pub currency: Currency,
    pub lines: Vec<PriceLine>,
    pub discount: Option<Discount>,
    /// The chosen (or cheapest) shipping rate; `None` until a destination is known.
    pub shipping: Option<ShippingRate>,
    /// `None` until a destination is known.
    pub tax: Option<TaxRate>,
    /// Prices include tax (VAT-style) instead of tax being added.
    pub tax_inclusive: bool,
    /// Unix seconds, for code validity.
    pub now: i64,
}

/// One line's share of the totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LineTotals {
    pub key: i64,
    /// unit price x quantity.
    pub subtotal: Money,
    /// Every discount on this line (percentage, and its share of a fixed amount).
    pub discount: Money,
    /// subtotal - discount.
    pub total: Money,
    /// Tax on `total` (included in it when prices include tax).
    pub tax: Money,
}

/// The breakdown a cart shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Totals {
    pub currency: Currency,
    pub subtotal: Money,
    /// Line discounts plus a free-shipping discount.
    pub discount_total: Money,
    /// The shipping price before a free-shipping code; `None` until a destination is known.
    pub shipping: Option<Money>,
    pub tax_total: Money,
    /// True when `tax_total` is already inside the prices (VAT); false when added on top.
    pub tax_included: bool,
    pub total: Money,
    pub lines: Vec<LineTotals>,
    /// The discount code in effect, if it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_code: Option<String>,
    /// Why the cart's code does not apply (it stays on the cart, and applies
    /// again when the cart qualifies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_problem: Option<DiscountProblem>,
    /// Units over all lines.
    pub item_count: i64,
}

impl Totals {
    /// The totals of an empty cart.
    pub fn empty(currency: Currency) -> Totals {
        price(&PricingInput {
            currency,
            lines: Vec::new(),
            discount: None,
            shipping: None,
            tax: None,
            tax_inclusive: false,
            now: 0,
        })
    }
}

fn minor(m: Money, currency: Currency) -> i128 {
    debug_assert_eq!(m.currency, currency);
    i128::from(m.to_minor().unwrap_or(0))
}

fn money(v: i128, currency: Currency) -> Money {
    Money::from_minor(i64::try_from(v).unwrap_or(i64::MAX), currency)
}

fn percent_of(amount: i128, percent: Decimal, currency: Currency) -> i128 {
    let units = Decimal::from_i128_with_scale(amount, currency.minor_units());
    let part = round_to(units * percent / Decimal::from(100), currency);
    minor(Money::new(part, currency), currency)
}

fn tax_of(amount: i128, tax: &TaxRate, inclusive: bool, currency: Currency) -> i128 {
    if amount <= 0 || tax.rate <= Decimal::ZERO {
        return 0;
    }
    let units = Decimal::from_i128_with_scale(amount, currency.minor_units());
    let t = if inclusive { units * tax.rate / (Decimal::ONE + tax.rate) } else { units * tax.rate };
    minor(Money::new(round_to(t, currency), currency), currency)
}

/// Splits `amount` over `weights` in proportion, exactly (largest remainder;
/// ties go to the earlier line).
fn allocate(amount: i128, weights: &[i128]) -> Vec<i128> {
    let total: i128 = weights.iter().sum();
    if total <= 0 || amount <= 0 {
        return vec![0; weights.len()];
    }
    let mut parts: Vec<i128> = weights.iter().map(|w| amount * w / total).collect();
    let mut left = amount - parts.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse((amount * weights[i]) % total), i));
    for i in order {
        if left == 0 {
            break;
        }
        if weights[i] > parts[i] {
            parts[i] += 1;
            left -= 1;
        }
    }
    parts
}

/// Prices a cart. Pure: same input, same output, in the browser and on the server.
pub fn price(input: &PricingInput) -> Totals {
    let c = input.currency;
    let subtotals: Vec<i128> = input.lines.iter().map(|l| minor(l.unit_price, c) * i128::from(l.quantity.max(0))).collect();
    let subtotal: i128 = subtotals.iter().sum();
    let mut discounts = vec![0i128; input.lines.len()];
    let mut free_shipping = false;
    let mut discount_code = None;
    let mut discount_problem = None;
    if let Some(d) = &input.discount {
        match d.check(input.now, money(subtotal, c), &input.lines) {
            Ok(()) => {
                discount_code = Some(d.code.clone());
                let eligible = |i: usize| d.category.as_ref().is_none_or(|cat| &input.lines[i].category == cat);
                match &d.kind {
                    DiscountKind::Percentage { percent } => {
                        let percent = (*percent).clamp(Decimal::ZERO, Decimal::from(100));
                        for (i, s) in subtotals.iter().enumerate() {
                            if eligible(i) {
                                discounts[i] = percent_of(*s, percent, c).min(*s);
                            }
                        }
                    }
                    DiscountKind::FixedAmount { amount } => {
                        let weights: Vec<i128> =
                            subtotals.iter().enumerate().map(|(i, s)| if eligible(i) { *s } else { 0 }).collect();
                        let off = minor(*amount, c).max(0).min(weights.iter().sum());
                        discounts = allocate(off, &weights);
                    }
                    DiscountKind::FreeShipping => free_shipping = true,
                }
            }
            Err(p) => discount_problem = Some(p),
        }
    }
    let line_discount: i128 = discounts.iter().sum();
    let after_discounts = subtotal - line_discount;
    let empty = input.lines.iter().all(|l| l.quantity <= 0);
    let shipping = match (&input.shipping, empty) {
        (Some(rate), false) => {
            let free = rate.free_over.is_some_and(|f| after_discounts >= minor(f, c));
            Some(if free { 0 } else { minor(rate.price, c) })
        }
        (Some(_), true) => Some(0),
        (None, _) => None,
    };
    let shipping_discount = if free_shipping { shipping.unwrap_or(0) } else { 0 };
    let mut lines = Vec::with_capacity(input.lines.len());
    let mut tax_total = 0i128;
    for (i, l) in input.lines.iter().enumerate() {
        let net = subtotals[i] - discounts[i];
        let tax = input.tax.as_ref().map(|t| tax_of(net, t, input.tax_inclusive, c)).unwrap_or(0);
        tax_total += tax;
        lines.push(LineTotals {
            key: l.key,
            subtotal: money(subtotals[i], c),
            discount: money(discounts[i], c),
            total: money(net, c),
            tax: money(tax, c),
        });
    }
    if let (Some(t), Some(s)) = (&input.tax, shipping) {
        if t.shipping_taxable {
            tax_total += tax_of(s - shipping_discount, t, input.tax_inclusive, c);
        }
    }
    let discount_total = line_discount + shipping_discount;
    let added_tax = if input.tax_inclusive { 0 } else { tax_total };
    let total = subtotal - discount_total + shipping.unwrap_or(0) + added_tax;
    Totals {
        currency: c,
        subtotal: money(subtotal, c),
        discount_total: money(discount_total, c),
        shipping: shipping.map(|s| money(s, c)),
        tax_total: money(tax_total, c),
        tax_included: input.tax_inclusive,
        total: money(total, c),
        lines,
        discount_code,
        discount_problem,
        item_count: input.lines.iter().map(|l| l.quantity.max(0)).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd(c: i64) -> Money {
        Money::from_minor(c, Currency::Usd)
    }

    fn line(key: i64, cents: i64, qty: i64, cat: &str) -> PriceLine {
        PriceLine { key, unit_price: usd(cents), quantity: qty, category: cat.into() }
    }

    fn input(lines: Vec<PriceLine>) -> PricingInput {
        PricingInput { currency: Currency::Usd, lines, discount: None, shipping: None, tax: None, tax_inclusive: false, now: 1000 }
    }

    #[test]
    fn fixed_amount_splits_exactly_and_never_exceeds_the_cart() {
        let mut i = input(vec![line(1, 1000, 1, "a"), line(2, 1000, 1, "a"), line(3, 1000, 1, "a")]);
        i.discount = Some(Discount::new("TEN", DiscountKind::FixedAmount { amount: usd(1000) }));
        let t = price(&i);
        let parts: Vec<i64> = t.lines.iter().map(|l| l.discount.to_minor().unwrap()).collect();
        assert_eq!(parts, [334, 333, 333]);
        i.discount = Some(Discount::new("BIG", DiscountKind::FixedAmount { amount: usd(99_999) }));
        let t = price(&i);
        assert_eq!(t.discount_total, usd(3000));
        assert_eq!(t.total, usd(0));
    }

    #[test]
    fn codes_explain_why_they_do_not_apply() {
        let lines = vec![line(1, 2000, 1, "tees")];
        let mut d = Discount::percentage("SAVE", 10);
        d.minimum_subtotal = Some(usd(5000));
        let mut i = input(lines.clone());
        i.discount = Some(d.clone());
        let t = price(&i);
        assert_eq!(t.discount_total, usd(0));
        assert_eq!(t.discount_problem, Some(DiscountProblem::MinimumNotReached { minimum: usd(5000), missing: usd(3000) }));
        assert_eq!(
            t.discount_problem.unwrap().message(|m| m.format(crate::Locale::EN_US)),
            "That code needs a subtotal of at least $50.00. Add $30.00 more to use it."
        );
        d.minimum_subtotal = None;
        d.expires_at = Some(1000);
        i.discount = Some(d.clone());
        assert_eq!(price(&i).discount_problem, Some(DiscountProblem::Expired));
        d.expires_at = None;
        d.usage_limit = Some(5);
        d.times_used = 5;
        i.discount = Some(d.clone());
        assert_eq!(price(&i).discount_problem, Some(DiscountProblem::UsedUp));
        d.usage_limit = None;
        d.category = Some("mugs".into());
        i.discount = Some(d);
        assert_eq!(price(&i).discount_problem, Some(DiscountProblem::NoEligibleItems));
    }

    #[test]
    fn free_shipping_thresholds_and_codes() {
        let mut rate = ShippingRate::flat("std", "Standard", usd(700));
        rate.free_over = Some(usd(7500));
        let mut i = input(vec![line(1, 5000, 1, "a")]);
        i.shipping = Some(rate.clone());
        assert_eq!(price(&i).shipping, Some(usd(700)));
        i.lines[0].quantity = 2;
        assert_eq!(price(&i).shipping, Some(usd(0)), "over the threshold");
        i.lines[0].quantity = 1;
        i.discount = Some(Discount::new("SHIPFREE", DiscountKind::FreeShipping));
        let t = price(&i);
        assert_eq!((t.shipping, t.discount_total, t.total), (Some(usd(700)), usd(700), usd(5000)));
    }

    #[test]
    fn inclusive_tax_is_carved_out_of_prices() {
        let mut i = input(vec![line(1, 1200, 1, "a")]);
        i.tax = Some(TaxRate { name: "VAT".into(), rate: Decimal::new(20, 2), shipping_taxable: true });
        i.tax_inclusive = true;
        i.shipping = Some(ShippingRate::flat("std", "Standard", usd(600)));
        let t = price(&i);
        assert_eq!(t.tax_total, usd(200 + 100));
        assert_eq!(t.total, usd(1800), "VAT is inside the prices");
        i.tax_inclusive = false;
        assert_eq!(price(&i).total, usd(1800 + 240 + 120));
    }

    #[test]
    fn yen_and_dinar_round_to_their_minor_units() {
        let jpy = |v| Money::from_minor(v, Currency::Jpy);
        let mut i = PricingInput {
            currency: Currency::Jpy,
            lines: vec![PriceLine { key: 1, unit_price: jpy(1999), quantity: 1, category: "a".into() }],
            discount: Some(Discount::percentage("X", 15)),
            shipping: None,
            tax: Some(TaxRate { name: "Consumption tax".into(), rate: Decimal::new(10, 2), shipping_taxable: true }),
            tax_inclusive: false,
            now: 0,
        };
        let t = price(&i);
        assert_eq!(t.discount_total, jpy(300), "15% of 1999 = 299.85 -> 300");
        assert_eq!(t.tax_total, jpy(170), "10% of 1699 = 169.9 -> 170");
        assert_eq!(t.total.amount.to_string(), "1869");
        let kwd = |v| Money::from_minor(v, Currency::Kwd);
        i.currency = Currency::Kwd;
        i.lines[0].unit_price = kwd(12345);
        let t = price(&i);
        assert_eq!(t.discount_total, kwd(1852), "15% of 12.345 = 1.85175 -> 1.852");
        assert_eq!(t.total.amount.to_string(), "11.542");
    }

    #[test]
    fn an_empty_cart_costs_nothing() {
        let mut i = input(vec![]);
        i.shipping = Some(ShippingRate::flat("std", "Standard", usd(700)));
        i.discount = Some(Discount::new("F", DiscountKind::FixedAmount { amount: usd(500) }));
        let t = price(&i);
        assert_eq!((t.total, t.shipping, t.item_count), (usd(0), Some(usd(0)), 0));
    }

    fn arb_discount() -> impl Strategy<Value = Option<Discount>> {
        prop_oneof![
            Just(None),
            (1i64..=100).prop_map(|p| Some(Discount::percentage("P", p))),
            (0i64..2_000_000).prop_map(|a| Some(Discount::new("F", DiscountKind::FixedAmount { amount: usd(a) }))),
            Just(Some(Discount::new("S", DiscountKind::FreeShipping))),
            (1i64..=100, 0i64..500_000).prop_map(|(p, m)| {
                let mut d = Discount::percentage("M", p);
                d.minimum_subtotal = Some(usd(m));
                d.category = Some("b".into());
                Some(d)
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn totals_always_add_up(
            lines in prop::collection::vec((0i64..200_000, 1i64..=MAX_LINE_QUANTITY, prop::bool::ANY), 1..=50),
            discount in arb_discount(),
            ship in prop::option::of((0i64..5_000, prop::option::of(0i64..200_000))),
            tax in prop::option::of((0u32..=30, prop::bool::ANY)),
            inclusive in prop::bool::ANY,
        ) {
            let input = PricingInput {
                currency: Currency::Usd,
                lines: lines.iter().enumerate().map(|(k, (p, q, b))| line(k as i64, *p, *q, if *b { "b" } else { "a" })).collect(),
                discount,
                shipping: ship.map(|(p, f)| ShippingRate { free_over: f.map(usd), ..ShippingRate::flat("s", "S", usd(p)) }),
                tax: tax.map(|(r, s)| TaxRate { name: "T".into(), rate: Decimal::new(i64::from(r), 2), shipping_taxable: s }),
                tax_inclusive: inclusive,
                now: 0,
            };
            let t = price(&input);
            let line_sum = t.lines.iter().fold(usd(0), |a, l| a.plus(l.subtotal));
            prop_assert_eq!(line_sum, t.subtotal);
            let added_tax = if t.tax_included { usd(0) } else { t.tax_total };
            prop_assert_eq!(
                t.subtotal.plus(t.shipping.unwrap_or(usd(0))).plus(added_tax).minus(t.discount_total),
                t.total,
                "sum of lines + shipping + tax - discounts == total"
            );
            prop_assert!(!t.total.is_negative());
            prop_assert!(!t.tax_total.is_negative());
            for l in &t.lines {
                prop_assert!(!l.discount.is_negative() && l.discount.amount <= l.subtotal.amount, "a line discount never exceeds the line");
                prop_assert_eq!(l.total, l.subtotal.minus(l.discount));
            }
            prop_assert!(t.discount_total.amount <= t.subtotal.amount + t.shipping.unwrap_or(usd(0)).amount);
            for m in [t.subtotal, t.total, t.tax_total, t.discount_total] {
                prop_assert!(m.is_exact(), "{:?} has sub-cent digits", m);
                let json = serde_json::to_string(&m).unwrap();
                prop_assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
            }
        }
    }
}
