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
            ReturnStatus::Approved => "Your return was approved. You can print the return label now.".to_string(),
            ReturnStatus::Received => "We received your return.".to_string(),
            ReturnStatus::Rejected => {
                format!("Your return was rejected. {}", after.rejection_reason.clone().unwrap_or_default()).trim_end().to_string()
            }
            _ => format!("Your return's status is now: {}.", after.status_label.trim_end_matches('.')),
        });
    }
    if after.money.len() > before.money.len() {
        return Some("Money for your return is on its way.".to_string());
    }
    (after.photos.len() > before.photos.len()).then(|| "Your photo was added.".to_string())
}
