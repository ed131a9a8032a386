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
    vitrine::i18n::load_english(&[vitrine::i18n::Bundle::STOREFRONT]);
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
/// The page reads English (no `?lang=`): a German shop's euros are written
/// the English way (`Intl` in the reader's language, the shop's currency).
async fn price_formats_in_the_readers_language_and_strikes_the_compare_at_price() {
    let price = RwSignal::new(Money::from_minor(2600, Currency::Eur));
    let el = mount(shop(Currency::Eur, "de-DE"), move || {
        view! { <Price price compare_at=Some(Money::from_minor(123450, Currency::Eur))/> }
    });
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-price__current"), "€26.00");
    assert_eq!(text(&el, ".vt-price__was"), "Was €1,234.50");
    assert!(el.query_selector(".vt-price__current--sale").unwrap().is_some());

    // A price at or above the compare-at price is not a sale.
    price.set(Money::from_minor(200000, Currency::Eur));
    leptos::task::tick().await;
    assert!(el.query_selector(".vt-price__was").unwrap().is_none());
    assert_eq!(text(&el, ".vt-price__current"), "€2,000.00");
}

#[wasm_bindgen_test]
async fn yen_prices_have_no_decimals() {
    let el = mount(shop(Currency::Jpy, "ja-JP"), || {
        view! { <Price price=Money::new(rust_decimal::Decimal::new(123450, 2), Currency::Jpy)/> }
    });
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-price__current"), "¥1,235");
}

#[wasm_bindgen_test]
/// The storefront writes a shop's own currency in its own language without
/// `Intl` (`Locale::writes_like_intl`): for every locale it does that for,
/// the text is exactly what this Chromium's `Intl.NumberFormat` writes.
fn native_money_is_written_exactly_as_intl_writes_it() {
    use rust_decimal::Decimal;
    use vitrine_core::Locale;
    let intl = |tag: &str, money: Money| {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"style".into(), &"currency".into()).unwrap();
        js_sys::Reflect::set(&options, &"currency".into(), &money.currency.to_string().into()).unwrap();
        let format = js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&tag.into()), &options);
        format.format().call1(&wasm_bindgen::JsValue::NULL, &money.amount.to_string().into()).unwrap().as_string().unwrap()
    };
    let amounts = ["0", "0.5", "9.99", "12.3", "999.995", "1000", "1234.5", "99999.99", "1234567.891", "-12.3", "-1234.56"];
    let currencies = [Currency::Usd, Currency::Gbp, Currency::Cad, Currency::Aud, Currency::Eur, Currency::Jpy, Currency::Sek, Currency::Pln];
    let mut proven = Vec::new();
    for locale in Locale::ALL {
        for currency in currencies {
            for amount in amounts {
                let money = Money::new(Decimal::from_str_exact(amount).unwrap(), currency).rounded();
                if locale.writes_like_intl(currency) {
                    assert_eq!(money.format(*locale), intl(locale.tag, money), "{} {amount} {currency}", locale.tag);
                }
                // The page's language (English here) decides, whichever path writes it.
                let page = vitrine::i18n::intl_locale(locale.tag);
                assert_eq!(vitrine::i18n::money(money, locale.tag), intl(&page, money), "i18n::money, {} {amount} {currency}", locale.tag);
            }
            if locale.writes_like_intl(currency) {
                proven.push(locale.tag);
            }
        }
    }
    assert_eq!(proven, ["en-US", "en-GB", "en-CA", "en-AU", "de-DE", "fr-FR"]);
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

    let credit = route_error(Some(422), &errors(&[("store_credit_code", "This store credit has been used up.")]));
    assert_eq!(credit, ErrorRoute::Credit("This store credit has been used up.".into()), "the reason goes to the code's field");
    assert_eq!(credit.step(), Step::Payment);
    assert!(credit.is_answer(), "the next try is a new order attempt");

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

// Returns (issue 11).

fn usd(cents: i64) -> Money {
    Money::from_minor(cents, Currency::Usd)
}

