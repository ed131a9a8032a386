//! Calendar helpers on Unix time (UTC) for the server, over the core's
//! `delivery::Date` (one calendar implementation for browser and server).

use vitrine_core::delivery::Date;

/// (year, month 1-12, day 1-31) of a Unix timestamp.
pub fn civil_from_unix(secs: i64) -> (i32, u32, u32) {
    let d = Date::from_unix(secs, 0);
    (d.year(), d.month(), d.day())
}

/// The date `n` business days (Monday to Friday) after `secs`, as YYYY-MM-DD.
pub fn add_business_days(secs: i64, n: u32) -> String {
    Date::from_unix(secs, 0).add_business_days(n).to_string()
}

/// `YYYY-MM-DD` (UTC) of unix seconds.
pub fn iso_date(secs: i64) -> String {
    Date::from_unix(secs, 0).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        assert_eq!(super::civil_from_unix(0), (1970, 1, 1));
        assert_eq!(super::civil_from_unix(1_767_225_600), (2026, 1, 1));
        assert_eq!(super::civil_from_unix(1_709_164_800), (2024, 2, 29));
        // 2026-11-20 is a Friday: 1 business day later is Monday the 23rd.
        assert_eq!(super::add_business_days(1_795_132_800, 1), "2026-11-23");
        assert_eq!(super::add_business_days(1_795_132_800, 5), "2026-11-27");
        // From a Saturday (2026-11-21), 1 business day is Monday.
        assert_eq!(super::add_business_days(1_795_219_200, 1), "2026-11-23");
        assert_eq!(super::iso_date(1_709_164_800), "2024-02-29");
    }
}
