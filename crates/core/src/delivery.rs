//! Delivery estimates and delays, with the clock injected: every function
//! takes the time it should consider "now" as unix seconds, and the shop's
//! time zone as a fixed offset from UTC in minutes.
//!
//! An order placed before the cut-off on a business day counts from that day;
//! otherwise from the next business day. It ships after the processing days
//! and arrives between the method's minimum and maximum transit days, counted
//! in business days (Saturdays and Sundays skipped; no public holidays).
//!
//! ```
//! use vitrine_core::delivery::{estimate, Date, DeliveryRule};
//!
//! // Friday 2026-11-20, 18:00 UTC: after a 14:00 cut-off, so it ships Monday.
//! let rule = DeliveryRule { utc_offset_minutes: 0, cutoff_hour: 14, processing_days: 0, min_transit_days: 1, max_transit_days: 3 };
//! let window = estimate(1_795_132_800 + 18 * 3600, &rule);
//! assert_eq!(window.earliest.to_string(), "2026-11-24");
//! assert_eq!(window.latest, Date::new(2026, 11, 26).unwrap());
//! ```

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::tracking::TrackingStatus;

const DAY: i64 = 86_400;

/// A calendar date (proleptic Gregorian), serialised as ISO 8601 `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Date {
    /// `None` for dates that don't exist (2026-02-29, month 13...).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month: month as u8, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let m = i64::from(self.month);
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The local date at `secs` (unix) in a zone `utc_offset_minutes` ahead of UTC.
    pub fn from_unix(secs: i64, utc_offset_minutes: i32) -> Date {
        Date::from_days(local_seconds(secs, utc_offset_minutes).div_euclid(DAY))
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// Monday to Friday.
    pub fn is_business_day(self) -> bool {
        !matches!(self.weekday(), Weekday::Saturday | Weekday::Sunday)
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The first business day after this date.
    pub fn next_business_day(self) -> Date {
        self.add_business_days(1)
    }

    /// The date `n` business days later (`n = 0`: this date).
    pub fn add_business_days(self, n: u32) -> Date {
        let mut days = self.to_days();
        let mut left = n;
        while left > 0 {
            days += 1;
            if Date::from_days(days).is_business_day() {
                left -= 1;
            }
        }
        Date::from_days(days)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn local_seconds(secs: i64, utc_offset_minutes: i32) -> i64 {
    secs + i64::from(utc_offset_minutes) * 60
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {s:?}")))
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Date {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .format(Some(utoipa::openapi::schema::SchemaFormat::KnownFormat(utoipa::openapi::schema::KnownFormat::Date)))
            .examples([serde_json::json!("2026-11-24")])
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Date {}

/// How a shipping method delivers, as the shop configures it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryRule {
    /// The shop's time zone as minutes ahead of UTC (CET: 60, New York in winter: -300).
    pub utc_offset_minutes: i32,
    /// Orders at or after this local hour (0-24) count from the next business day; 24: no cut-off.
    pub cutoff_hour: u8,
    /// Business days to prepare an order before it leaves.
    pub processing_days: u32,
    pub min_transit_days: u32,
    pub max_transit_days: u32,
}

/// Where an estimate comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EstimateSource {
    /// Our arithmetic from the shipping method.
    Method,
    /// The carrier's expected delivery date.
    Carrier,
}

/// The dates a parcel is expected between, both included, in the shop's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryWindow {
    pub earliest: Date,
    pub latest: Date,
    pub source: EstimateSource,
}

impl DeliveryWindow {
    /// The carrier knows better than our arithmetic: its date (or range)
    /// replaces the window. Keep the original to show the merchant, and to
    /// notice a slip with [`DeliveryWindow::slipped_from`].
    pub fn refine(self, carrier_earliest: Date, carrier_latest: Option<Date>) -> DeliveryWindow {
        let other = carrier_latest.unwrap_or(carrier_earliest);
        DeliveryWindow {
            earliest: carrier_earliest.min(other),
            latest: carrier_earliest.max(other),
            source: EstimateSource::Carrier,
        }
    }

    /// Later than promised: tell the shopper before they ask.
    pub fn slipped_from(&self, original: &DeliveryWindow) -> bool {
        self.latest > original.latest
    }

    /// `"2026-11-24"` for a single day, `"2026-11-24/2026-11-26"` (ISO 8601 interval) for a range.
    pub fn iso(&self) -> String {
        if self.earliest == self.latest {
            self.earliest.to_string()
        } else {
            format!("{}/{}", self.earliest, self.latest)
        }
    }
}

/// The business day an order placed at `ordered_at` leaves the warehouse.
pub fn ship_date(ordered_at: i64, rule: &DeliveryRule) -> Date {
    let local = local_seconds(ordered_at, rule.utc_offset_minutes);
    let today = Date::from_days(local.div_euclid(DAY));
    let before_cutoff = local.rem_euclid(DAY) < i64::from(rule.cutoff_hour.min(24)) * 3600;
    let start = if today.is_business_day() && before_cutoff { today } else { today.next_business_day() };
    start.add_business_days(rule.processing_days)
}

/// The delivery window for an order placed at `ordered_at` (unix seconds).
pub fn estimate(ordered_at: i64, rule: &DeliveryRule) -> DeliveryWindow {
    let ships = ship_date(ordered_at, rule);
    let (min, max) = (rule.min_transit_days.min(rule.max_transit_days), rule.min_transit_days.max(rule.max_transit_days));
    DeliveryWindow { earliest: ships.add_business_days(min), latest: ships.add_business_days(max), source: EstimateSource::Method }
}

/// Why a parcel counts as late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DelayReason {
    /// The carrier reported an exception (customs, damage, returned...).
    CarrierException,
    /// The carrier tried to deliver and couldn't.
    FailedAttempt,
    /// The carrier has said nothing for 30 days.
    NoRecentNews,
    /// The last day of the window is over and it hasn't arrived.
    WindowPassed,
}

/// Whether, and why, a parcel is late at `now`: a carrier problem, or the
/// window's last day is over (in the shop's time zone) and it isn't delivered.
/// Untracked parcels (`latest: None`) are late only once the window passes.
pub fn delay(window: &DeliveryWindow, now: i64, utc_offset_minutes: i32, latest: Option<TrackingStatus>) -> Option<DelayReason> {
    match latest {
        Some(TrackingStatus::Delivered) => None,
        Some(TrackingStatus::Exception) => Some(DelayReason::CarrierException),
        Some(TrackingStatus::AttemptFail) => Some(DelayReason::FailedAttempt),
        Some(TrackingStatus::Expired) => Some(DelayReason::NoRecentNews),
        _ if Date::from_unix(now, utc_offset_minutes) > window.latest => Some(DelayReason::WindowPassed),
        _ => None,
    }
}

/// [`delay`] as a yes or no.
pub fn is_late(window: &DeliveryWindow, now: i64, utc_offset_minutes: i32, latest: Option<TrackingStatus>) -> bool {
    delay(window, now, utc_offset_minutes, latest).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap()
    }

    /// Unix seconds of a local wall-clock time in a zone `offset` minutes ahead of UTC.
    fn at(d: Date, hour: i64, minute: i64, offset: i32) -> i64 {
        d.to_days() * DAY + hour * 3600 + minute * 60 - i64::from(offset) * 60
    }

    fn rule(offset: i32, cutoff: u8, processing: u32, min: u32, max: u32) -> DeliveryRule {
        DeliveryRule { utc_offset_minutes: offset, cutoff_hour: cutoff, processing_days: processing, min_transit_days: min, max_transit_days: max }
    }

    fn window(ordered_at: i64, r: DeliveryRule) -> (String, String) {
        let w = estimate(ordered_at, &r);
        (w.earliest.to_string(), w.latest.to_string())
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.into(), b.into())
    }

    // November 2026: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Sat 21, Sun 22, Mon 23.

    #[test]
    fn calendar_basics() {
        assert_eq!(Date::from_days(0), date(1970, 1, 1));
        assert_eq!(date(1970, 1, 1).weekday(), Weekday::Thursday);
        assert_eq!(date(2026, 11, 20).weekday(), Weekday::Friday);
        assert_eq!(date(2026, 11, 20).to_days() * DAY, 1_795_132_800);
        assert_eq!(Date::from_unix(1_709_164_800, 0), date(2024, 2, 29));
        assert_eq!(Date::new(2026, 2, 29), None);
        assert_eq!(Date::new(2000, 2, 29).map(|d| d.to_string()).as_deref(), Some("2000-02-29"));
        assert_eq!(Date::new(1900, 2, 29), None);
        assert_eq!(Date::new(2026, 13, 1), None);
        assert_eq!(date(2026, 12, 31).add_days(1), date(2027, 1, 1));
        assert_eq!(date(2026, 11, 20).next_business_day(), date(2026, 11, 23));
        assert_eq!(date(2026, 11, 21).next_business_day(), date(2026, 11, 23));
        assert_eq!(date(2026, 11, 20).add_business_days(5), date(2026, 11, 27));
        assert_eq!(date(2026, 11, 21).add_business_days(0), date(2026, 11, 21));
        assert_eq!(Date::parse_iso("2026-11-24"), Some(date(2026, 11, 24)));
        for bad in ["2026-11-31", "2026/11/24", "26-11-24", "2026-1-024", "+026-11-24", ""] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert_eq!(serde_json::to_string(&date(2026, 3, 5)).unwrap(), "\"2026-03-05\"");
        assert_eq!(serde_json::from_str::<Date>("\"2026-03-05\"").unwrap(), date(2026, 3, 5));
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }

    #[test]
    fn before_and_after_the_cutoff() {
        let r = rule(0, 14, 0, 1, 3);
        let monday = date(2026, 11, 16);
        assert_eq!(window(at(monday, 10, 0, 0), r), pair("2026-11-17", "2026-11-19"));
        assert_eq!(window(at(monday, 13, 59, 0) + 59, r), pair("2026-11-17", "2026-11-19"));
        // At the cut-off exactly counts as after it.
        assert_eq!(window(at(monday, 14, 0, 0), r), pair("2026-11-18", "2026-11-20"));
        assert_eq!(window(at(monday, 23, 59, 0), r), pair("2026-11-18", "2026-11-20"));
        // No cut-off: anything that day ships that day.
        assert_eq!(ship_date(at(monday, 23, 59, 0), &rule(0, 24, 0, 1, 3)), monday);
        // Cut-off at midnight: always the next business day.
        assert_eq!(ship_date(at(monday, 0, 0, 0), &rule(0, 0, 0, 1, 3)), date(2026, 11, 17));
    }

    #[test]
    fn weekends_are_skipped() {
        let thursday = date(2026, 11, 19);
        // Ships Thursday; 2 business days is Monday, 4 is Wednesday.
        assert_eq!(window(at(thursday, 9, 0, 0), rule(0, 14, 0, 2, 4)), pair("2026-11-23", "2026-11-25"));
        // Two processing days from Thursday: ships Monday.
        assert_eq!(ship_date(at(thursday, 9, 0, 0), &rule(0, 14, 2, 1, 1)), date(2026, 11, 23));
        assert_eq!(window(at(thursday, 9, 0, 0), rule(0, 14, 2, 1, 1)), pair("2026-11-24", "2026-11-24"));
    }

    #[test]
    fn friday_evening_and_weekend_orders_ship_monday() {
        let r = rule(0, 14, 0, 1, 3);
        let friday = date(2026, 11, 20);
        assert_eq!(ship_date(at(friday, 18, 30, 0), &r), date(2026, 11, 23));
        assert_eq!(window(at(friday, 18, 30, 0), r), pair("2026-11-24", "2026-11-26"));
        // Saturday and Sunday, morning or not, are the same as Friday evening.
        assert_eq!(window(at(date(2026, 11, 21), 9, 0, 0), r), pair("2026-11-24", "2026-11-26"));
        assert_eq!(window(at(date(2026, 11, 22), 9, 0, 0), r), pair("2026-11-24", "2026-11-26"));
        // Friday morning still ships Friday: 1 business day is Monday.
        assert_eq!(window(at(friday, 9, 0, 0), r), pair("2026-11-23", "2026-11-25"));
    }

    #[test]
    fn the_shops_time_zone_decides_the_day_and_the_cutoff() {
        let friday = date(2026, 11, 20);
        let noon_thirty_utc = at(friday, 12, 30, 0);
        // 12:30 in London is before the 14:00 cut-off; 14:30 in Athens (+120) is after it.
        assert_eq!(ship_date(noon_thirty_utc, &rule(0, 14, 0, 1, 1)), friday);
        assert_eq!(ship_date(noon_thirty_utc, &rule(120, 14, 0, 1, 1)), date(2026, 11, 23));
        // Sunday 23:30 UTC is already Monday 00:30 in Berlin, before the cut-off: ships that Monday.
        let sunday_late = at(date(2026, 11, 22), 23, 30, 0);
        assert_eq!(Date::from_unix(sunday_late, 60), date(2026, 11, 23));
        assert_eq!(window(sunday_late, rule(60, 14, 0, 1, 2)), pair("2026-11-24", "2026-11-25"));
        // Tuesday 03:00 UTC is Monday 22:00 in New York: after the cut-off, ships Tuesday.
        let tuesday_early = at(date(2026, 11, 17), 3, 0, 0);
        assert_eq!(Date::from_unix(tuesday_early, -300), date(2026, 11, 16));
        assert_eq!(ship_date(tuesday_early, &rule(-300, 14, 0, 1, 1)), date(2026, 11, 17));
        // In Tokyo (+540) the same instant is Tuesday 12:00, before the cut-off.
        assert_eq!(ship_date(tuesday_early, &rule(540, 14, 0, 1, 1)), date(2026, 11, 17));
        assert_eq!(ship_date(at(date(2026, 11, 17), 6, 0, 0), &rule(540, 14, 0, 1, 1)), date(2026, 11, 18));
    }

    #[test]
    fn swapped_transit_days_still_make_a_window() {
        assert_eq!(window(at(date(2026, 11, 16), 9, 0, 0), rule(0, 14, 0, 3, 1)), pair("2026-11-17", "2026-11-19"));
    }

    #[test]
    fn the_carrier_refines_the_window() {
        let ours = estimate(at(date(2026, 11, 16), 10, 0, 0), &rule(0, 14, 0, 1, 3));
        let carrier = ours.refine(date(2026, 11, 20), None);
        assert_eq!((carrier.earliest, carrier.latest, carrier.source), (date(2026, 11, 20), date(2026, 11, 20), EstimateSource::Carrier));
        assert!(carrier.slipped_from(&ours));
        assert_eq!(carrier.iso(), "2026-11-20");
        assert_eq!(ours.iso(), "2026-11-17/2026-11-19");
        let earlier = ours.refine(date(2026, 11, 18), Some(date(2026, 11, 17)));
        assert_eq!((earlier.earliest, earlier.latest), (date(2026, 11, 17), date(2026, 11, 18)));
        assert!(!earlier.slipped_from(&ours));
        let json = serde_json::to_value(ours).unwrap();
        assert_eq!(json, serde_json::json!({ "earliest": "2026-11-17", "latest": "2026-11-19", "source": "method" }));
    }

    #[test]
    fn late_when_the_window_passes_or_the_carrier_has_a_problem() {
        use TrackingStatus as T;
        let w = DeliveryWindow { earliest: date(2026, 11, 17), latest: date(2026, 11, 19), source: EstimateSource::Method };
        let thursday_night = at(date(2026, 11, 19), 23, 59, 60);
        let friday_morning = at(date(2026, 11, 20), 0, 30, 60);
        assert_eq!(delay(&w, thursday_night, 60, Some(T::InTransit)), None);
        assert_eq!(delay(&w, friday_morning, 60, Some(T::InTransit)), Some(DelayReason::WindowPassed));
        // Friday 00:30 in Berlin is still Thursday in UTC.
        assert!(!is_late(&w, friday_morning, 0, Some(T::InTransit)));
        assert!(is_late(&w, friday_morning, 60, None), "untracked parcels are late after the window");
        assert!(!is_late(&w, friday_morning, 60, Some(T::Delivered)));
        let monday = at(date(2026, 11, 16), 12, 0, 60);
        assert_eq!(delay(&w, monday, 60, Some(T::Exception)), Some(DelayReason::CarrierException));
        assert_eq!(delay(&w, monday, 60, Some(T::AttemptFail)), Some(DelayReason::FailedAttempt));
        assert_eq!(delay(&w, monday, 60, Some(T::Expired)), Some(DelayReason::NoRecentNews));
        for s in [T::Pending, T::InfoReceived, T::InTransit, T::OutForDelivery, T::AvailableForPickup, T::Delivered] {
            assert!(!is_late(&w, monday, 60, Some(s)), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -800_000i64..800_000) {
            let d = Date::from_days(days);
            prop_assert_eq!(d.to_days(), days);
            prop_assert_eq!(Date::new(d.year(), d.month(), d.day()), Some(d));
            if (0..=9999).contains(&d.year()) {
                prop_assert_eq!(Date::parse_iso(&d.to_string()), Some(d));
            }
        }

        #[test]
        fn windows_are_business_days_and_never_move_earlier(
            t in 1_700_000_000i64..1_900_000_000,
            later in 0i64..400_000,
            offset in -720i32..=840,
            cutoff in 0u8..=24,
            processing in 0u32..4,
            min in 0u32..6,
            extra in 0u32..6,
        ) {
            let r = rule(offset, cutoff, processing, min, min + extra);
            let w = estimate(t, &r);
            let ships = ship_date(t, &r);
            prop_assert!(ships.is_business_day() && w.earliest.is_business_day() && w.latest.is_business_day());
            prop_assert!(ships >= Date::from_unix(t, offset));
            prop_assert!(w.earliest >= ships && w.earliest <= w.latest);
            // Weekends add at most two days per five business days.
            let span = w.latest.to_days() - Date::from_unix(t, offset).to_days();
            let business = i64::from(1 + processing + min + extra);
            prop_assert!(span <= business + 2 * (business / 5 + 1) + 2, "{} days for {} business days", span, business);
            let w2 = estimate(t + later, &r);
            prop_assert!(w2.earliest >= w.earliest && w2.latest >= w.latest);
        }
    }
}
