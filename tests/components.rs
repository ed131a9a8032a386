//! Component tests in headless Chromium (wasm-bindgen-test): mount, act,
//! `tick().await`, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use vitrine::catalog::{StockBadge, VariantPicker};
use vitrine::store::ShopStore;
use vitrine::ui::Price;
use vitrine_core::catalog::{CategoryRef, OptionValue, Product, ProductOption, StockStatus, Variant};
use vitrine_core::shop::Shop;
use vitrine_core::{Currency, Money};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn shop(currency: Currency, locale: &str) -> Shop {
    Shop { name: "Test Shop".into(), currency, locale: locale.into(), tax_inclusive: false, ship_to: Vec::new(), address_fields: Default::default() }
}

/// Mounts `f` into a fresh container and returns it.
fn mount<V: IntoView + 'static>(shop: Shop, f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let doc = document();
    let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        ShopStore::provide_with(shop);
        f()
    });
    handle.forget();
    container
}

fn text(el: &web_sys::HtmlElement, selector: &str) -> String {
    el.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn price_formats_in_the_shop_locale_and_strikes_the_compare_at_price() {
    let price = RwSignal::new(Money::from_minor(2600, Currency::Eur));
    let el = mount(shop(Currency::Eur, "de-DE"), move || {
        view! { <Price price compare_at=Some(Money::from_minor(123450, Currency::Eur))/> }
    });
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-price__current"), "26,00\u{a0}€");
    assert_eq!(text(&el, ".vt-price__was"), "Was 1.234,50\u{a0}€");
    assert!(el.query_selector(".vt-price__current--sale").unwrap().is_some());

    // A price at or above the compare-at price is not a sale.
    price.set(Money::from_minor(200000, Currency::Eur));
    leptos::task::tick().await;
    assert!(el.query_selector(".vt-price__was").unwrap().is_none());
    assert_eq!(text(&el, ".vt-price__current"), "2.000,00\u{a0}€");
}

#[wasm_bindgen_test]
async fn yen_prices_have_no_decimals() {
    let el = mount(shop(Currency::Jpy, "ja-JP"), || {
        view! { <Price price=Money::new(rust_decimal::Decimal::new(123450, 2), Currency::Jpy)/> }
    });
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-price__current"), "¥1,235");
}

fn tee() -> Product {
    let v = |id, colour: &str, size: &str, available, cents| Variant {
        id,
        sku: format!("T-{id}"),
        title: format!("{colour} / {size}"),
        options: vec![colour.into(), size.into()],
        price: Money::from_minor(cents, Currency::Usd),
        compare_at_price: None,
        available,
        stock_status: StockStatus::from_available(available),
        image: None,
    };
    let values = |vs: &[(&str, Option<&str>)]| {
        vs.iter().map(|(v, s)| OptionValue { value: v.to_string(), swatch: s.map(str::to_string) }).collect()
    };
    Product {
        id: 7,
        handle: "tee".into(),
        title: "Tee".into(),
        description: String::new(),
        category: CategoryRef { handle: "apparel".into(), name: "Apparel".into() },
        images: vec![],
        options: vec![
            ProductOption { name: "Colour".into(), values: values(&[("Navy", Some("#1f3a5f")), ("Sand", Some("#c9b18b"))]) },
            ProductOption { name: "Size".into(), values: values(&[("S", None), ("M", None), ("L", None)]) },
        ],
        variants: vec![
            v(1, "Navy", "S", 10, 2800),
            v(2, "Navy", "M", 0, 2800),
            v(3, "Navy", "L", 2, 3200),
            v(4, "Sand", "S", 0, 2800),
        ],
        created_at: 0,
    }
}

#[wasm_bindgen_test]
async fn variant_picker_disables_sold_out_and_missing_values_and_reports_picks() {
    let product = StoredValue::new(tee());
    let selected = RwSignal::new(vec!["Navy".to_string(), "S".to_string()]);
    let picked = RwSignal::new(Vec::<String>::new());
    let el = mount(shop(Currency::Usd, "en-US"), move || {
        let on_select = Callback::new(move |next: Vec<String>| {
            picked.set(next.clone());
            selected.set(next);
        });
        view! { <VariantPicker product selected on_select/> }
    });
    leptos::task::tick().await;
    let input = |id: &str| -> web_sys::HtmlInputElement {
        el.query_selector(&format!("#vt-opt-7-{id}")).unwrap().unwrap_or_else(|| panic!("no input {id}")).unchecked_into()
    };
    assert!(input("0-navy").checked());
    assert!(!input("1-s").disabled());
    assert!(input("1-m").disabled(), "Navy / M is sold out");
    assert!(!input("1-l").disabled());
    assert!(el.text_content().unwrap().contains("M — sold out"));
    assert_eq!(text(&el, "legend"), "Colour: Navy");

    input("1-l").click();
    leptos::task::tick().await;
    assert_eq!(picked.get_untracked(), vec!["Navy".to_string(), "L".to_string()]);
    assert!(input("1-l").checked());

    // Sand exists only in S, which is sold out: Sand is offered but sold out.
    assert!(input("0-sand").disabled());
    assert!(el.text_content().unwrap().contains("Sand — sold out"));
}

#[wasm_bindgen_test]
async fn stock_badge_says_how_many_are_left() {
    let available = RwSignal::new(12i64);
    let el = mount(shop(Currency::Usd, "en-US"), move || view! { <StockBadge available/> });
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-stock"), "In stock");
    available.set(3);
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-stock"), "Only 3 left");
    assert!(el.query_selector(".vt-stock--low-stock").unwrap().is_some());
    available.set(0);
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-stock"), "Out of stock");
    assert_eq!(el.query_selector(".vt-stock").unwrap().unwrap().get_attribute("aria-live").as_deref(), Some("polite"));
}

#[wasm_bindgen_test]
async fn quantity_stepper_stays_within_bounds_and_labels_its_buttons() {
    use vitrine::cart::QuantityStepper;
    let value = RwSignal::new(1i64);
    let el = mount(shop(Currency::Usd, "en-US"), move || {
        view! { <QuantityStepper value on_change=Callback::new(move |n| value.set(n)) max=3 label="Market Tote"/> }
    });
    leptos::task::tick().await;
    let button = |label: &str| -> web_sys::HtmlButtonElement {
        el.query_selector(&format!("button[aria-label='{label} quantity of Market Tote']")).unwrap().unwrap().unchecked_into()
    };
    assert!(button("Decrease").disabled(), "cannot go below 1");
    button("Increase").click();
    button("Increase").click();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), 3);
    assert!(button("Increase").disabled(), "cannot go above the stock");
    let input: web_sys::HtmlInputElement = el.query_selector("input").unwrap().unwrap().unchecked_into();
    input.set_value("50");
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), 3, "typed values are clamped");
    assert_eq!(el.query_selector("[role=group]").unwrap().unwrap().get_attribute("aria-label").as_deref(), Some("Quantity of Market Tote"));
}

