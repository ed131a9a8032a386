use std::collections::BTreeMap;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use vitrine_core::returns::{Resolution, ReturnRequest, ReturnRequestLine, ReturnableAnswer, ReturnableLine};
use vitrine_core::FieldErrors;

use super::check::{check_step, field_key, step_of};
use super::ReturnStep;
use crate::api::ApiError;
use crate::checkout::focus;

/// What the shopper chose for one order line.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct LineChoice {
    pub chosen: bool,
    pub quantity: i64,
    /// A reason code; empty until chosen.
    pub reason: String,
    pub comment: String,
    pub resolution: Option<Resolution>,
    pub exchange_variant_id: Option<i64>,
}

/// A photo picked for a line, checked in the browser (type, size) and sent
/// once the return exists.
#[derive(Clone, Debug)]
pub struct PickedPhoto {
    pub name: String,
    pub bytes: u64,
    pub file: SendWrapper<web_sys::Blob>,
}

/// The return being put together, shared by the steps of
/// [`StartReturn`](super::StartReturn) through context. Errors are keyed
/// `lines` or `{line_id}.{field}` (`12.reason`), whether the browser or the
/// server found them ([`ReturnDraft::show_server_error`]).
#[derive(Clone, Copy)]
pub struct ReturnDraft {
    pub answer: StoredValue<ReturnableAnswer>,
    pub step: RwSignal<ReturnStep>,
    /// By order line id.
    pub lines: RwSignal<BTreeMap<i64, LineChoice>>,
    /// By order line id.
    pub photos: RwSignal<BTreeMap<i64, Vec<PickedPhoto>>>,
    pub errors: RwSignal<FieldErrors>,
    /// A problem that belongs to no field.
    pub message: RwSignal<Option<String>>,
    /// The request last sent and its idempotency key: sending the same
    /// request again (a retry, a double click) reuses the key.
    attempt: StoredValue<Option<(ReturnRequest, String)>>,
}

impl ReturnDraft {
    /// A draft over `answer` (the first resolution the shop offers preselected),
    /// provided as context.
    pub fn provide(answer: ReturnableAnswer) -> ReturnDraft {
        let first = answer.resolutions.first().map(|r| r.code);
        let lines = answer
            .lines
            .iter()
            .map(|l| (l.line_id, LineChoice { quantity: l.returnable_quantity.min(1), resolution: first, ..LineChoice::default() }))
            .collect();
        let draft = ReturnDraft {
            answer: StoredValue::new(answer),
            step: RwSignal::new(ReturnStep::Items),
            lines: RwSignal::new(lines),
            photos: RwSignal::new(BTreeMap::new()),
            errors: RwSignal::new(FieldErrors::new()),
            message: RwSignal::new(None),
            attempt: StoredValue::new(None),
        };
        provide_context(draft);
        draft
    }

    /// The draft provided by [`StartReturn`](super::StartReturn). Panics outside one: a wiring bug.
    pub fn expect() -> ReturnDraft {
        expect_context::<ReturnDraft>()
    }

    /// One line's choice (reactive).
    pub fn choice(&self, line_id: i64) -> LineChoice {
        self.lines.with(|l| l.get(&line_id).cloned().unwrap_or_default())
    }

    /// Changes one line's choice and clears that line's errors.
    pub fn update(&self, line_id: i64, f: impl FnOnce(&mut LineChoice)) {
        self.lines.update(|l| f(l.entry(line_id).or_default()));
        let prefix = format!("{line_id}.");
        self.errors.update(|e| e.retain(|k, _| !k.starts_with(&prefix) && k != "lines"));
    }

    /// The first problem with `key` (reactive).
    pub fn error(&self, key: &str) -> Option<String> {
        self.errors.with(|e| e.get(key).and_then(|v| v.first().cloned()))
    }

    /// The chosen lines' ids, in the order of the order.
    /// A step's summary: `each` chosen line in words, joined with " · ".
    /// Tracks the choices.
    pub fn summarize(&self, each: impl Fn(&ReturnableAnswer, &ReturnableLine, &LineChoice) -> String) -> String {
        let lines = self.lines.get();
        self.answer.with_value(|a| {
            a.lines
                .iter()
                .filter_map(|l| lines.get(&l.line_id).filter(|c| c.chosen).map(|c| each(a, l, c)))
                .collect::<Vec<_>>()
                .join(" · ")
        })
    }

    /// The chosen lines, in the order's order. Tracks the choices.
    pub fn chosen_lines(&self) -> Vec<ReturnableLine> {
        let ids = self.chosen_ids();
        self.answer.with_value(|a| a.lines.iter().filter(|l| ids.contains(&l.line_id)).cloned().collect())
    }

    pub fn chosen_ids(&self) -> Vec<i64> {
        let lines = self.lines.get();
        self.answer.with_value(|a| a.lines.iter().map(|l| l.line_id).filter(|id| lines.get(id).is_some_and(|c| c.chosen)).collect())
    }

