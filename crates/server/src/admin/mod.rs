//! The operator's API under `/api/v1/admin/...`: every route takes the
//! [`Admin`] extractor, so a missing, wrong or revoked key is one 401 before
//! any handler runs. The CLI subcommands call the same services.

pub mod alerts;
pub mod inventory;
pub mod keys;
pub mod metrics;
pub mod orders;
pub mod test_orders;

pub use keys::Admin;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(orders::admin_orders_index))
        .routes(routes!(orders::admin_orders_queue))
        .routes(routes!(orders::admin_orders_show, test_orders::admin_orders_delete))
        .routes(routes!(test_orders::admin_carts_mark_test))
        .routes(routes!(test_orders::admin_carts_delete))
        .routes(routes!(orders::admin_orders_verify))
        .routes(routes!(orders::admin_orders_cancel))
        .routes(routes!(orders::admin_orders_deliver))
        .routes(routes!(orders::admin_shipments_create))
        .routes(routes!(orders::admin_tracking_events_create))
        .routes(routes!(crate::returns::admin::admin_returns_index))
        .routes(routes!(crate::returns::admin::admin_returns_show))
        .routes(routes!(crate::returns::admin::admin_returns_approve))
        .routes(routes!(crate::returns::admin::admin_returns_reject))
        .routes(routes!(crate::returns::admin::admin_returns_receive))
        .routes(routes!(crate::returns::admin::admin_returns_refund))
        .routes(routes!(crate::returns::admin::admin_returns_credit))
        .routes(routes!(crate::returns::admin::admin_returns_exchange))
        .routes(routes!(crate::returns::reports::admin_reports_returns))
        .routes(routes!(inventory::admin_inventory_index))
        .routes(routes!(inventory::admin_inventory_adjust, inventory::admin_inventory_ledger))
        .routes(routes!(metrics::admin_reports_metrics))
        .routes(routes!(alerts::admin_alerts_index))
        .routes(routes!(alerts::admin_alerts_resolve))
}