#[wasm_bindgen_test]
async fn card_form_formats_detects_the_brand_and_checks_before_sending() {
    use vitrine::checkout::{CardFields, CardForm};
    let card = CardFields::new();
    let errors = RwSignal::new(vitrine_core::FieldErrors::new());
    let el = mount(shop(Currency::Usd, "en-US"), move || view! { <CardForm card errors/> });
    leptos::task::tick().await;
    let input = |id: &str| -> web_sys::HtmlInputElement { el.query_selector(&format!("#{id}")).unwrap().unwrap().unchecked_into() };
    let number = input("vt-card-number");
    number.set_value("378282246310005");
    number.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(number.value(), "3782 822463 10005");
    assert_eq!(text(&el, "#vt-card-brand"), "American Express");
    assert_eq!(number.get_attribute("autocomplete").as_deref(), Some("cc-number"));
    card.cvc.set("123".into());
    card.expiry.set("01 / 20".into());
    let problems = card.check().unwrap_err();
    assert_eq!(problems["expiry"][0], "Your card has expired.");
    assert!(problems["cvc"][0].contains("4 digits"), "Amex needs 4");
    errors.set(problems);
    leptos::task::tick().await;
    assert_eq!(input("vt-card-expiry").get_attribute("aria-invalid").as_deref(), Some("true"));
    card.cvc.set("1234".into());
    card.expiry.set("12 / 40".into());
    let details = card.check().unwrap();
    assert_eq!((details.number.as_str(), details.exp_month, details.exp_year), ("378282246310005", 12, 2040));
}

