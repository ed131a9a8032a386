//! Card number, expiry and CVC checks for the card form. They catch typing
//! mistakes before anything is sent; the payment provider still decides.
//! Card data only ever goes to the provider's tokenisation endpoint.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Brand {
    Visa,
    Mastercard,
    Amex,
    Discover,
    Jcb,
    DinersClub,
    Unknown,
}

impl Brand {
    /// Detects the brand from the leading digits.
    pub fn detect(digits: &str) -> Brand {
        let prefix = |n: usize| digits.get(..n).and_then(|p| p.parse::<u32>().ok());
        match (prefix(1), prefix(2), prefix(3), prefix(4)) {
            (Some(4), ..) => Brand::Visa,
            (_, Some(34 | 37), ..) => Brand::Amex,
            (_, Some(51..=55), ..) => Brand::Mastercard,
            (.., Some(2221..=2720)) => Brand::Mastercard,
            (.., Some(6011)) | (_, Some(65), ..) => Brand::Discover,
            (_, _, Some(644..=649), _) => Brand::Discover,
            (_, Some(35), ..) => Brand::Jcb,
            (_, Some(36 | 38), ..) | (_, _, Some(300..=305), _) => Brand::DinersClub,
            _ => Brand::Unknown,
        }
    }

    /// The brand's name (brand names are not translated); "Card" when unknown.
    pub fn name(self) -> String {
        match self {
            Brand::Visa => "Visa".into(),
            Brand::Mastercard => "Mastercard".into(),
            Brand::Amex => "American Express".into(),
            Brand::Discover => "Discover".into(),
            Brand::Jcb => "JCB".into(),
            Brand::DinersClub => "Diners Club".into(),
            Brand::Unknown => crate::t!("core-card-unknown-brand"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Brand::Visa => "visa",
            Brand::Mastercard => "mastercard",
            Brand::Amex => "amex",
            Brand::Discover => "discover",
            Brand::Jcb => "jcb",
            Brand::DinersClub => "diners",
            Brand::Unknown => "unknown",
        }
    }

    pub fn cvc_length(self) -> usize {
        if self == Brand::Amex { 4 } else { 3 }
    }

    fn lengths(self) -> &'static [usize] {
        match self {
            Brand::Amex => &[15],
            Brand::DinersClub => &[14, 16],
            Brand::Visa => &[13, 16, 19],
            _ => &[16, 17, 18, 19],
        }
    }

    /// Digit groups for display: 4-6-5 for Amex, 4-4-4-4 otherwise.
    fn groups(self) -> &'static [usize] {
        match self {
            Brand::Amex => &[4, 6, 5],
            Brand::DinersClub => &[4, 6, 4],
            _ => &[4, 4, 4, 4, 3],
        }
    }
}

/// How a saved or tokenised card is named to the shopper: "Visa ending 4242".
pub fn card_label(brand: Brand, last4: &str) -> String {
    crate::t!("core-card-ending", brand = brand.name(), last4 = last4)
}

/// Just the digits of what was typed.
pub fn digits(input: &str) -> String {
    input.chars().filter(char::is_ascii_digit).collect()
}

