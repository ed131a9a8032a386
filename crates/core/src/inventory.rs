//! Stock planning, the pure part (seed 004: "set reorder points at 2-3
//! weeks of average sales" on top of the supplier's lead time): weekly
//! sales buckets, the average, days of cover and the reorder point. The
//! clock is injected (unix seconds), like [`crate::delivery`].
//!
//! ```
//! use vitrine_core::inventory::{weekly_sales, StockPlan};
//! let now = 100 * 7 * 86_400;
//! // 14 units sold over the last two weeks, nothing before.
//! let sales = [(now - 86_400, 7), (now - 8 * 86_400, 7)];
//! let weeks = weekly_sales(&sales, now, 8);
//! assert_eq!(weeks, [0, 0, 0, 0, 0, 0, 7, 7]);
//! let plan = StockPlan::new(&weeks, 20, 7, 2);
//! assert_eq!(plan.reorder_point, 6);       // 1.75 a week x (1 week lead + 2 weeks) = 5.25 -> 6
//! assert_eq!(plan.days_of_cover, Some(80)); // 20 units at 0.25 a day
//! ```

use serde::{Deserialize, Serialize};

const DAY: i64 = 86_400;
const WEEK: i64 = 7 * DAY;

/// Units sold per week over the last `weeks` weeks, oldest first; the last
/// bucket is the 7 days up to `now`. `sales` are (unix seconds, units).
pub fn weekly_sales(sales: &[(i64, i64)], now: i64, weeks: usize) -> Vec<i64> {
    let mut buckets = vec![0; weeks];
    for &(at, units) in sales {
        if at > now || units <= 0 {
            continue;
        }
        let ago = ((now - at) / WEEK) as usize;
        if ago < weeks {
            buckets[weeks - 1 - ago] += units;
        }
    }
    buckets
}

/// What a variant's stock plan says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StockPlan {
    /// Average units sold per week, in hundredths (175 = 1.75 a week).
    pub weekly_average_centi: i64,
    /// Reorder when available stock is at or below this: average weekly
    /// sales × (lead time + safety weeks), rounded up. 0 without sales.
    pub reorder_point: i64,
    /// Days the available stock lasts at the average rate; `None` without sales.
    pub days_of_cover: Option<i64>,
}

impl StockPlan {
    /// The plan for `available` units given weekly sales (any number of
    /// weeks), the supplier's lead time in days and the safety stock in weeks.
    pub fn new(weekly: &[i64], available: i64, lead_time_days: u32, safety_weeks: u32) -> StockPlan {
        let weeks = weekly.len().max(1) as i64;
        let sold: i64 = weekly.iter().map(|w| w.max(&0)).sum();
        // Integer arithmetic throughout: units × days, divided once at the end.
        let horizon_days = i64::from(lead_time_days) + 7 * i64::from(safety_weeks);
        let reorder_point = if sold == 0 { 0 } else { (sold * horizon_days + weeks * 7 - 1) / (weeks * 7) };
        let days_of_cover = (sold > 0).then(|| available.max(0) * weeks * 7 / sold);
        StockPlan { weekly_average_centi: sold * 100 / weeks, reorder_point, days_of_cover }
    }

    /// Below or at the reorder point (and the variant sells).
    pub fn needs_reorder(&self, available: i64) -> bool {
        self.reorder_point > 0 && available <= self.reorder_point
    }
}

/// Why a stock adjustment was refused.
pub fn check_adjustment(on_hand: i64, reserved: i64, delta: i64) -> Result<i64, String> {
    let after = on_hand.checked_add(delta).ok_or_else(|| crate::t!("core-stock-change-too-large"))?;
    if delta == 0 {
        return Err(crate::t!("core-stock-change-zero"));
    }
    if after < 0 {
        return Err(crate::t!("core-stock-below-zero", count = on_hand));
    }
    if after < reserved {
        return Err(crate::t!("core-stock-reserved", count = reserved));
    }
    Ok(after)
}

/// The median and 90th percentile of `values` (nearest rank), `None` when empty.
pub fn median_p90(values: &mut [i64]) -> Option<(i64, i64)> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let rank = |q: f64| -> i64 { values[(((values.len() as f64) * q).ceil() as usize).clamp(1, values.len()) - 1] };
    Some((rank(0.5), rank(0.9)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_292_000; // Thursday 2026-12-03 10:00 UTC

    #[test]
    fn sales_fall_in_weeks_counted_back_from_now() {
        let sales = [(NOW, 1), (NOW - WEEK + 1, 2), (NOW - WEEK, 3), (NOW - 8 * WEEK + 1, 4), (NOW - 8 * WEEK, 5), (NOW + 10, 9), (NOW - 1, -3)];
        assert_eq!(weekly_sales(&sales, NOW, 8), [4, 0, 0, 0, 0, 0, 3, 3]);
    }

    #[test]
    fn reorder_point_is_lead_time_plus_safety_weeks_of_sales() {
        // 8 weeks, 40 units: 5 a week. Lead time 10 days + 2 weeks = 24 days = 24 * 5 / 7 = 17.14 -> 18.
        let plan = StockPlan::new(&[5; 8], 30, 10, 2);
        assert_eq!(plan.weekly_average_centi, 500);
        assert_eq!(plan.reorder_point, 18);
        assert_eq!(plan.days_of_cover, Some(42)); // 30 units / (5/7 a day)
        assert!(!plan.needs_reorder(30));
        assert!(plan.needs_reorder(18));
        // Three weeks of safety: 31 days -> 22.14 -> 23.
        assert_eq!(StockPlan::new(&[5; 8], 30, 10, 3).reorder_point, 23);
    }

    #[test]
    fn no_sales_means_no_reorder_point_and_no_cover_figure() {
        let plan = StockPlan::new(&[0; 8], 0, 7, 2);
        assert_eq!((plan.reorder_point, plan.days_of_cover), (0, None));
        assert!(!plan.needs_reorder(0), "out of stock is its own list");
    }

    #[test]
    fn adjustments_never_go_below_zero_or_the_reserved_units() {
        assert_eq!(check_adjustment(5, 0, -5), Ok(0));
        assert!(check_adjustment(5, 0, -6).unwrap_err().contains("below zero"));
        assert!(check_adjustment(5, 2, -4).unwrap_err().contains("held"));
        assert!(check_adjustment(5, 0, 0).is_err());
        assert!(check_adjustment(i64::MAX, 0, 1).is_err());
        assert_eq!(check_adjustment(0, 0, 12), Ok(12));
    }

    #[test]
    fn median_and_p90_by_nearest_rank() {
        assert_eq!(median_p90(&mut []), None);
        assert_eq!(median_p90(&mut [7]), Some((7, 7)));
        let mut v: Vec<i64> = (1..=10).rev().collect();
        assert_eq!(median_p90(&mut v), Some((5, 9)));
    }
}