#[wasm_bindgen_test]
async fn address_form_follows_the_country_format() {
    use vitrine::checkout::AddressForm;
    use vitrine_core::address::Address;
    let format = format_gb();
    let address = RwSignal::new(Address { country: "GB".into(), ..Address::default() });
    let errors = RwSignal::new(vitrine_core::FieldErrors::new());
    let suggestions = RwSignal::new(Default::default());
    let el = mount(shop(Currency::Gbp, "en-GB"), move || {
        view! { <AddressForm address format=Signal::derive(move || Some(format.clone())) errors suggestions/> }
    });
    leptos::task::tick().await;
    let labels: Vec<String> = {
        let list = el.query_selector_all("label").unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
    };
    assert_eq!(labels, ["Country or region", "Full name", "Company (optional)", "Address", "Apartment, suite, etc. (optional)", "Town or city", "Postcode", "Phone (optional)"]);
    let postcode: web_sys::HtmlInputElement = el.query_selector("#vt-addr-postal_code").unwrap().unwrap().unchecked_into();
    assert_eq!(postcode.get_attribute("autocomplete").as_deref(), Some("shipping postal-code"));
    postcode.set_value("sw1a 1aa");
    postcode.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(address.get_untracked().postal_code, "sw1a 1aa");
    // The same rules the server runs, with the browser's RegExp.
    let result = vitrine_core::address::validate(&address.get_untracked(), &format_gb(), &Default::default(), &vitrine::checkout::JsPatterns);
    assert!(result.errors.contains_key("address1") && result.errors.contains_key("city"));
    assert!(!result.errors.contains_key("postal_code"), "{:?}", result.errors);
    assert_eq!(result.normalized.postal_code, "SW1A 1AA");
}

