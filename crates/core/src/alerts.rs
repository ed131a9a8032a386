//! Operator alerts (seed 004: "set up alerts for anomalies, like a sudden
//! spike in returns, inventory dropping to zero, and shipping delays"): the
//! rules, their thresholds, and an alert as the console shows it. An alert
//! is raised once per occurrence: when its condition starts to hold. It
//! stays one alert while the condition holds (however often it is checked),
//! is resolved by the operator or when the condition clears, and a new
//! occurrence after it cleared is a new alert.

use serde::{Deserialize, Serialize};

/// What an alert watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AlertRule {
    /// A variant with nothing available.
    StockOut,
    /// A variant at or below its reorder point.
    StockLow,
    /// A product's return rate above the threshold over enough units.
    ReturnRate,
    /// An order not shipped in time, or a parcel past its latest estimated day.
    LateShipment,
    /// Card declines in the last window above the threshold.
    DeclineSpike,
}

impl AlertRule {
    pub const ALL: [AlertRule; 5] = [AlertRule::StockOut, AlertRule::StockLow, AlertRule::ReturnRate, AlertRule::LateShipment, AlertRule::DeclineSpike];

    pub fn as_str(self) -> &'static str {
        match self {
            AlertRule::StockOut => "stock_out",
            AlertRule::StockLow => "stock_low",
            AlertRule::ReturnRate => "return_rate",
            AlertRule::LateShipment => "late_shipment",
            AlertRule::DeclineSpike => "decline_spike",
        }
    }

    pub fn parse(s: &str) -> Option<AlertRule> {
        AlertRule::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The operator-facing name.
    pub fn label(self) -> String {
        match self {
            AlertRule::StockOut => crate::t!("core-alert-stock-out"),
            AlertRule::StockLow => crate::t!("core-alert-stock-low"),
            AlertRule::ReturnRate => crate::t!("core-alert-return-rate"),
            AlertRule::LateShipment => crate::t!("core-alert-late-shipment"),
            AlertRule::DeclineSpike => crate::t!("core-alert-decline-spike"),
        }
    }
}

/// Where an alert stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AlertState {
    Open,
    Resolved,
}

impl AlertState {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertState::Open => "open",
            AlertState::Resolved => "resolved",
        }
    }

    pub fn parse(s: &str) -> Option<AlertState> {
        [AlertState::Open, AlertState::Resolved].into_iter().find(|x| x.as_str() == s)
    }
}

/// The thresholds the rules use.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertThresholds {
    /// A product's return rate (0 to 1) above this raises `return_rate`...
    pub return_rate: f64,
    /// ...when at least this many of its units sold in the window.
    pub return_min_units: i64,
    /// The return-rate window, in days up to today.
    pub return_window_days: i64,
    /// The decline window, in minutes up to now.
    pub decline_window_minutes: i64,
    /// At least this many declines in the window...
    pub decline_min: i64,
    /// ...and at least this share (0 to 1) of the card attempts in it.
    pub decline_share: f64,
    /// The reorder point's lead time and safety weeks (as on the inventory page).
    pub lead_time_days: u32,
    pub safety_weeks: u32,
}

impl Default for AlertThresholds {
    fn default() -> Self {
        AlertThresholds {
            return_rate: 0.2,
            return_min_units: 10,
            return_window_days: 30,
            decline_window_minutes: 60,
            decline_min: 5,
            decline_share: 0.3,
            lead_time_days: 7,
            safety_weeks: 2,
        }
    }
}

impl AlertThresholds {
    /// `returned` of `sold` units is a spike.
    pub fn return_rate_high(&self, sold: i64, returned: i64) -> bool {
        sold >= self.return_min_units.max(1) && returned as f64 / sold as f64 > self.return_rate
    }

    /// `declined` of `attempts` card payments is a spike.
    pub fn decline_spike(&self, declined: i64, attempts: i64) -> bool {
        declined >= self.decline_min.max(1) && attempts > 0 && declined as f64 / attempts as f64 >= self.decline_share
    }
}

/// An alert as the operator sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Alert {
    pub id: i64,
    pub rule: AlertRule,
    /// What it is about: `variant:12`, `product:market-tote`, `order:VT-...`, `payments`.
    pub subject: String,
    pub title: String,
    pub detail: String,
    /// The console page to act on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    pub state: AlertState,
    /// The condition still holds.
    pub active: bool,
    pub raised_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<i64>,
    /// The admin key's name, or `cleared` when the condition went away.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_by: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_need_enough_units_and_a_high_enough_share() {
        let t = AlertThresholds::default();
        assert!(!t.return_rate_high(9, 9), "too few units to say");
        assert!(!t.return_rate_high(10, 2), "20 % is not above 20 %");
        assert!(t.return_rate_high(10, 3));
        assert!(!t.decline_spike(4, 4), "fewer than 5 declines");
        assert!(!t.decline_spike(5, 20), "25 % of attempts");
        assert!(t.decline_spike(6, 20));
        assert!(!t.decline_spike(5, 0));
    }

    #[test]
    fn names_round_trip() {
        for r in AlertRule::ALL {
            assert_eq!(AlertRule::parse(r.as_str()), Some(r));
        }
        assert_eq!(AlertState::parse("open"), Some(AlertState::Open));
        assert_eq!(AlertState::parse("closed"), None);
    }
}