fn returnable_answer() -> vitrine_core::returns::ReturnableAnswer {
    use vitrine_core::returns::*;
    let until = vitrine_core::delivery::Date::new(2026, 3, 31).unwrap();
    let option = |variant_id, title: &str, cents, available| ExchangeOption { variant_id, title: title.into(), price: usd(cents), available };
    ReturnableAnswer {
        lines: vec![
            ReturnableLine {
                line_id: 11,
                returnable_quantity: 2,
                reason: None,
                reason_code: None,
                returnable_until: Some(until),
                product_title: "Merino Crew".into(),
                variant_title: "M / Navy".into(),
                image: None,
                quantity: 2,
                unit_refund: usd(8000),
                exchange_options: vec![option(201, "L / Navy", 8500, 3), option(202, "S / Navy", 8000, 0)],
            },
            ReturnableLine {
                line_id: 12,
                returnable_quantity: 0,
                reason: Some("Final sale".into()),
                reason_code: Some(NotReturnable::FinalSale),
                returnable_until: None,
                product_title: "Gift Card".into(),
                variant_title: "Default".into(),
                image: None,
                quantity: 1,
                unit_refund: usd(5000),
                exchange_options: Vec::new(),
            },
        ],
        reasons: default_reasons(),
        resolutions: vec![
            ResolutionOption { code: Resolution::Refund, label: "Refund".into(), bonus_percent: 0 },
            ResolutionOption { code: Resolution::StoreCredit, label: "Store credit".into(), bonus_percent: 10 },
            ResolutionOption { code: Resolution::Exchange, label: "Exchange".into(), bonus_percent: 0 },
        ],
        photo_types: vec!["image/jpeg".into(), "image/png".into(), "image/webp".into()],
        photo_max_bytes: 8 * 1024 * 1024,
        photo_max_count: 5,
        window_days: 30,
        returns: Vec::new(),
    }
}

fn el_by<T: JsCast>(el: &web_sys::HtmlElement, selector: &str) -> T {
    el.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

fn press_submit(el: &web_sys::HtmlElement, step_heading: &str) {
    let section = el.query_selector(&format!("section[aria-labelledby={step_heading}]")).unwrap().expect("the step");
    section.query_selector("button[type=submit]").unwrap().unwrap().unchecked_into::<web_sys::HtmlButtonElement>().click();
}

/// The field's error is its described-by text, and the field says it is invalid.
fn assert_field_error(el: &web_sys::HtmlElement, control: &str, error: &str) {
    let field: web_sys::Element = el_by(el, &format!("#{control}"));
    let described = field.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.split(' ').any(|id| id == format!("{control}-error")), "{control} is described by its error: {described}");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"), "{control} is marked invalid");
    assert_eq!(text(el, &format!("#{control}-error")), error);
}

#[wasm_bindgen_test]
async fn start_return_shows_each_problem_next_to_its_control_step_by_step() {
    use vitrine::returns::StartReturn;
    let el = mount(shop(Currency::Usd, "en-US"), || view! { <StartReturn answer=returnable_answer() number="VT-1" token="t"/> });
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-returns__policy"), "You can return items within 30 days of delivery. Return by 31 March 2026.");

    // A final-sale line is shown, disabled, with its reason linked to the checkbox.
    let gift: web_sys::HtmlInputElement = el_by(&el, "#vt-return-12-chosen");
    assert!(gift.disabled());
    assert!(gift.get_attribute("aria-describedby").unwrap().contains("vt-return-12-why"));
    assert_eq!(text(&el, "#vt-return-12-why"), "Not returnable: Final sale", "the label is words in the markup, not CSS text");

    // Nothing chosen: the list says so.
    press_submit(&el, "vt-return-step-items");
    leptos::task::tick().await;
    assert_eq!(text(&el, "#vt-return-lines-error"), "Choose at least one item to return.");
    assert!(el_by::<web_sys::Element>(&el, "#vt-return-lines").get_attribute("aria-describedby").unwrap().contains("vt-return-lines-error"));

    // One chosen, with a quantity: on to the reasons.
    let merino: web_sys::HtmlInputElement = el_by(&el, "#vt-return-11-chosen");
    merino.set_checked(true);
    merino.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(text(&el, "#vt-return-lines-error"), "", "choosing clears the error");
    assert_eq!(el.query_selector_all("#vt-return-11-quantity option").unwrap().length(), 2, "1 or 2 may go back");
    press_submit(&el, "vt-return-step-items");
    leptos::task::tick().await;
    sleep(10).await;
    assert!(el.query_selector("section.vt-step--current[aria-labelledby=vt-return-step-reasons]").unwrap().is_some());
    assert_eq!(document().active_element().map(|a| a.id()).as_deref(), Some("vt-return-step-reasons"), "focus moves to the step's heading");

    // No reason: the select says so.
    press_submit(&el, "vt-return-step-reasons");
    leptos::task::tick().await;
    assert_field_error(&el, "vt-return-11-reason", "Choose a reason.");

    // A reason that needs a photo asks for one, with the accepted types.
    let reason: web_sys::HtmlSelectElement = el_by(&el, "#vt-return-11-reason");
    reason.set_value("arrived_damaged");
    reason.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    let file: web_sys::HtmlInputElement = el_by(&el, "#vt-return-11-photos");
    assert_eq!(file.type_(), "file");
    assert_eq!(file.accept(), "image/jpeg,image/png,image/webp");
    assert_eq!(text(&el, "#vt-return-11-photos-hint"), "JPEG, PNG or WebP, up to 8 MB each.");
    press_submit(&el, "vt-return-step-reasons");
    leptos::task::tick().await;
    assert_field_error(&el, "vt-return-11-photos", "Add a photo of the item: “Arrived damaged” needs one.");
}