fn format_gb() -> vitrine_core::address::AddressFormat {
    vitrine_core::address::AddressFormat {
        code: "GB".into(),
        name: "United Kingdom".into(),
        fmt: "%N%n%O%n%A%n%C%n%Z".into(),
        require: "ACZ".into(),
        upper: "CZ".into(),
        zip: Some("GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}".into()),
        zipex: Some("EC1Y 8SY".into()),
        postprefix: None,
        zip_name_type: "postal".into(),
        state_name_type: "county".into(),
        locality_name_type: "post_town".into(),
        sublocality_name_type: String::new(),
        regions: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn components_mount_in_a_shadow_root_with_their_styles_and_the_hosts_tokens() {
    use vitrine::ui::mount_in_shadow_root;
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    // The host page themes the widget through a token; its own CSS can't reach inside.
    host.set_attribute("style", "--vt-color-sale: rgb(1, 2, 3)").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let page_style = doc.create_element("style").unwrap();
    page_style.set_text_content(Some(".vt-price__current { color: rgb(9, 9, 9) !important; }"));
    doc.head().unwrap().append_child(&page_style).unwrap();
    mount_in_shadow_root(host.clone(), || {
        ShopStore::provide_with(shop(Currency::Usd, "en-US"));
        view! { <Price price=Money::from_minor(1000, Currency::Usd) compare_at=Some(Money::from_minor(2000, Currency::Usd))/> }
    })
    .forget();
    leptos::task::tick().await;
    let root = host.shadow_root().expect("a shadow root");
    let current = root.query_selector(".vt-price__current").unwrap().expect("rendered inside the shadow root");
    assert_eq!(current.text_content().unwrap(), "$10.00");
    let color = web_sys::window().unwrap().get_computed_style(&current).unwrap().unwrap().get_property_value("color").unwrap();
    assert_eq!(color, "rgb(1, 2, 3)", "kit styles apply, the host's token wins, the page's rule does not leak in");
    assert!(host.query_selector(".vt-price__current").unwrap().is_none(), "the widget lives in the shadow tree, not the host's light DOM");
}

/// Waits `ms` milliseconds of browser time.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts one checkout step with the stores and the shared checkout state it reads.
fn mount_step<V: IntoView + 'static>(
    setup: impl FnOnce(vitrine::checkout::CheckoutState) + 'static,
    step: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, std::rc::Rc<std::cell::Cell<Option<vitrine::checkout::CheckoutState>>>) {
    let state = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = state.clone();
    let el = mount(shop(Currency::Usd, "en-US"), move || {
        vitrine::store::CartStore::provide();
        let s = vitrine::checkout::CheckoutState::provide();
        setup(s);
        out.set(Some(s));
        step()
    });
    (el, state)
}

fn submit(el: &web_sys::HtmlElement, email: &str) {
    let input: web_sys::HtmlInputElement = el.query_selector("#vt-email").unwrap().unwrap().unchecked_into();
    input.set_value(email);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    let button: web_sys::HtmlButtonElement = el.query_selector("button[type=submit]").unwrap().unwrap().unchecked_into();
    button.click();
}

#[wasm_bindgen_test]
async fn contact_step_checks_the_email_with_the_rule_the_server_runs() {
    use vitrine::checkout::{ContactStep, Step, EMAIL_HINT};
    let (el, state) = mount_step(|_| {}, || view! { <ContactStep/> });
    let state = state.get().unwrap();
    leptos::task::tick().await;
    // The old browser-only check let this through; the server refused it.
    submit(&el, "ada@.example.com");
    leptos::task::tick().await;
    assert_eq!(text(&el, "#vt-email-error"), EMAIL_HINT);
    assert_eq!(el.query_selector("#vt-email").unwrap().unwrap().get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(state.step.get_untracked(), Step::Contact);
    // Typing clears the error; a good address opens the next step and shows as the summary.
    submit(&el, "Ada@Example.com");
    leptos::task::tick().await;
    assert_eq!(state.step.get_untracked(), Step::Address);
    assert_eq!(text(&el, ".vt-step__summary"), "Ada@Example.com", "shown as typed; the server stores it lowercased");
    assert!(el.query_selector("#vt-email").unwrap().is_none(), "the form closes once the step is done");
}

#[wasm_bindgen_test]
async fn payment_step_summary_names_the_card_as_the_order_page_does() {
    use vitrine::api::{CardToken, TokenCard};
    use vitrine::checkout::{PaymentStep, Step};
    use vitrine_core::card::Brand;
    use vitrine_core::checkout::PaymentKind;
    let (el, _) = mount_step(
        |s| {
            s.payment.set(Some(PaymentKind::Card));
            s.card_token.set(Some(CardToken { id: "tok_1".into(), card: TokenCard { brand: Brand::Visa, last4: "4242".into() } }));
            s.step.set(Step::Review);
        },
        || view! { <PaymentStep/> },
    );
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-step__summary"), "Visa ending 4242");
    assert_eq!(vitrine_core::card::card_label(Brand::Visa, "4242"), "Visa ending 4242");
}

#[wasm_bindgen_test]
fn error_router_sends_each_refusal_to_the_step_that_can_fix_it() {
    use vitrine::checkout::{route_error, ErrorRoute, Step};
    use vitrine_core::FieldErrors;
    let errors = |pairs: &[(&str, &str)]| -> FieldErrors { pairs.iter().map(|(k, v)| (k.to_string(), vec![v.to_string()])).collect() };

    // Out of stock (409) while reviewing: stay on review with the message; a new attempt.
    let stock = route_error(Some(409), &errors(&[("lines", "Only 1 Market Tote left.")]));
    assert_eq!(stock, ErrorRoute::Review);
    assert_eq!(stock.step(), Step::Review);
    assert!(stock.is_answer());
    assert_eq!(route_error(Some(409), &FieldErrors::new()), ErrorRoute::Review, "a changed total has no field");

    let declined = route_error(Some(402), &FieldErrors::new());
    assert_eq!((declined.step(), declined.is_answer()), (Step::Payment, true));

    let address = route_error(Some(422), &errors(&[("shipping_address.postal_code", "Enter a ZIP code."), ("email", "x")]));
    assert_eq!(address, ErrorRoute::Address(errors(&[("postal_code", "Enter a ZIP code."), ("email", "x")])), "the address wins; prefixes go");
    assert_eq!(address.step(), Step::Address);

    let email = route_error(Some(422), &errors(&[("email", "Enter an email address like name@example.com.")]));
    assert_eq!((email.clone(), email.step()), (ErrorRoute::Contact, Step::Contact));

    // No answer (or a server error): the same attempt key again, so no double charge.
    for status in [None, Some(500), Some(504), Some(404)] {
        let retry = route_error(status, &errors(&[("email", "x")]));
        assert_eq!(retry, ErrorRoute::Retry, "{status:?}");
        assert!(!retry.is_answer());
        assert_eq!(retry.step(), Step::Review);
    }
}

/// Issue 9: the checkout showed an empty red `.vt-notice` box, because a
/// class that sets `display` beats the browser's own `[hidden]` rule.
#[wasm_bindgen_test]
async fn hidden_hides_elements_whose_class_sets_display() {
    use vitrine::ui::mount_in_shadow_root;
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    mount_in_shadow_root(host.clone(), || {
        view! {
            <p id="hidden-notice" class="vt-notice vt-notice--error" role="alert" hidden=true></p>
            <p id="shown-notice" class="vt-notice">"Shown"</p>
        }
    })
    .forget();
    leptos::task::tick().await;
    let root = host.shadow_root().unwrap();
    let display = |id: &str| {
        let el = root.get_element_by_id(id).unwrap();
        web_sys::window().unwrap().get_computed_style(&el).unwrap().unwrap().get_property_value("display").unwrap()
    };
    assert_eq!(display("hidden-notice"), "none");
    assert_eq!(display("shown-notice"), "grid");
}

/// The search box never cleared its debounce timer when it unmounted: the
/// lookup still ran (and wrote to disposed signals) after the page changed.
#[wasm_bindgen_test]
async fn suggestions_stop_their_timer_when_the_component_unmounts() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use vitrine::catalog::use_suggestions;
    let start = |updates: Arc<AtomicUsize>| {
        let typed = RwSignal::new(String::new());
        let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&container).unwrap();
        let handle = leptos::mount::mount_to(container, move || {
            let _ = use_suggestions(typed.into(), Callback::new(move |_found: bool| {
                updates.fetch_add(1, Ordering::SeqCst);
            }));
            view! { <p>"box"</p> }
        });
        (typed, handle)
    };
    let kept = Arc::new(AtomicUsize::new(0));
    let dropped = Arc::new(AtomicUsize::new(0));
    let (typed_kept, handle_kept) = start(kept.clone());
    let (typed_dropped, handle_dropped) = start(dropped.clone());
    leptos::task::tick().await;
    // Blank text: after the pause the list is cleared, with no request needed.
    typed_kept.set("  ".into());
    typed_dropped.set("  ".into());
    leptos::task::tick().await;
    leptos::task::tick().await;
    drop(handle_dropped);
    sleep(400).await;
    assert_eq!(kept.load(Ordering::SeqCst), 1, "a mounted box hears back after the pause");
    assert_eq!(dropped.load(Ordering::SeqCst), 0, "an unmounted box's timer was cleared");
    handle_kept.forget();
}

