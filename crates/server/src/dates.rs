//! Calendar arithmetic on Unix time (UTC), for delivery estimates.

/// (year, month 1-12, day 1-31) of a Unix timestamp.
pub fn civil_from_unix(secs: i64) -> (i32, u32, u32) {
    let days = secs.div_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// The date `n` business days (Monday to Friday) after `secs`, as YYYY-MM-DD.
pub fn add_business_days(secs: i64, n: u32) -> String {
    let mut day = secs.div_euclid(86_400);
    let mut left = n;
    while left > 0 {
        day += 1;
        // 1970-01-01 was a Thursday: weekday 0 = Monday.
        let weekday = (day + 3).rem_euclid(7);
        if weekday < 5 {
            left -= 1;
        }
    }
    let (y, m, d) = civil_from_unix(day * 86_400);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD` (UTC) of unix seconds.
pub fn iso_date(secs: i64) -> String {
    let (y, m, d) = civil_from_unix(secs);
    format!("{y:04}-{m:02}-{d:02}")
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
    }
}