#[wasm_bindgen_test]
async fn exchange_offers_variants_in_stock_with_the_price_difference_and_takes_the_servers_errors() {
    use vitrine::api::ApiError;
    use vitrine::returns::{ResolutionStep, ReturnDraft, ReturnStep};
    use vitrine_core::returns::Resolution;
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = slot.clone();
    let el = mount(shop(Currency::Usd, "en-US"), move || {
        let draft = ReturnDraft::provide(returnable_answer());
        draft.update(11, |c| {
            c.chosen = true;
            c.reason = "too_small".into();
        });
        draft.step.set(ReturnStep::Resolutions);
        out.set(Some(draft));
        view! { <ResolutionStep/> }
    });
    let draft = slot.get().unwrap();
    leptos::task::tick().await;
    // Store credit shows its bonus.
    let credit = text(&el, "label[for=vt-return-11-resolution-store_credit]");
    assert!(credit.contains("$88.00 to spend in the shop, a 10 % bonus") && credit.contains("+10 %"), "{credit}");

    let exchange: web_sys::HtmlInputElement = el_by(&el, "#vt-return-11-resolution-exchange");
    exchange.set_checked(true);
    exchange.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    let group: web_sys::Element = el_by(&el, "fieldset.vt-returns__exchange");
    assert_eq!(group.query_selector("legend").unwrap().unwrap().text_content().unwrap(), "Exchange Merino Crew for");
    let offered = group.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(offered.length(), 1, "the sold-out variant is not offered");
    let choice = group.query_selector("label.vt-choice").unwrap().unwrap().text_content().unwrap();
    assert!(choice.contains("L / Navy") && choice.contains("You pay $5.00 more") && choice.contains("$85.00"), "{choice}");

    // No variant picked: the group says so.
    press_submit(&el, "vt-return-step-resolutions");
    leptos::task::tick().await;
    assert_eq!(text(&el, "#vt-return-11-exchange_variant_id-error"), "Choose the size or colour you want instead.");
    assert!(group.get_attribute("aria-describedby").unwrap().contains("vt-return-11-exchange_variant_id-error"));

    // The server's field errors (lines[0] is line 11) go next to the same control, in their step.
    draft.update(11, |c| {
        c.resolution = Some(Resolution::Exchange);
        c.exchange_variant_id = Some(201);
    });
    let request = draft.request();
    assert_eq!(request.lines.len(), 1);
    assert_eq!(request.lines[0].exchange_variant_id, Some(201));
    let key = draft.key_for(&request);
    assert_eq!(draft.key_for(&request), key, "a retry of the same request keeps its idempotency key");
    let body = vitrine_core::ApiErrorBody::new("Check the items you want to return.").with("lines[0].exchange_variant_id", "L / Navy just sold out.");
    draft.show_server_error(&ApiError::Http { status: 422, body }, &request);
    leptos::task::tick().await;
    assert_eq!(text(&el, "#vt-return-11-exchange_variant_id-error"), "L / Navy just sold out.");
    assert!(draft.message.get_untracked().is_none(), "a field error is not repeated as the form's message");
    let mut changed = request.clone();
    changed.lines[0].quantity = 2;
    assert_ne!(draft.key_for(&changed), key, "a changed request is a new attempt");
}

fn return_view(status: vitrine_core::returns::ReturnStatus) -> vitrine_core::returns::ReturnView {
    use vitrine_core::returns::*;
    let approved = !matches!(status, ReturnStatus::Requested | ReturnStatus::Rejected);
    ReturnView {
        rma: "R-7QK2-9XH4".into(),
        order_number: "VT-1001".into(),
        status,
        status_label: status.label().into(),
        rejection_reason: (status == ReturnStatus::Rejected).then(|| "The item shows wear.".into()),
        lines: vec![ReturnLineView {
            id: 7,
            line_id: 11,
            product_title: "Merino Crew".into(),
            variant_title: "M / Navy".into(),
            image: None,
            quantity: 1,
            reason: "arrived_damaged".into(),
            reason_label: "Arrived damaged".into(),
            comment: Some("Hole in the sleeve".into()),
            resolution: Resolution::Exchange,
            exchange_variant_id: Some(201),
            exchange_title: Some("L / Navy".into()),
            received_quantity: if status == ReturnStatus::Received { 1 } else { 0 },
            condition: (status == ReturnStatus::Received).then(|| "as new".into()),
            value: usd(8000),
            photo_missing: false,
        }],
        photos: vec![ReturnPhoto { id: "p1".into(), url: "/api/v1/returns/R-7QK2-9XH4/photos/p1?token=x".into(), line_id: Some(7), content_type: "image/png".into(), bytes: 1200 }],
        photos_needed: false,
        method: ReturnMethod {
            kind: "label".into(),
            instructions: "Stick the label on the parcel.".into(),
            carrier: approved.then(|| "UPS".into()),
            tracking_number: approved.then(|| "1ZRETURN01".into()),
            address_lines: vec!["Shop Returns".into(), "1200 Warehouse Way".into()],
            qr_text: None,
        },
        progress: milestones(status),
        events: vec![
            vitrine_core::checkout::OrderEvent { kind: "requested".into(), message: "Return requested".into(), at: 1_796_000_000 },
            vitrine_core::checkout::OrderEvent { kind: "approved".into(), message: "Return approved".into(), at: 1_796_100_000 },
        ],
        refund_total: usd(0),
        credit_total: usd(0),
        exchange_difference: usd(500),
        money: vec![ReturnMoney { kind: "store_credit".into(), amount: usd(1000), status: "succeeded".into(), code: Some("SC-9XH4".into()), at: 1_796_200_000 }],
        requested_at: 1_796_000_000,
        status_url: "/returns/R-7QK2-9XH4?token=x".into(),
        label_url: "/returns/R-7QK2-9XH4/label?token=x".into(),
    }
}