    /// Checks `from` (and the steps before it) and opens the next step, or
    /// shows what to fix and focuses the first control at fault; `true` when
    /// nothing is at fault.
    pub fn next(&self, from: ReturnStep) -> bool {
        let photo_counts = self.photos.with_untracked(|p| p.iter().map(|(id, v)| (*id, v.len())).collect::<BTreeMap<_, _>>());
        let errors = self.lines.with_untracked(|lines| self.answer.with_value(|a| check_step(from, a, lines, &photo_counts)));
        let first = first_control(&errors, &self.chosen_ids_untracked());
        let earliest = errors.keys().filter_map(|k| step_of(k)).min();
        self.errors.set(errors);
        match first {
            Some(id) => {
                if let Some(step) = earliest.filter(|s| *s < from) {
                    self.step.set(step);
                }
                // After the step has rendered its controls.
                set_timeout(move || focus(&id), std::time::Duration::ZERO);
                false
            }
            None => {
                self.message.set(None);
                if let Some(next) = from.next() {
                    self.step.set(next);
                }
                true
            }
        }
    }

    fn chosen_ids_untracked(&self) -> Vec<i64> {
        untrack(|| self.chosen_ids())
    }

    /// The request the shopper has put together.
    pub fn request(&self) -> ReturnRequest {
        let ids = self.chosen_ids_untracked();
        let lines = self.lines.get_untracked();
        ReturnRequest {
            lines: ids
                .into_iter()
                .filter_map(|id| {
                    let c = lines.get(&id)?;
                    let resolution = c.resolution.unwrap_or(Resolution::Refund);
                    Some(ReturnRequestLine {
                        line_id: id,
                        quantity: c.quantity,
                        reason: c.reason.clone(),
                        comment: Some(c.comment.trim().to_string()).filter(|t| !t.is_empty()),
                        resolution,
                        exchange_variant_id: c.exchange_variant_id.filter(|_| resolution == Resolution::Exchange),
                    })
                })
                .collect(),
        }
    }

    /// The idempotency key for sending `request`: the last one when the
    /// request is the same (a retry), a new one when it changed.
    pub fn key_for(&self, request: &ReturnRequest) -> String {
        if let Some((_, key)) = self.attempt.get_value().filter(|(r, _)| r == request) {
            return key;
        }
        let key = new_key();
        self.attempt.set_value(Some((request.clone(), key.clone())));
        key
    }

    /// Shows the server's refusal of `request`: field errors (`lines[0].reason`)
    /// next to their controls, in the earliest step with one (focused), the
    /// rest as the form's message.
    pub fn show_server_error(&self, error: &ApiError, request: &ReturnRequest) {
        let ApiError::Http { body, .. } = error else {
            self.message.set(Some(error.to_string()));
            return;
        };
        let ids: Vec<i64> = request.lines.iter().map(|l| l.line_id).collect();
        let mut errors = FieldErrors::new();
        for (field, problems) in &body.errors {
            errors.entry(field_key(field, &ids)).or_default().extend(problems.iter().cloned());
        }
        let step = errors.keys().filter_map(|k| step_of(k)).min();
        let only_fields = step.is_some() && errors.keys().all(|k| step_of(k).is_some());
        self.message.set((!only_fields).then(|| body.message.clone()));
        let first = first_control(&errors, &ids);
        self.errors.set(errors);
        if let Some(step) = step {
            self.step.set(step);
            if let Some(id) = first {
                // After the step has rendered its controls.
                set_timeout(move || focus(&id), std::time::Duration::ZERO);
            }
        }
    }
}

/// The id of the control of the first error, in the order the form shows them.
fn first_control(errors: &FieldErrors, ids: &[i64]) -> Option<String> {
    if errors.contains_key("lines") {
        return Some("vt-return-lines".into());
    }
    const FIELDS: [&str; 7] = ["line_id", "quantity", "reason", "photos", "comment", "resolution", "exchange_variant_id"];
    let mut keys: Vec<(Option<ReturnStep>, usize, usize, String)> = Vec::new();
    for (li, id) in ids.iter().enumerate() {
        for (fi, f) in FIELDS.iter().enumerate() {
            let key = format!("{id}.{f}");
            if errors.contains_key(&key) {
                keys.push((step_of(&key), li, fi, control_id(*id, f)));
            }
        }
    }
    keys.sort();
    keys.into_iter().next().map(|k| k.3)
}

/// The id of a line's control for `field` (its error is `{id}-error`).
pub fn control_id(line_id: i64, field: &str) -> String {
    match field {
        "line_id" => format!("vt-return-{line_id}-chosen"),
        "exchange_variant_id" | "resolution" => format!("vt-return-{line_id}-{field}-first"),
        _ => format!("vt-return-{line_id}-{field}"),
    }
}

fn new_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}
