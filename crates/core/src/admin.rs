//! The operator's wire types (`/api/v1/admin/...`): the order queue and the
//! pre-packing checklist, inventory and its ledger, the weekly metrics and
//! the returns report, and the bodies of the operator's actions. The server
//! answers with them and the console (the storefront's admin entry) reads them.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::checkout::{Order, OrderStatus};
use crate::delivery::Date;
use crate::inventory::StockPlan;
use crate::lifecycle::ShipmentLine;
use crate::returns::ReturnStatus;
use crate::tracking::TrackingStatus;
use crate::Money;

/// An order in the operator's queue.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderSummary {
    pub number: String,
    pub status: OrderStatus,
    pub email: String,
    pub total: Money,
    pub items: i64,
    pub placed_at: i64,
    pub verified: bool,
    /// A synthetic test order (`vitrine-server test-order --keep`): counts nowhere; delete it when done.
    #[serde(default)]
    pub test: bool,
}

/// One check of the pre-packing checklist.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Check {
    /// `address_valid`, `stock_reserved`, `payment_captured`.
    pub code: String,
    pub passed: bool,
    /// What was found, in words (what failed and why).
    pub detail: String,
}

/// The order, its checklist, and whether it may be packed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminOrder {
    pub order: Order,
    pub checklist: Vec<Check>,
    pub ready_to_pack: bool,
    /// The order's returns, newest first.
    #[serde(default)]
    pub returns: Vec<AdminReturnSummary>,
    /// Every email written about the order, oldest first.
    #[serde(default)]
    pub messages: Vec<OrderMessage>,
}

/// An email written about an order (the outbox), as the operator sees it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderMessage {
    /// `order_confirmation`, `shipped`, `delayed`, `return_approved`...
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub created_at: i64,
    /// When the mailer took it; absent while it waits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<i64>,
}

/// The operator's work queues, counted (seed 004: check orders before
/// packing, watch for shipping delays and returns).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderQueue {
    /// Paid (or cash on delivery) and not yet checked: `confirmed`.
    pub to_verify: i64,
    /// Checked and being packed: `processing`.
    pub to_pack: i64,
    /// Bank transfer or invoice orders waiting for their money.
    pub awaiting_payment: i64,
    /// On their way: `shipped`.
    pub shipped: i64,
    /// Not shipped within [`SHIP_WITHIN_HOURS`] of being placed, or a parcel
    /// past its latest estimated delivery day and not delivered.
    pub late: i64,
    /// Returns waiting for the operator: requested (to approve) or received (to refund).
    pub returns_waiting: i64,
}

/// The handling time the queue holds orders to: an order not shipped this
/// many hours after it was placed is late.
pub const SHIP_WITHIN_HOURS: i64 = 48;

#[derive(Clone, Serialize, Debug, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CancelOrder {
    /// Shown to the shopper in the order's history.
    #[serde(default)]
    pub reason: String,
}

/// A variant's stock as the operator sees it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InventoryRow {
    pub variant_id: i64,
    pub sku: String,
    pub product_handle: String,
    pub product_title: String,
    pub variant_title: String,
    pub on_hand: i64,
    /// Held for orders awaiting payment.
    pub reserved: i64,
    pub available: i64,
    /// Units sold per week, oldest first; the last is the 7 days up to now.
    pub weekly_sales: Vec<i64>,
    pub plan: StockPlan,
    /// `ok`, `low` (at or below the reorder point) or `out`.
    pub status: String,
}

#[derive(Clone, Serialize, Debug, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AdjustStock {
    /// Units to add (positive) or take away (negative).
    pub delta: i64,
    /// Why: "stock count", "damaged in the warehouse", "delivery from the supplier".
    pub reason: String,
}

