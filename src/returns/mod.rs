//! Self-service returns: starting a return on a delivered order (items and
//! quantities, a reason per item with photos when the reason needs one, a
//! refund, store credit or exchange per item, review), the return's own page
//! (RMA: status, progress, how to send it back, items, photos, money,
//! history), kept live over Server-Sent Events, and its printable label.

mod announce;
mod check;
mod draft;
mod exchange_picker;
mod format;
mod items_step;
mod label_page;
mod photo_picker;
mod photo_uploads;
mod reasons_step;
mod resolution_step;
mod return_details;
mod return_lines;
mod return_method;
mod return_money;
mod return_page;
mod return_step;
mod return_stepper;
mod review_step;
mod start_return;
mod start_return_page;
mod step;
mod use_return_events;

pub use announce::return_announcement;
pub use check::{check_photo, check_step, exchange_offers, field_key, size_text, step_of, type_names};
pub use draft::{control_id, LineChoice, PickedPhoto, ReturnDraft};
pub use exchange_picker::ExchangePicker;
pub use format::{resolution_words, token_of};
pub use vitrine_core::returns::window_sentence;
pub use items_step::ItemsStep;
pub use label_page::ReturnLabelPage;
pub use photo_picker::PhotoPicker;
pub use photo_uploads::PhotoUploads;
pub use reasons_step::ReasonsStep;
pub use resolution_step::ResolutionStep;
pub use return_details::ReturnDetails;
pub use return_lines::ReturnLines;
pub use return_method::ReturnMethodCard;
pub use return_money::ReturnMoneyTable;
pub use return_page::ReturnPage;
pub use return_step::ReturnStepSection;
pub use return_stepper::ReturnStepper;
pub use review_step::ReviewStep;
pub use start_return::StartReturn;
pub use start_return_page::StartReturnPage;
pub use step::ReturnStep;
pub use use_return_events::{use_return_events, use_return_events_with_options, UseReturnEventsOptions, UseReturnEventsReturn};
