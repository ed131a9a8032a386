//! Money: an exact [`Decimal`] amount plus an ISO 4217 [`Currency`].
//!
//! There are no floats anywhere. Amounts travel as decimal strings
//! (`{"amount": "19.99", "currency": "USD"}`), are stored as integer minor
//! units, and are rounded to the currency's minor units with one explicit
//! mode, [`ROUNDING`] (half away from zero, "commercial rounding"), at the
//! points the pricing code documents: per line, per tax amount, per discount.
//!
//! ```
//! use vitrine_core::{Currency, Locale, Money};
//! use rust_decimal::Decimal;
//! let m = Money::new(Decimal::new(123450, 2), Currency::Usd);
//! assert_eq!(m.format(Locale::EN_US), "$1,234.50");
//! assert_eq!(Money::new(Decimal::new(123450, 2), Currency::Jpy).format(Locale::JA_JP), "¥1,235");
//! ```

use core::fmt;
use core::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// The one rounding mode Vitrine uses: half away from zero (1.005 -> 1.01,
/// -1.005 -> -1.01, ¥1234.5 -> ¥1235). Banker's rounding surprises shoppers.
pub const ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

macro_rules! currencies {
    ($( $variant:ident => $code:literal, $units:literal, $symbol:literal, $name:literal; )*) => {
        /// An ISO 4217 currency Vitrine can price in.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Currency { $( $variant, )* }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for Currency {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$( $code, )*]))
                    .description(Some("ISO 4217 currency code"))
                    .examples([serde_json::json!("USD")])
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for Currency {}

        impl Currency {
            /// Every supported currency.
            pub const ALL: &'static [Currency] = &[ $( Currency::$variant, )* ];

            /// The three-letter ISO 4217 code.
            pub const fn code(self) -> &'static str {
                match self { $( Currency::$variant => $code, )* }
            }

            /// Digits after the decimal point (ISO 4217 "minor unit"): JPY 0, USD 2, KWD 3.
            pub const fn minor_units(self) -> u32 {
                match self { $( Currency::$variant => $units, )* }
            }

            /// The symbol used where the currency is unambiguous in context.
            pub const fn symbol(self) -> &'static str {
                match self { $( Currency::$variant => $symbol, )* }
            }

            /// English name, for labels and screen readers.
            pub const fn name(self) -> &'static str {
                match self { $( Currency::$variant => $name, )* }
            }

            /// Parses an ISO code, case-insensitively.
            pub fn from_code(code: &str) -> Option<Currency> {
                $( if code.eq_ignore_ascii_case($code) { return Some(Currency::$variant); } )*
                None
            }
        }
    };
}

currencies! {
    Aud => "AUD", 2, "A$", "Australian dollar";
    Bhd => "BHD", 3, "BHD", "Bahraini dinar";
    Cad => "CAD", 2, "CA$", "Canadian dollar";
    Chf => "CHF", 2, "CHF", "Swiss franc";
    Czk => "CZK", 2, "Kč", "Czech koruna";
    Dkk => "DKK", 2, "kr.", "Danish krone";
    Eur => "EUR", 2, "€", "Euro";
    Gbp => "GBP", 2, "£", "Pound sterling";
    Jpy => "JPY", 0, "¥", "Japanese yen";
    Kwd => "KWD", 3, "KWD", "Kuwaiti dinar";
    Nok => "NOK", 2, "kr", "Norwegian krone";
    Nzd => "NZD", 2, "NZ$", "New Zealand dollar";
    Pln => "PLN", 2, "zł", "Polish złoty";
    Sek => "SEK", 2, "kr", "Swedish krona";
    Usd => "USD", 2, "$", "US dollar";
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::from_code(s).ok_or_else(|| format!("unsupported currency code {s:?}"))
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::from_code(&code).ok_or_else(|| serde::de::Error::custom(format!("unsupported currency code {code:?}")))
    }
}

/// An exact amount of one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Money {
    /// Decimal string with the currency's minor units, e.g. "19.99" (USD) or "1500" (JPY).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "19.99"))]
    pub amount: Decimal,
    /// ISO 4217 code.
    pub currency: Currency,
}

