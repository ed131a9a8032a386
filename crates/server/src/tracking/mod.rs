//! Fulfilment and tracking: the operator ships an order in one or more
//! parcels ([`shipments`]), carriers report checkpoints ([`carriers`], or
//! the operator adds them), the order's status follows its parcels through
//! the core state machine, delivery estimates and delays are worked out
//! ([`estimates`]), the shopper is emailed at each step ([`messages`]) and
//! an open order page updates live ([`live`]). In demo mode a simulated
//! carrier moves new parcels along ([`simulate`]).

pub mod carriers;
pub mod estimates;
pub mod live;
pub mod messages;
pub mod shipments;
pub mod simulate;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

/// Shopper and carrier routes (the operator's are in `admin`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(live::order_events))
        .routes(routes!(carriers::webhooks_aftership))
        .routes(routes!(carriers::webhooks_carrier))
}
