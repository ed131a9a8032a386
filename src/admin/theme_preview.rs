use leptos::prelude::*;
use vitrine_core::t;
use vitrine_core::checkout::Order;
use vitrine_core::listing::ProductQuery;
use vitrine_core::theme::{effective, forced_scheme, Theme};
use vitrine_core::FieldErrors;

use super::AdminSession;
use crate::api;
use crate::catalog::{Gallery, ProductCard, StockBadge, VariantPicker};
use crate::checkout::{CardFields, CardForm};
use crate::returns::{ReasonsStep, ReturnDraft, ReturnStep};
use crate::store::ShopStore;
use crate::tracking::{MilestoneStepper, OrderDetails, ShipmentCard};
use crate::ui::{MiniLine, Price};

/// Every token's value under `theme`, as inline declarations: the preview
/// sets all of them, so what the page around it inherits (the stored theme)
/// never shows through.
fn declarations(theme: &Theme, scheme: &str) -> String {
    let mut out = format!("color-scheme: {};", forced_scheme(theme).unwrap_or(scheme));
    for (name, value) in effective(theme) {
        out.push_str(&format!("{name}: {value};"));
    }
    out
}

/// The shop as the theme being edited paints it: the real components
/// (cards, gallery and variant picker, cart lines and totals, the card form
/// with a field error, the order page with its progress and a parcel's
/// tracking timeline, and the return form) over the shop's own products and
/// its latest delivered order, in light or dark. Not interactive (`inert`):
/// it shows, the controls beside it change.
#[component]
pub fn ThemePreview(theme: RwSignal<Theme>) -> impl IntoView {
    let session = AdminSession::expect();
    let scheme = RwSignal::new("light");
    let style = move || theme.with(|t| declarations(t, scheme.get()));
    let forced = move || theme.with(|t| forced_scheme(t).is_some());
    let products = LocalResource::new(|| async {
        let query = ProductQuery { per_page: 3, ..ProductQuery::default() };
        api::products(&query, None).await.map(|l| l.items).unwrap_or_default()
    });
    let product = LocalResource::new(move || async move {
        let list = products.await;
        let handle = list.iter().find(|p| p.swatches.len() > 1).or(list.first()).map(|p| p.handle.clone())?;
        api::product(&handle).await.ok()
    });
    let order = LocalResource::new(move || {
        let key = session.key().unwrap_or_default();
        async move {
            let delivered = api::admin_orders(&key, Some("delivered"), false).await.ok()?;
            let number = delivered.first()?.number.clone();
            let order = api::admin_order(&key, &number).await.ok()?.order;
            let token = order.status_url.split("token=").nth(1).unwrap_or_default().to_string();
            let returnable = api::returnable(&order.number, &token).await.ok();
            Some((order, returnable))
        }
    });
    view! {
        <section class="vt-theme-editor__preview" aria-labelledby="vt-theme-preview-title">
            <div class="vt-theme-editor__preview-head">
                <h2 id="vt-theme-preview-title" class="vt-theme-editor__legend">{t!("theme-preview-title")}</h2>
                <fieldset class="vt-theme-editor__segments" disabled=forced>
                    <legend class="vt-visually-hidden">{t!("theme-preview-in")}</legend>
                    {[("light", t!("theme-preview-light")), ("dark", t!("theme-preview-dark"))].into_iter().map(|(value, label)| view! {
                        <label class="vt-theme-editor__segment">
                            <input type="radio" name="vt-theme-scheme" value=value prop:checked=move || scheme.get() == value on:change=move |_| scheme.set(value)/>
                            <span>{label}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
            </div>
            <p class="vt-field__hint">
                {move || if forced() { t!("theme-preview-forced") } else { t!("theme-preview-follows-system") }}
                " "
                {t!("theme-preview-picture")}
            </p>
            <div class="vt-theme-preview" style=style inert=true data-testid="theme-preview">
                <Pane title=t!("theme-pane-catalog")>
                    <Suspense fallback=|| view! { <div class="vt-skeleton vt-skeleton--block"></div> }>
                        {move || Suspend::new(async move {
                            let list = products.await;
                            view! {
                                <ul class="vt-grid vt-theme-preview__grid">
                                    {list.into_iter().map(|mut p| { p.single_variant_id = None; view! { <li><ProductCard product=p/></li> } }).collect_view()}
                                </ul>
                            }
                        })}
                    </Suspense>
                </Pane>
                <Pane title=t!("theme-pane-product")>
                    <Suspense fallback=|| view! { <div class="vt-skeleton vt-skeleton--block"></div> }>
                        {move || Suspend::new(async move { product.await.map(|p| view! { <ProductHeader product=p/> }) })}
                    </Suspense>
                </Pane>
                <Pane title=t!("theme-pane-cart-drawer")>
                    <Suspense fallback=|| view! { <div class="vt-skeleton vt-skeleton--block"></div> }>
                        {move || Suspend::new(async move { order.await.map(|(o, _)| view! { <DrawerPreview order=o/> }) })}
                    </Suspense>
                </Pane>
                <Pane title=t!("theme-pane-checkout-payment")>
                    <CheckoutPreview/>
                </Pane>
                <Pane title=t!("theme-pane-order") wide=true>
                    <Suspense fallback=|| view! { <div class="vt-skeleton vt-skeleton--block"></div> }>
                        {move || Suspend::new(async move {
                            match order.await {
                                Some((o, _)) => view! { <OrderPreview order=o/> }.into_any(),
                                None => view! { <p class="vt-field__hint">{t!("theme-preview-no-order")}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                </Pane>
                <Pane title=t!("theme-pane-return")>
                    <Suspense fallback=|| view! { <div class="vt-skeleton vt-skeleton--block"></div> }>
                        {move || Suspend::new(async move {
                            match order.await.and_then(|(_, r)| r) {
                                Some(answer) if !answer.lines.is_empty() => {
                                    let first = answer.lines.iter().find(|l| l.returnable_quantity > 0).map(|l| l.line_id);
                                    let draft = ReturnDraft::provide(answer);
                                    // The first item chosen, its reason still to give: the step a shopper fills in.
                                    draft.lines.update(|ls| if let Some(c) = first.and_then(|id| ls.get_mut(&id)) { c.chosen = true; });
                                    draft.step.set(ReturnStep::Reasons);
                                    view! { <div class="vt-returns"><ReasonsStep/></div> }.into_any()
                                }
                                _ => view! { <p class="vt-field__hint">{t!("theme-preview-no-return")}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                </Pane>
            </div>
        </section>
    }
}

#[component]
fn Pane(title: String, #[prop(optional)] wide: bool, children: Children) -> impl IntoView {
    view! {
        <div class="vt-theme-pane" class:vt-theme-pane--wide=wide>
            <h3 class="vt-theme-pane__title">{title}</h3>
            <div class="vt-main vt-theme-pane__page">{children()}</div>
        </div>
    }
}

/// The top of a product page: gallery, title, price, options, stock, the button.
#[component]
fn ProductHeader(product: vitrine_core::catalog::Product) -> impl IntoView {
    let first = product.variants.iter().find(|v| v.available > 0).or(product.variants.first()).cloned();
    let selected = RwSignal::new(first.as_ref().map(|v| v.options.clone()).unwrap_or_default());
    let price = first.as_ref().map(|v| v.price).unwrap_or(product.variants[0].price);
    let compare_at = first.as_ref().and_then(|v| v.compare_at_price);
    let available = first.as_ref().map(|v| v.available).unwrap_or(0);
    let images = product.images.clone();
    let (title, category) = (product.title.clone(), product.category.name.clone());
    let product = StoredValue::new(product);
    view! {
        <article class="vt-product vt-theme-preview__product">
            <Gallery images active=RwSignal::new(0)/>
            <div class="vt-product__info">
                <p class="vt-product__category">{category}</p>
                <h4 class="vt-product__title">{title}</h4>
                <Price class="vt-product__price" price=price compare_at=compare_at/>
                <VariantPicker product selected on_select=Callback::new(move |s| selected.set(s))/>
                <StockBadge available=available/>
                <button type="button" class="vt-button vt-button--primary vt-button--block">{t!("theme-sample-add-to-cart")}</button>
            </div>
        </article>
    }
}

/// The cart drawer's inside, with the lines of a real order.
#[component]
fn DrawerPreview(order: Order) -> impl IntoView {
    let shop = ShopStore::expect();
    let t = order.totals.clone();
    view! {
        <div class="vt-dialog vt-drawer vt-theme-preview__drawer">
            <div class="vt-dialog__header"><h4 class="vt-dialog__title">{t!("theme-sample-cart-title", count = order.lines.iter().map(|l| l.quantity).sum::<i64>())}</h4></div>
            <div class="vt-dialog__body">
                <ul class="vt-lines">
                    {order.lines.iter().map(|l| view! {
                        <li class="vt-mini-line"><MiniLine image=l.image.clone() title=l.product_title.clone() variant=l.variant_title.clone() quantity=l.quantity price=shop.format(l.total)/></li>
                    }).collect_view()}
                </ul>
            </div>
            <div class="vt-dialog__footer vt-drawer__footer">
                <dl class="vt-totals">
                    <div class="vt-totals__row"><dt>{t!("theme-sample-subtotal")}</dt><dd>{shop.format(t.subtotal)}</dd></div>
                    <div class="vt-totals__row vt-totals__row--total"><dt>{t!("theme-sample-total")}</dt><dd>{shop.format(t.total)}</dd></div>
                </dl>
                <span class="vt-button vt-button--primary vt-button--block">{t!("theme-sample-check-out")}</span>
                <span class="vt-button vt-button--secondary vt-button--block">{t!("theme-sample-view-cart")}</span>
            </div>
        </div>
    }
}

/// The checkout's payment step: the card form, its number refused.
#[component]
fn CheckoutPreview() -> impl IntoView {
    let card = CardFields::new();
    card.number.set("4242 4242 4242".into());
    let mut errors = FieldErrors::new();
    errors.insert("number".into(), vec![t!("theme-sample-card-incomplete")]);
    view! {
        <section class="vt-step vt-step--current">
            <div class="vt-step__head"><h4 class="vt-step__title"><span class="vt-step__number" aria-hidden="true">"3"</span>{t!("theme-sample-payment")}</h4></div>
            <CardForm card errors=RwSignal::new(errors)/>
            <button type="button" class="vt-button vt-button--primary vt-button--block">{t!("theme-sample-pay-now")}</button>
        </section>
    }
}

/// The order page's top: progress, the first parcel with its timeline, the details.
#[component]
fn OrderPreview(order: Order) -> impl IntoView {
    let parcel = order.shipments.first().cloned();
    let lines = order.lines.clone();
    let steps = order.progress.clone();
    view! {
        <div class="vt-tracking">
            <h4 class="vt-page__title">{t!("theme-sample-order-title", number = &order.number)}</h4>
            <MilestoneStepper steps/>
            {parcel.map(|s| view! { <ShipmentCard shipment=s lines/> })}
            <OrderDetails order/>
        </div>
    }
}