#[wasm_bindgen_test]
async fn return_page_renders_a_return_view_and_follows_its_status() {
    use vitrine::returns::{return_announcement, ReturnDetails};
    use vitrine_core::returns::ReturnStatus;
    let current = RwSignal::new(return_view(ReturnStatus::Approved));
    let el = mount(shop(Currency::Usd, "en-US"), move || view! { <ReturnDetails view=current/> });
    leptos::task::tick().await;
    assert_eq!(text(&el, "h1"), "Return R-7QK2-9XH4");
    assert_eq!(text(&el, ".vt-status"), "Approved: send your items");
    assert_eq!(text(&el, "ol.vt-tracking__steps [aria-current=step]"), "Approved");
    assert_eq!(el.query_selector_all("ol.vt-tracking__steps > li").unwrap().length(), 6);
    // How to send it back, and the label.
    let method = text(&el, ".vt-returns__method");
    assert!(method.contains("Stick the label on the parcel.") && method.contains("UPS") && method.contains("1ZRETURN01") && method.contains("1200 Warehouse Way"), "{method}");
    let label: web_sys::Element = el_by(&el, ".vt-returns__method a");
    assert_eq!(label.text_content().unwrap(), "Print label");
    assert_eq!(label.get_attribute("href").as_deref(), Some("/returns/R-7QK2-9XH4/label?token=x"));
    // The line: reason, note, exchange variant; its photo as a thumbnail with words.
    let item = text(&el, ".vt-returns__item");
    assert!(item.contains("Arrived damaged") && item.contains("Hole in the sleeve") && item.contains("Exchange for L / Navy"), "{item}");
    let thumb: web_sys::Element = el_by(&el, ".vt-returns__thumbs img");
    assert_eq!(thumb.get_attribute("src").as_deref(), Some("/api/v1/returns/R-7QK2-9XH4/photos/p1?token=x"));
    assert_eq!(thumb.get_attribute("alt").as_deref(), Some("Photo 1 of 1 of Merino Crew"));
    // Money: what the exchange costs, and the store credit with its code.
    let money = text(&el, ".vt-totals");
    assert!(money.contains("Exchange: you pay") && money.contains("$5.00"), "{money}");
    assert!(text(&el, ".vt-returns__payouts").contains("SC-9XH4"));
    // History newest first.
    let history = el.query_selector_all("ol.vt-timeline > li").unwrap();
    assert!(history.item(0).unwrap().text_content().unwrap().ends_with("Return approved"));

    // Received, with its condition; then rejected: the reason, no progress, no label.
    let received = return_view(ReturnStatus::Received);
    assert_eq!(return_announcement(&current.get_untracked(), &received).as_deref(), Some("We received your return."));
    current.set(received);
    leptos::task::tick().await;
    assert!(text(&el, ".vt-returns__item").contains("1 of 1, as new"));
    assert_eq!(text(&el, "ol.vt-tracking__steps [aria-current=step]"), "Received");
    let rejected = return_view(ReturnStatus::Rejected);
    assert_eq!(return_announcement(&current.get_untracked(), &rejected).as_deref(), Some("Your return was rejected. The item shows wear."));
    current.set(rejected);
    leptos::task::tick().await;
    assert_eq!(text(&el, ".vt-status"), "Rejected");
    assert!(text(&el, ".vt-tracking__canceled").contains("The item shows wear."));
    assert!(el.query_selector("ol.vt-tracking__steps").unwrap().is_none());
    assert!(el.query_selector(".vt-returns__method a").unwrap().is_none(), "no label for a rejected return");
}
