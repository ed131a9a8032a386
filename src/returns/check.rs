//! The browser's checks of a return before it is sent (the server checks
//! again and answers with the same field keys, see [`field_key`]).

use vitrine_core::t;
use std::collections::BTreeMap;

use vitrine_core::returns::{ExchangeOption, Resolution, ReturnableAnswer, ReturnableLine};
use vitrine_core::FieldErrors;

use super::{LineChoice, ReturnStep};

/// Longest comment the server keeps.
pub const COMMENT_MAX: usize = 500;

/// The problems of every step up to and including `step`, keyed `lines` or
/// `{line_id}.{field}`. `photos` counts the photos picked per line.
pub fn check_step(step: ReturnStep, answer: &ReturnableAnswer, lines: &BTreeMap<i64, LineChoice>, photos: &BTreeMap<i64, usize>) -> FieldErrors {
    let mut errors = FieldErrors::new();
    let mut add = |key: String, problem: String| errors.entry(key).or_default().push(problem);
    let chosen: Vec<_> = answer.lines.iter().filter_map(|l| Some((l, lines.get(&l.line_id).filter(|c| c.chosen)?))).collect();
    if chosen.is_empty() {
        add("lines".into(), t!("returns-error-no-items"));
    }
    let mut total_photos = 0;
    for (line, c) in &chosen {
        let id = line.line_id;
        if line.returnable_quantity < 1 {
            add(format!("{id}.line_id"), line.reason.clone().unwrap_or_else(|| t!("returns-error-not-returnable")));
        } else if !(1..=line.returnable_quantity).contains(&c.quantity) {
            add(format!("{id}.quantity"), t!("returns-error-quantity", max = line.returnable_quantity));
        }
        if step < ReturnStep::Reasons {
            continue;
        }
        let count = photos.get(&id).copied().unwrap_or(0);
        total_photos += count;
        match answer.reasons.iter().find(|r| r.code == c.reason) {
            None => add(format!("{id}.reason"), t!("returns-error-reason")),
            Some(r) if r.photo_required && count == 0 => {
                add(format!("{id}.photos"), t!("returns-error-photo-needed", reason = &r.label))
            }
            Some(_) => {}
        }
        if c.comment.chars().count() > COMMENT_MAX {
            add(format!("{id}.comment"), t!("returns-error-comment-too-long", count = COMMENT_MAX));
        }
        if total_photos > answer.photo_max_count as usize && count > 0 {
            add(format!("{id}.photos"), t!("returns-error-too-many-photos", count = answer.photo_max_count));
        }
        if step < ReturnStep::Resolutions {
            continue;
        }
        match c.resolution {
            None => add(format!("{id}.resolution"), t!("returns-error-resolution")),
            Some(Resolution::Exchange) => {
                let offers = exchange_offers(line);
                let in_stock = |v: &i64| offers.iter().any(|o| o.variant_id == *v && o.available >= c.quantity);
                if offers.is_empty() {
                    add(format!("{id}.exchange_variant_id"), t!("returns-error-no-exchange"));
                } else if !c.exchange_variant_id.as_ref().is_some_and(in_stock) {
                    add(format!("{id}.exchange_variant_id"), t!("returns-error-exchange-variant"));
                }
            }
            Some(_) => {}
        }
    }
    errors
}

/// The variants offered for an exchange of `line`: in stock, and not the
/// variant being returned (the server's list may include it).
pub fn exchange_offers(line: &ReturnableLine) -> Vec<ExchangeOption> {
    line.exchange_options.iter().filter(|o| o.available > 0 && o.title != line.variant_title).cloned().collect()
}

/// Checks a picked photo against the shop's limits: `Err` says why it can't be sent.
pub fn check_photo(name: &str, content_type: &str, bytes: u64, answer: &ReturnableAnswer) -> Result<(), String> {
    if !answer.photo_types.iter().any(|t| t.eq_ignore_ascii_case(content_type)) {
        return Err(t!("returns-error-photo-type", name = name, types = type_names(&answer.photo_types)));
    }
    if bytes > answer.photo_max_bytes {
        return Err(t!("returns-error-photo-size", name = name, size = size_text(answer.photo_max_bytes)));
    }
    Ok(())
}

/// "JPEG, PNG or WebP" for `["image/jpeg", "image/png", "image/webp"]`.
pub fn type_names(types: &[String]) -> String {
    let names: Vec<String> = types
        .iter()
        .map(|t| match t.trim_start_matches("image/") {
            "webp" => "WebP".to_string(), // i18n: not shown (a format's name)
            other => other.to_uppercase(),
        })
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => t!("returns-type-list", first = rest.join(", "), last = last),
    }
}

/// "8 MB", "1.5 MB", "300 KB" (in the page's language: "1,5 Mo").
pub fn size_text(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        let tenths = (bytes * 10 + MB / 2) / MB;
        let whole = crate::i18n::number(i64::try_from(tenths / 10).unwrap_or(i64::MAX));
        let size = if tenths.is_multiple_of(10) {
            whole
        } else {
            let point = match crate::i18n::lang() {
                vitrine_core::i18n::Lang::De | vitrine_core::i18n::Lang::Fr => ",",
                _ => ".",
            };
            format!("{whole}{point}{}", tenths % 10)
        };
        t!("returns-size-mb", size = size)
    } else {
        t!("returns-size-kb", size = crate::i18n::number(i64::try_from(bytes.div_ceil(1024)).unwrap_or(i64::MAX)))
    }
}

/// The draft's key for a server field: `lines[1].reason` -> `{ids[1]}.reason`
/// (`ids`: the request's line ids in order); `lines` and unknown fields stay.
pub fn field_key(field: &str, ids: &[i64]) -> String {
    // i18n: not shown (the server's field names)
    let parsed = field.strip_prefix("lines[").and_then(|rest| rest.split_once("].")).and_then(|(i, f)| Some((ids.get(i.parse::<usize>().ok()?)?, f)));
    match parsed {
        Some((id, f)) => format!("{id}.{f}"),
        None => field.to_string(),
    }
}

/// The step that shows the control of an error key.
pub fn step_of(key: &str) -> Option<ReturnStep> {
    if key == "lines" {
        return Some(ReturnStep::Items);
    }
    let (id, field) = key.split_once('.')?;
    id.parse::<i64>().ok()?;
    match field {
        "line_id" | "quantity" => Some(ReturnStep::Items),
        "reason" | "photos" | "comment" => Some(ReturnStep::Reasons),
        "resolution" | "exchange_variant_id" => Some(ReturnStep::Resolutions),
        _ => None,
    }
}