impl Money {
    /// An amount as given (not rounded); see [`Money::rounded`].
    pub const fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }

    /// Zero in `currency`, at the currency's scale.
    pub fn zero(currency: Currency) -> Money {
        Money::from_minor(0, currency)
    }

    /// From integer minor units (cents, pence, yen): how amounts are stored.
    pub fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { amount: Decimal::new(minor, currency.minor_units()), currency }
    }

    /// Integer minor units, after rounding with [`ROUNDING`]. `None` if the
    /// amount does not fit an `i64`.
    pub fn to_minor(self) -> Option<i64> {
        let r = self.rounded();
        let mut mantissa = r.amount;
        mantissa.set_scale(0).ok()?;
        i64::try_from(mantissa).ok()
    }

    /// Rounded to the currency's minor units with [`ROUNDING`], always at
    /// exactly that scale ("19.90", not "19.9").
    pub fn rounded(self) -> Money {
        Money { amount: round_to(self.amount, self.currency), currency: self.currency }
    }

    /// True when the amount has no more digits than the currency allows.
    pub fn is_exact(self) -> bool {
        self.amount.normalize().scale() <= self.currency.minor_units()
    }

    pub fn is_zero(self) -> bool {
        self.amount.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }

    /// The amount times an integer quantity (exact).
    pub fn times(self, quantity: i64) -> Money {
        Money { amount: self.amount * Decimal::from(quantity), currency: self.currency }
    }

    /// Sum in the same currency. Panics on mixed currencies in debug builds:
    /// a cart is priced in one currency, so mixing is a bug, not an input error.
    pub fn plus(self, other: Money) -> Money {
        debug_assert_eq!(self.currency, other.currency, "adding money of different currencies");
        Money { amount: self.amount + other.amount, currency: self.currency }
    }

    pub fn minus(self, other: Money) -> Money {
        debug_assert_eq!(self.currency, other.currency, "subtracting money of different currencies");
        Money { amount: self.amount - other.amount, currency: self.currency }
    }

    pub fn min(self, other: Money) -> Money {
        if other.amount < self.amount { other } else { self }
    }

    pub fn max(self, other: Money) -> Money {
        if other.amount > self.amount { other } else { self }
    }

    /// Formats for display in `locale`, rounded to the currency's minor units.
    pub fn format(self, locale: Locale) -> String {
        locale.format(self)
    }
}

/// Rounds to the currency's minor units with [`ROUNDING`], padded to that scale.
pub fn round_to(amount: Decimal, currency: Currency) -> Decimal {
    let units = currency.minor_units();
    let mut d = amount.round_dp_with_strategy(units, ROUNDING);
    d.rescale(units);
    d
}

/// Parses a decimal string strictly ("19.99", "-3", "1500"): no exponents,
/// no thousands separators, no floats.
pub fn parse_decimal(s: &str) -> Result<Decimal, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(crate::t!("core-decimal-empty"));
    }
    let digits_ok = t
        .strip_prefix('-')
        .unwrap_or(t)
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.');
    if !digits_ok || t.matches('.').count() > 1 || t.ends_with('.') || t.starts_with('.') {
        return Err(crate::t!("core-decimal-invalid", value = format!("{t:?}")));
    }
    Decimal::from_str_exact(t).map_err(|_| crate::t!("core-decimal-out-of-range", value = format!("{t:?}")))
}

/// How a locale writes money. A small table, not full CLDR: the locales the
/// storefront offers, written the way `Intl.NumberFormat` writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, e.g. "de-DE".
    pub tag: &'static str,
    decimal: char,
    group: char,
    /// Symbol after the number ("1.234,50 €") instead of before ("$1,234.50").
    symbol_after: bool,
    /// The currency whose short symbol this locale uses without qualification.
    home: Currency,
}

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

