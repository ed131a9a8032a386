use leptos::prelude::*;
use vitrine_core::t;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use vitrine_core::returns::ReturnView;

use super::{token_of, PickedPhoto};
use crate::api;
use crate::checkout::focus;

#[derive(Clone, Debug, PartialEq)]
enum Upload {
    Waiting,
    Sending,
    Done,
    Failed(String),
}

/// After the return is made: sends its photos one by one (each to its
/// return line), shows how far it got and what failed (with "Try again"),
/// then opens the return's page. Progress is read out in a polite live region.
///
/// Needs a router.
///
/// ```ignore
/// view! { <PhotoUploads created=view photos/> }
/// ```
#[component]
pub fn PhotoUploads(
    /// The return just made.
    created: ReturnView,
    /// The photos, by order line id.
    photos: Vec<(i64, PickedPhoto)>,
) -> impl IntoView {
    let navigate = use_navigate();
    let status_url = created.status_url.clone();
    let token = token_of(&created.status_url);
    let rma = created.rma.clone();
    // Photos name the return line (the order line id would do too, but the return's own id is exact).
    let targets: Vec<Option<i64>> = photos.iter().map(|(order_line, _)| created.lines.iter().find(|l| l.line_id == *order_line).map(|l| l.id)).collect();
    let states = RwSignal::new(vec![Upload::Waiting; photos.len()]);
    let photos = StoredValue::new(photos);
    let total = photos.with_value(Vec::len);
    let run = Action::new_local(move |_: &()| {
        let (rma, token, targets, navigate, status_url) = (rma.clone(), token.clone(), targets.clone(), navigate.clone(), status_url.clone());
        async move {
            for i in 0..total {
                if states.with_untracked(|s| s[i] == Upload::Done) {
                    continue;
                }
                states.update(|s| s[i] = Upload::Sending);
                let (name, file) = photos.with_value(|p| (p[i].1.name.clone(), p[i].1.file.clone()));
                let result = api::upload_return_photo(&rma, &token, &file, &name, targets[i]).await;
                states.update(|s| s[i] = match result {
                    Ok(_) => Upload::Done,
                    Err(e) => Upload::Failed(e.to_string()),
                });
            }
            if states.with_untracked(|s| s.iter().all(|u| *u == Upload::Done)) {
                navigate(&status_url, Default::default());
            } else {
                focus("vt-return-uploads-title");
            }
        }
    });
    run.dispatch_local(());
    let done = move || states.with(|s| s.iter().filter(|u| **u == Upload::Done).count());
    let failed = move || states.with(|s| s.iter().any(|u| matches!(u, Upload::Failed(_))));
    let progress = move || {
        if run.pending().get() {
            t!("returns-uploads-adding", index = (done() + 1).min(total), total = total)
        } else if failed() {
            t!("returns-uploads-some-failed", done = done(), count = total)
        } else {
            t!("returns-uploads-done")
        }
    };
    view! {
        <section class="vt-step vt-step--current vt-returns__uploads" aria-labelledby="vt-return-uploads-title">
            <h2 id="vt-return-uploads-title" class="vt-step__title" tabindex="-1">{t!("returns-uploads-title", rma = &created.rma)}</h2>
            <progress class="vt-returns__progress" max=total.to_string() value=move || done().to_string() aria-labelledby="vt-return-uploads-status"></progress>
            <p id="vt-return-uploads-status" role="status" aria-live="polite">{progress}</p>
            <ul class="vt-returns__picked">
                {move || photos.with_value(|p| p.iter().map(|(_, p)| p.name.clone()).collect::<Vec<_>>()).into_iter().enumerate().map(|(i, name)| {
                    let state = move || states.with(|s| s[i].clone());
                    view! {
                        <li class="vt-returns__picked-item">
                            <span class="vt-returns__picked-name">{name}</span>
                            <span class="vt-returns__upload-state" class:vt-field__error=move || matches!(state(), Upload::Failed(_))>
                                {move || match state() {
                                    Upload::Waiting => t!("returns-upload-waiting"),
                                    Upload::Sending => t!("returns-upload-sending"),
                                    Upload::Done => t!("returns-upload-added"),
                                    Upload::Failed(why) => why,
                                }}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || failed() && !run.pending().get()>
                <div class="vt-returns__actions">
                    <button type="button" class="vt-button vt-button--primary" on:click=move |_| { run.dispatch_local(()); }>{t!("common-try-again")}</button>
                    <A href=created.status_url.clone() attr:class="vt-button vt-button--secondary">{t!("returns-uploads-go-to-return")}</A>
                </div>
            </Show>
        </section>
    }
}