// Order tracking (issue 10).

fn checkpoint(status: vitrine_core::tracking::TrackingStatus, message: &str, location: &str, at: i64) -> vitrine_core::tracking::TrackingEvent {
    vitrine_core::tracking::TrackingEvent { status, substatus: None, message: message.into(), location: Some(location.into()), occurred_at: at }
}

#[wasm_bindgen_test]
async fn stepper_marks_the_current_step_and_says_which_are_completed() {
    use vitrine::tracking::MilestoneStepper;
    use vitrine_core::checkout::OrderStatus;
    let steps = vitrine_core::tracking::milestones(OrderStatus::Shipped);
    let el = mount(shop(Currency::Usd, "en-US"), move || view! { <MilestoneStepper steps/> });
    leptos::task::tick().await;
    let items = el.query_selector_all("ol.vt-tracking__steps > li").unwrap();
    assert_eq!(items.length(), 5);
    let current = el.query_selector_all("[aria-current]").unwrap();
    assert_eq!(current.length(), 1, "exactly one current step");
    let current: web_sys::Element = current.item(0).unwrap().unchecked_into();
    assert_eq!(current.get_attribute("aria-current").as_deref(), Some("step"));
    assert_eq!(current.text_content().unwrap(), "Shipped", "the current step is not 'completed'");
    let texts: Vec<String> = (0..items.length()).map(|i| items.item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(texts, ["Order placed (completed)", "Confirmed (completed)", "Shipped", "Out for delivery", "Delivered"]);
    let hidden = el.query_selector_all(".vt-tracking__step--done .vt-visually-hidden").unwrap();
    assert_eq!(hidden.length(), 2, "completion is told in words, not by colour alone");

    // A canceled order has no progress to show.
    let none = mount(shop(Currency::Usd, "en-US"), || view! { <MilestoneStepper steps=Vec::new()/> });
    leptos::task::tick().await;
    assert!(none.query_selector("ol").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn timeline_lists_checkpoints_newest_first_whatever_order_they_arrived_in() {
    use vitrine::tracking::TrackingTimeline;
    use vitrine_core::tracking::TrackingStatus as T;
    let events = vec![
        checkpoint(T::InTransit, "Departed facility", "Louisville, KY", 1_796_000_000),
        checkpoint(T::OutForDelivery, "Out for delivery", "Mountain View, CA", 1_796_200_000),
        checkpoint(T::InfoReceived, "Label created", "Newark, NJ", 1_795_900_000),
        checkpoint(T::InTransit, "Arrived at facility", "Oakland, CA", 1_796_100_000),
    ];
    let el = mount(shop(Currency::Usd, "en-US"), move || view! { <TrackingTimeline events/> });
    leptos::task::tick().await;
    let list = el.query_selector("ol.vt-tracking__events").unwrap().expect("an ordered list");
    let items = list.query_selector_all("li").unwrap();
    let texts: Vec<String> = (0..items.length())
        .map(|i| items.item(i).unwrap().unchecked_into::<web_sys::Element>().query_selector(".vt-tracking__event-text").unwrap().unwrap().text_content().unwrap())
        .collect();
    assert_eq!(texts, ["Out for delivery", "Arrived at facility", "Departed facility", "Label created"]);
    let first: web_sys::Element = items.item(0).unwrap().unchecked_into();
    let time = first.query_selector("time").unwrap().unwrap();
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("2026-12-02T08:26:40.000Z"));
    assert!(!time.text_content().unwrap().is_empty());
    assert!(first.text_content().unwrap().contains("Mountain View, CA"));
}

#[wasm_bindgen_test]
async fn delay_notice_is_a_status_callout_with_words_and_the_new_estimate() {
    use vitrine::tracking::DelayCallout;
    use vitrine_core::checkout::DelayNotice;
    use vitrine_core::delivery::{Date, DelayReason, DeliveryWindow, EstimateSource};
    let notice = DelayNotice {
        reason: DelayReason::CarrierException,
        message: "Snow has held up the carrier near Denver. Your parcel is safe and will move again as soon as roads reopen.".into(),
        estimate: Some(DeliveryWindow { earliest: Date::new(2026, 12, 9).unwrap(), latest: Date::new(2026, 12, 11).unwrap(), source: EstimateSource::Carrier }),
    };
    let el = mount(shop(Currency::Gbp, "en-GB"), move || view! { <DelayCallout notice/> });
    leptos::task::tick().await;
    let callout = el.query_selector("[role=status]").unwrap().expect("a status callout");
    let text = callout.text_content().unwrap();
    assert!(text.contains("There's a problem with this delivery"), "{text}");
    assert!(text.contains("Snow has held up the carrier near Denver."), "{text}");
    assert!(text.contains("New estimate: Wed 9 Dec – Fri 11 Dec"), "dates in the shop's locale: {text}");
    let times = callout.query_selector_all("time").unwrap();
    assert_eq!(times.item(0).unwrap().unchecked_into::<web_sys::Element>().get_attribute("datetime").as_deref(), Some("2026-12-09"));
}