impl Locale {
    pub const EN_US: Locale = Locale { tag: "en-US", decimal: '.', group: ',', symbol_after: false, home: Currency::Usd };
    pub const EN_GB: Locale = Locale { tag: "en-GB", decimal: '.', group: ',', symbol_after: false, home: Currency::Gbp };
    pub const EN_CA: Locale = Locale { tag: "en-CA", decimal: '.', group: ',', symbol_after: false, home: Currency::Cad };
    pub const EN_AU: Locale = Locale { tag: "en-AU", decimal: '.', group: ',', symbol_after: false, home: Currency::Aud };
    pub const DE_DE: Locale = Locale { tag: "de-DE", decimal: ',', group: '.', symbol_after: true, home: Currency::Eur };
    pub const FR_FR: Locale = Locale { tag: "fr-FR", decimal: ',', group: NNBSP, symbol_after: true, home: Currency::Eur };
    pub const ES_ES: Locale = Locale { tag: "es-ES", decimal: ',', group: '.', symbol_after: true, home: Currency::Eur };
    pub const IT_IT: Locale = Locale { tag: "it-IT", decimal: ',', group: '.', symbol_after: true, home: Currency::Eur };
    pub const NL_NL: Locale = Locale { tag: "nl-NL", decimal: ',', group: '.', symbol_after: false, home: Currency::Eur };
    pub const JA_JP: Locale = Locale { tag: "ja-JP", decimal: '.', group: ',', symbol_after: false, home: Currency::Jpy };
    pub const SV_SE: Locale = Locale { tag: "sv-SE", decimal: ',', group: NBSP, symbol_after: true, home: Currency::Sek };
    pub const PL_PL: Locale = Locale { tag: "pl-PL", decimal: ',', group: NBSP, symbol_after: true, home: Currency::Pln };

