//! Shared primitives every capability uses.

mod error_notice;
mod icons;
mod price;
mod skeleton;
mod skip_link;
mod mini_line;
mod stepper;
mod styles;

pub use error_notice::ErrorNotice;
pub use icons::{Icon, IconKind};
pub use price::Price;
pub use mini_line::MiniLine;
pub use stepper::{Step, Stepper};
pub use skeleton::{ProductGridSkeleton, ProductPageSkeleton};
pub use skip_link::SkipLink;
pub use styles::{mount_in_shadow_root, STYLESHEET};
