//! The operator's console (its own entry, `admin.html`, so the shopper's
//! first load carries none of it): sign-in with an admin key, the order
//! queue by kind of work and an order's page with the pre-packing
//! checklist and every action (verify, ship, checkpoints, deliver, cancel,
//! returns), inventory with reorder points, adjustments and the ledger, and
//! seed 004's metrics as accessible SVG charts with their data tables, and
//! the alerts the rules raised; and the theme editor at `/theme`.

mod alerts_page;
mod bar_chart;
mod console;
mod inventory_page;
mod metrics_page;
mod order_page;
mod queue_page;
mod session;
mod theme_editor;
mod theme_preview;

pub use alerts_page::AlertsPage;
pub use bar_chart::{Bar, BarChart};
pub use console::AdminApp;
pub use inventory_page::InventoryPage;
pub use metrics_page::MetricsPage;
pub use order_page::AdminOrderPage;
pub use queue_page::QueuePage;
pub use session::AdminSession;
pub use theme_editor::ThemeEditor;
pub use theme_preview::ThemePreview;