/// One line of the stock ledger.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StockAdjustment {
    pub id: i64,
    pub variant_id: i64,
    pub delta: i64,
    pub stock_after: i64,
    pub reason: String,
    /// The admin key's name.
    pub actor: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayRevenue {
    pub date: Date,
    pub orders: i64,
    pub revenue: Money,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CycleTime {
    /// Orders placed in the period that have shipped.
    pub shipped: i64,
    /// Hours from placed to the first parcel: median and 90th percentile (nearest rank).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p90_hours: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Abandonment {
    /// Carts started in the period that had items.
    pub carts: i64,
    /// Of those, carts that became orders.
    pub ordered: i64,
    pub abandoned: i64,
    /// abandoned / carts (0 to 1, 4 decimals).
    pub rate: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Turnover {
    pub units_sold: i64,
    /// Units on hand now, and estimated at the start of the period (now +
    /// sold since − hand adjustments since).
    pub units_on_hand: i64,
    pub units_on_hand_at_start: i64,
    /// units_sold / average units on hand (2 decimals).
    pub turns: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Customer {
    pub email: String,
    pub orders: i64,
    /// Everything this customer paid, ever.
    pub lifetime_value: Money,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Metrics {
    pub from: Date,
    pub to: Date,
    pub orders: i64,
    pub revenue: Money,
    pub average_order_value: Money,
    pub revenue_by_day: Vec<DayRevenue>,
    pub cycle_time: CycleTime,
    pub cart_abandonment: Abandonment,
    /// Orders / carts with items (0 to 1).
    pub conversion_rate: f64,
    pub inventory_turnover: Turnover,
    /// Average lifetime value of the customers who ordered in the period.
    pub average_lifetime_value: Money,
    /// The ten with the highest lifetime value.
    pub top_customers: Vec<Customer>,
    pub returns: ReturnsReport,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductReturnRate {
    pub product_handle: String,
    pub product_title: String,
    /// Units sold in orders placed in the period.
    pub units_sold: i64,
    /// Units of those orders asked back (rejected and canceled returns left out).
    pub units_returned: i64,
    /// units_returned / units_sold, 0 to 1 (4 decimals).
    pub return_rate: f64,
    /// The reason given most, by units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReasonShare {
    pub reason: String,
    pub label: String,
    pub units: i64,
    /// Share of all returned units, 0 to 1 (4 decimals).
    pub share: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefundTime {
    /// Returns whose money went out (refund or credit) in the period.
    pub resolved: i64,
    /// Hours from request to money out: median and 90th percentile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p90_hours: Option<f64>,
    /// Share paid out within 2 business days of the request (0 to 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within_two_business_days: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnsReport {
    pub from: Date,
    pub to: Date,
    pub orders: i64,
    pub returns: i64,
    pub units_sold: i64,
    pub units_returned: i64,
    pub return_rate: f64,
    /// Highest return rate first.
    pub by_product: Vec<ProductReturnRate>,
    /// Most units first.
    pub by_reason: Vec<ReasonShare>,
    pub refund_time: RefundTime,
}

/// A return in the operator's queue.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminReturnSummary {
    pub rma: String,
    pub order_number: String,
    pub email: String,
    pub status: ReturnStatus,
    pub items: i64,
    pub requested_at: i64,
    /// Some line's reason needs a photo that is not attached yet.
    pub photos_needed: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RefundReturn {
    /// Part of what is due ("12.50"); default: all that is due.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub amount: Option<Decimal>,
    /// Add the order's shipping (when the shop's policy refunds it; once per order).
    #[serde(default)]
    pub include_shipping: bool,
    /// Close the refund part even when less than is due was refunded.
    #[serde(default)]
    pub complete: bool,
}

/// `POST /admin/orders/{number}/shipments`.
#[derive(Serialize, Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateShipment {
    /// Lines and quantities in the parcel; empty or absent: everything not yet shipped.
    #[serde(default)]
    pub lines: Vec<ShipmentLine>,
    pub carrier: String,
    pub tracking_number: String,
    #[serde(default)]
    pub tracking_url: Option<String>,
    /// The carrier's service level, e.g. "Ground".
    #[serde(default)]
    pub service: Option<String>,
}

/// `POST /admin/shipments/{id}/events`: a checkpoint the operator adds.
#[derive(Serialize, Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateTrackingEvent {
    /// AfterShip's spelling: `InTransit`, `OutForDelivery`, `Delivered`...
    pub status: TrackingStatus,
    #[serde(default)]
    pub substatus: Option<String>,
    #[serde(default)]
    pub message: String,
    /// Unix seconds; default: now.
    #[serde(default)]
    pub time: Option<i64>,
    #[serde(default)]
    pub location: Option<String>,
}

/// `out` (nothing available), `low` (at or below the reorder point) or `ok`.
pub fn stock_status(available: i64, plan: &StockPlan) -> &'static str {
    if available <= 0 {
        "out"
    } else if plan.needs_reorder(available) {
        "low"
    } else {
        "ok"
    }
}

impl InventoryRow {
    /// The row after a stock change by hand left `on_hand` units: the same
    /// sales, a new availability, plan and status (what the server would answer).
    pub fn with_on_hand(&self, on_hand: i64, lead_time_days: u32, safety_weeks: u32) -> InventoryRow {
        let available = (on_hand - self.reserved).max(0);
        let plan = StockPlan::new(&self.weekly_sales, available, lead_time_days, safety_weeks);
        InventoryRow { on_hand, available, status: stock_status(available, &plan).into(), plan, ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_after_a_change_by_hand_has_the_plan_and_status_the_server_gives() {
        let weekly = vec![1, 2, 0, 3, 1, 2, 2, 1];
        let plan = StockPlan::new(&weekly, 3, 7, 2);
        let row = InventoryRow {
            variant_id: 1,
            sku: "TEE-S".into(),
            product_handle: "tee".into(),
            product_title: "Tee".into(),
            variant_title: "S".into(),
            on_hand: 5,
            reserved: 2,
            available: 3,
            weekly_sales: weekly.clone(),
            status: stock_status(3, &plan).into(),
            plan,
        };
        assert_eq!(row.status, "low", "3 available, reorder point {}", row.plan.reorder_point);
        let up = row.with_on_hand(40, 7, 2);
        assert_eq!((up.on_hand, up.available, up.status.as_str()), (40, 38, "ok"));
        assert_eq!(up.plan, StockPlan::new(&weekly, 38, 7, 2));
        let out = row.with_on_hand(2, 7, 2);
        assert_eq!((out.available, out.status.as_str()), (0, "out"), "what is held is not available");
    }
}