    /// Every locale the formatter knows.
    pub const ALL: &'static [Locale] = &[
        Locale::EN_US, Locale::EN_GB, Locale::EN_CA, Locale::EN_AU, Locale::DE_DE, Locale::FR_FR,
        Locale::ES_ES, Locale::IT_IT, Locale::NL_NL, Locale::JA_JP, Locale::SV_SE, Locale::PL_PL,
    ];

    /// Finds a locale by BCP 47 tag; a bare language ("de") or an unknown
    /// region ("de-AT") falls back to that language's first entry, anything
    /// else to en-US.
    pub fn from_tag(tag: &str) -> Locale {
        if let Some(l) = Locale::ALL.iter().find(|l| l.tag.eq_ignore_ascii_case(tag)) {
            return *l;
        }
        let lang = tag.split(['-', '_']).next().unwrap_or("");
        Locale::ALL
            .iter()
            .find(|l| l.tag.split('-').next().is_some_and(|x| x.eq_ignore_ascii_case(lang)))
            .copied()
            .unwrap_or(Locale::EN_US)
    }

    fn symbol(self, c: Currency) -> &'static str {
        if c == self.home {
            return match c {
                Currency::Aud | Currency::Cad | Currency::Nzd => "$",
                _ => c.symbol(),
            };
        }
        match (self.home, c) {
            // Outside the US, "$" alone is ambiguous.
            (Currency::Usd, _) => c.symbol(),
            (Currency::Eur | Currency::Gbp | Currency::Jpy, Currency::Usd) if self.tag != "en-GB" => "$",
            (_, Currency::Usd) => "US$",
            _ => c.symbol(),
        }
    }

    /// True where [`Locale::format`] writes `currency` exactly as
    /// `Intl.NumberFormat` (ICU) does, so a browser can skip `Intl`, whose
    /// first construction on a page costs 10 to 25 ms of main thread: the
    /// locale's own currency, in the locales whose grouping, spacing and minus
    /// sign this table matches. Not Spanish, Italian or Polish (they group
    /// only from five digits), Dutch ("€ 1,00"), Swedish (a minus sign, not a
    /// hyphen) or Japanese (a full-width yen). Proven against Chromium by the
    /// storefront's component tests.
    pub fn writes_like_intl(self, currency: Currency) -> bool {
        currency == self.home && matches!(self.tag, "en-US" | "en-GB" | "en-CA" | "en-AU" | "de-DE" | "fr-FR")
    }

    /// Formats `money` the way this locale writes it, rounded with [`ROUNDING`].
    pub fn format(self, money: Money) -> String {
        let rounded = round_to(money.amount, money.currency);
        let negative = rounded.is_sign_negative() && !rounded.is_zero();
        let text = rounded.abs().to_string();
        let (int_part, frac_part) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let mut number = String::with_capacity(text.len() + 8);
        let len = int_part.len();
        for (i, ch) in int_part.chars().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                number.push(self.group);
            }
            number.push(ch);
        }
        if let Some(f) = frac_part {
            number.push(self.decimal);
            number.push_str(f);
        }
        let symbol = self.symbol(money.currency);
        let sign = if negative { "-" } else { "" };
        if self.symbol_after {
            format!("{sign}{number}{NBSP}{symbol}")
        } else if symbol.chars().all(|c| c.is_ascii_alphabetic()) {
            // Letter codes ("CHF", "KWD") need a space: "CHF 12.50".
            format!("{sign}{symbol}{NBSP}{number}")
        } else {
            format!("{sign}{symbol}{number}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn formats_per_locale() {
        let m = |s, c| Money::new(d(s), c);
        assert_eq!(m("1234.5", Currency::Usd).format(Locale::EN_US), "$1,234.50");
        assert_eq!(m("1234.5", Currency::Eur).format(Locale::DE_DE), "1.234,50\u{a0}€");
        assert_eq!(m("1234.5", Currency::Jpy).format(Locale::JA_JP), "¥1,235");
        assert_eq!(m("1234.5", Currency::Gbp).format(Locale::EN_GB), "£1,234.50");
        assert_eq!(m("1234567.891", Currency::Kwd).format(Locale::EN_US), "KWD\u{a0}1,234,567.891");
        assert_eq!(m("-5", Currency::Usd).format(Locale::EN_US), "-$5.00");
        assert_eq!(m("0.004", Currency::Usd).format(Locale::EN_US), "$0.00");
        assert_eq!(m("999", Currency::Usd).format(Locale::EN_US), "$999.00");
        assert_eq!(m("12.5", Currency::Cad).format(Locale::EN_US), "CA$12.50");
        assert_eq!(m("12.5", Currency::Cad).format(Locale::EN_CA), "$12.50");
        assert_eq!(m("12.5", Currency::Usd).format(Locale::EN_CA), "US$12.50");
        assert_eq!(m("1234.5", Currency::Eur).format(Locale::FR_FR), "1\u{202f}234,50\u{a0}€");
    }

    #[test]
    fn rounds_half_away_from_zero_to_minor_units() {
        assert_eq!(round_to(d("1.005"), Currency::Usd), d("1.01"));
        assert_eq!(round_to(d("-1.005"), Currency::Usd), d("-1.01"));
        assert_eq!(round_to(d("1.0049"), Currency::Usd), d("1.00"));
        assert_eq!(round_to(d("2.5"), Currency::Jpy), d("3"));
        assert_eq!(round_to(d("1.0005"), Currency::Kwd), d("1.001"));
        assert_eq!(round_to(d("19.9"), Currency::Usd).to_string(), "19.90");
        assert_eq!(round_to(d("7"), Currency::Bhd).to_string(), "7.000");
    }

    #[test]
    fn minor_units_round_trip() {
        for &c in Currency::ALL {
            for minor in [0i64, 1, 99, 100, 123_456, -42, 9_007_199_254_740_993] {
                assert_eq!(Money::from_minor(minor, c).to_minor(), Some(minor), "{c} {minor}");
            }
        }
        assert_eq!(Money::new(d("19.999"), Currency::Usd).to_minor(), Some(2000));
    }

    #[test]
    fn serialises_amount_as_string_and_rejects_numbers() {
        let m = Money::from_minor(1999, Currency::Usd);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"amount":"19.99","currency":"USD"}"#);
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        assert!(serde_json::from_str::<Money>(r#"{"amount":19.99,"currency":"USD"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":"1","currency":"XXX"}"#).is_err());
    }

    #[test]
    fn parses_decimals_strictly() {
        assert_eq!(parse_decimal(" 19.99 ").unwrap(), d("19.99"));
        assert_eq!(parse_decimal("-3").unwrap(), d("-3"));
        for bad in ["", "1e5", "1,000", "1.2.3", "abc", ".5", "5.", "NaN", "--1"] {
            assert!(parse_decimal(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn locale_fallbacks() {
        assert_eq!(Locale::from_tag("de-AT").tag, "de-DE");
        assert_eq!(Locale::from_tag("JA").tag, "ja-JP");
        assert_eq!(Locale::from_tag("xx-YY").tag, "en-US");
    }

    proptest::proptest! {
        #[test]
        fn formatting_round_trips(minor in -10_000_000_000i64..10_000_000_000i64, ci in 0usize..15) {
            let c = Currency::ALL[ci % Currency::ALL.len()];
            let m = Money::from_minor(minor, c);
            for &l in Locale::ALL {
                let s = m.format(l);
                let digits: String = s.chars().filter(|ch| ch.is_ascii_digit()).collect();
                let sign = if s.starts_with('-') { "-" } else { "" };
                let back: i64 = format!("{sign}{digits}").parse().unwrap();
                proptest::prop_assert_eq!(back, minor, "{} in {}", s, l.tag);
            }
            let json = serde_json::to_string(&m).unwrap();
            proptest::prop_assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        }
    }
}
