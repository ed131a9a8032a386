use vitrine_core::t;
use vitrine_core::returns::{ReturnStatus, ReturnView};

/// One sentence for the return page's live region about what changed from
/// `before` to `after` (its status, then money paid out, then photos), or
/// `None` when nothing a shopper would notice did.
///
/// ```ignore
/// assert_eq!(return_announcement(&old, &new).as_deref(), Some("Your return was approved. You can print the return label now."));
/// ```
pub fn return_announcement(before: &ReturnView, after: &ReturnView) -> Option<String> {
    if before.status != after.status {
        return Some(match after.status {
            ReturnStatus::Approved => t!("returns-announce-approved"),
            ReturnStatus::Received => t!("returns-announce-received"),
            ReturnStatus::Rejected => {
                t!("returns-announce-rejected", reason = after.rejection_reason.clone().unwrap_or_default()).trim_end().to_string()
            }
            _ => t!("returns-announce-status", status = after.status_label.trim_end_matches('.')),
        });
    }
    if after.money.len() > before.money.len() {
        return Some(t!("returns-announce-money"));
    }
    (after.photos.len() > before.photos.len()).then(|| t!("returns-announce-photo"))
}
