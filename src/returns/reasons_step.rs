use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::returns::ReturnableLine;

use super::check::COMMENT_MAX;
use super::{PhotoPicker, ReturnDraft, ReturnStep, ReturnStepSection};

/// Step 2: a reason for each chosen item (required), a photo when the reason
/// needs one, and an optional comment.
///
/// Needs [`ReturnDraft`] in context.
///
/// ```ignore
/// view! { <ReasonsStep/> }
/// ```
#[component]
pub fn ReasonsStep() -> impl IntoView {
    let draft = ReturnDraft::expect();
    let summary = Signal::derive(move || {
        draft.summarize(|a, l, c| {
            let reason = a.reasons.iter().find(|r| r.code == c.reason).map(|r| r.label.clone()).unwrap_or_default();
            t!("returns-summary-reason", item = &l.product_title, reason = reason)
        })
    });
    view! {
        <ReturnStepSection step=ReturnStep::Reasons summary>
            <form class="vt-form" novalidate on:submit=move |ev| { ev.prevent_default(); draft.next(ReturnStep::Reasons); }>
                {move || draft.chosen_lines().into_iter().map(|line| view! { <LineReason line/> }).collect_view()}
                <button type="submit" class="vt-button vt-button--primary">{t!("returns-reasons-continue")}</button>
            </form>
        </ReturnStepSection>
    }
}

#[component]
fn LineReason(line: ReturnableLine) -> impl IntoView {
    let draft = ReturnDraft::expect();
    let id = line.line_id;
    let title = line.product_title.clone();
    let reasons = draft.answer.with_value(|a| a.reasons.clone());
    let needs_photo = {
        let reasons = reasons.clone();
        move || {
            let code = draft.lines.with(|l| l.get(&id).map(|c| c.reason.clone()).unwrap_or_default());
            reasons.iter().any(|r| r.code == code && r.photo_required)
        }
    };
    let reason_id = format!("vt-return-{id}-reason");
    let comment_id = format!("vt-return-{id}-comment");
    let current = move || draft.lines.with(|l| l.get(&id).map(|c| c.reason.clone()).unwrap_or_default());
    view! {
        <div class="vt-returns__group" role="group" aria-labelledby=format!("vt-return-{id}-title")>
            <h3 id=format!("vt-return-{id}-title") class="vt-returns__group-title">
                {title.clone()}<span class="vt-returns__group-detail">{format!(" · {}", line.variant_title)}</span>
            </h3>
            <div class="vt-field">
                <label for=reason_id.clone() class="vt-field__label">{t!("returns-reason-label")}</label>
                <select id=reason_id.clone() class="vt-select" required aria-describedby=format!("{reason_id}-error")
                    aria-invalid=move || draft.error(&format!("{id}.reason")).map(|_| "true")
                    on:change=move |ev| { let v = event_target_value(&ev); draft.update(id, |c| c.reason = v); }>
                    <option value="" selected=move || current().is_empty()>{t!("returns-reason-choose")}</option>
                    {reasons.iter().map(|r| {
                        let code = r.code.clone();
                        let label = if r.photo_required { t!("returns-reason-photo-needed", reason = &r.label) } else { r.label.clone() };
                        view! { <option value=r.code.clone() selected=move || current() == code>{label}</option> }
                    }).collect_view()}
                </select>
                <p id=format!("{reason_id}-error") class="vt-field__error">{move || draft.error(&format!("{id}.reason"))}</p>
            </div>
            <Show when=needs_photo.clone()>
                <PhotoPicker line_id=id title=title.clone()/>
            </Show>
            <div class="vt-field">
                <label for=comment_id.clone() class="vt-field__label">{t!("returns-comment-label")}</label>
                <textarea id=comment_id.clone() class="vt-input vt-returns__comment" rows="3" maxlength=COMMENT_MAX.to_string()
                    aria-describedby=format!("{comment_id}-error") aria-invalid=move || draft.error(&format!("{id}.comment")).map(|_| "true")
                    prop:value=move || draft.lines.with(|l| l.get(&id).map(|c| c.comment.clone()).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev); draft.update(id, |c| c.comment = v); }></textarea>
                <p id=format!("{comment_id}-error") class="vt-field__error">{move || draft.error(&format!("{id}.comment"))}</p>
            </div>
        </div>
    }
}