/// Luhn checksum.
pub fn luhn(digits: &str) -> bool {
    if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Formats a number as the brand groups it: "4242 4242 4242 4242".
pub fn format_number(input: &str) -> String {
    let d = digits(input);
    let d = &d[..d.len().min(19)];
    let mut out = String::with_capacity(d.len() + 4);
    let mut rest = d;
    for &g in Brand::detect(d).groups() {
        if rest.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let take = g.min(rest.len());
        out.push_str(&rest[..take]);
        rest = &rest[take..];
    }
    out.push_str(rest);
    out
}

/// Problems with a card number, in words.
pub fn check_number(input: &str) -> Result<Brand, String> {
    let d = digits(input);
    if d.is_empty() {
        return Err(crate::t!("core-card-number-missing"));
    }
    if input.chars().any(|c| !(c.is_ascii_digit() || c == ' ' || c == '-')) {
        return Err(crate::t!("core-card-number-digits"));
    }
    let brand = Brand::detect(&d);
    let complete = brand.lengths().contains(&d.len()) || (brand == Brand::Unknown && (12..=19).contains(&d.len()));
    if !complete {
        return Err(crate::t!("core-card-number-incomplete"));
    }
    if !luhn(&d) {
        return Err(crate::t!("core-card-number-invalid"));
    }
    Ok(brand)
}

/// Parses "MM/YY", "MM / YYYY", "MMYY" and checks it is not in the past
/// (`today` = (year, month)). Returns (month, four-digit year).
pub fn check_expiry(input: &str, today: (i32, u32)) -> Result<(u32, i32), String> {
    let d = digits(input);
    let (m, y) = match d.len() {
        4 => (&d[..2], &d[2..]),
        6 => (&d[..2], &d[2..]),
        3 => (&d[..1], &d[1..]),
        0 => return Err(crate::t!("core-card-expiry-missing")),
        _ => return Err(crate::t!("core-card-expiry-format")),
    };
    let month: u32 = m.parse().map_err(|_| crate::t!("core-card-expiry-format"))?;
    let mut year: i32 = y.parse().map_err(|_| crate::t!("core-card-expiry-format"))?;
    if year < 100 {
        year += 2000;
    }
    if !(1..=12).contains(&month) {
        return Err(crate::t!("core-card-expiry-month"));
    }
    if (year, month) < today {
        return Err(crate::t!("core-card-expired"));
    }
    if year > today.0 + 20 {
        return Err(crate::t!("core-card-expiry-too-far"));
    }
    Ok((month, year))
}

/// Formats what was typed as "MM / YY" while typing.
pub fn format_expiry(input: &str) -> String {
    let d = digits(input);
    match d.len() {
        0..=1 => d,
        2 => format!("{d} / "),
        _ => format!("{} / {}", &d[..2], &d[2..d.len().min(4)]),
    }
}

pub fn check_cvc(input: &str, brand: Brand) -> Result<(), String> {
    let d = digits(input);
    if d.is_empty() {
        return Err(crate::t!("core-card-cvc-missing"));
    }
    if d.len() != input.trim().len() || d.len() != brand.cvc_length() && !(brand == Brand::Unknown && (3..=4).contains(&d.len())) {
        return Err(if brand == Brand::Amex {
            crate::t!("core-card-cvc-front")
        } else {
            crate::t!("core-card-cvc-back")
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_lengths_and_luhn() {
        assert_eq!(check_number("4242 4242 4242 4242"), Ok(Brand::Visa));
        assert_eq!(check_number("5555555555554444"), Ok(Brand::Mastercard));
        assert_eq!(check_number("2223003122003222"), Ok(Brand::Mastercard));
        assert_eq!(check_number("378282246310005"), Ok(Brand::Amex));
        assert_eq!(check_number("6011111111111117"), Ok(Brand::Discover));
        assert_eq!(check_number("3566002020360505"), Ok(Brand::Jcb));
        assert_eq!(check_number("4242 4242 4242 4241"), Err("Your card number is not valid. Check it for typos.".into()));
        assert_eq!(check_number("4242 4242"), Err("Your card number is incomplete.".into()));
        assert_eq!(check_number(""), Err("Enter your card number.".into()));
        assert_eq!(check_number("4242-x242"), Err("A card number has only digits.".into()));
        for test_card in ["4000000000000002", "4000000000009995", "4000000000000069", "4000000000000127", "4000002500003155"] {
            assert!(check_number(test_card).is_ok(), "{test_card}");
        }
    }

    #[test]
    fn formatting() {
        assert_eq!(format_number("4242424242424242"), "4242 4242 4242 4242");
        assert_eq!(format_number("3782822463"), "3782 822463");
        assert_eq!(format_number("378282246310005"), "3782 822463 10005");
        assert_eq!(format_expiry("1"), "1");
        assert_eq!(format_expiry("12"), "12 / ");
        assert_eq!(format_expiry("1230"), "12 / 30");
    }

    #[test]
    fn expiry_and_cvc() {
        let today = (2026, 11);
        assert_eq!(check_expiry("12/26", today), Ok((12, 2026)));
        assert_eq!(check_expiry("11 / 2026", today), Ok((11, 2026)));
        assert_eq!(check_expiry("10/26", today), Err("Your card has expired.".into()));
        assert_eq!(check_expiry("13/30", today), Err("The expiry month must be 01 to 12.".into()));
        assert_eq!(check_expiry("", today), Err("Enter the expiry date.".into()));
        assert_eq!(check_expiry("1/2/3/4/5", today), Err("Enter the expiry date as MM/YY.".into()));
        assert!(check_cvc("123", Brand::Visa).is_ok());
        assert!(check_cvc("1234", Brand::Amex).is_ok());
        assert!(check_cvc("12", Brand::Visa).is_err());
        assert!(check_cvc("123", Brand::Amex).is_err());
        assert!(check_cvc("12a", Brand::Visa).is_err());
    }

    #[test]
    fn card_labels_name_the_brand_and_the_last_digits() {
        assert_eq!(card_label(Brand::Visa, "4242"), "Visa ending 4242");
        assert_eq!(card_label(Brand::Amex, "0005"), "American Express ending 0005");
        assert_eq!(card_label(Brand::Unknown, "1234"), "Card ending 1234");
    }
}
