//! The API tests' own small shop: six products and every shop rule the cart
//! and checkout tests assert on, written out here so editing the demo
//! catalog (`src/demo/mod.rs`) never changes what these tests expect.
//!
//! The rules have the values the demo had when the tests moved here, so the
//! expected totals read the same: a 28.00 tee, US standard shipping 7.00
//! (free over 75), California sales tax 7.25 %, German VAT 19 %, and so on.
//! Prices and money rules are given per currency for USD, EUR and JPY (the
//! currencies the tests run shops in); EUR and JPY shops quote tax-inclusive
//! prices.
//!
//! Use with `on_both_backends!(fixtures: crate::common::fixture_config() => ...)`,
//! `TestApp::sqlite_with_fixtures(currency)` or `TestApp::{sqlite,postgres}_with(config, true)`;
//! the handles below name the products.

use rust_decimal::Decimal;
use vitrine_core::catalog::{Image, OptionValue};
use vitrine_core::Currency;
use vitrine_server::catalog::import::{
    CatalogImport, CategoryImport, DiscountImport, OptionImport, ProductImport, ShippingRateImport, TaxRateImport,
    VariantImport,
};
use vitrine_server::rules::PaymentRule;

/// A tee in four colours and five sizes; all but the last two variants have
/// [`TEE_STOCK`] each (the last two: 3, low stock, and 0, sold out).
pub const TEE: &str = "fixture-tee";
pub const TEE_TITLE: &str = "Fixture Tee";
pub const TEE_COLOURS: &[(&str, &str)] = &[("White", "#f5f5f4"), ("Black", "#1c1d21"), ("Navy", "#1f3a5f"), ("Sage", "#9caf88")];
pub const TEE_SIZES: &[&str] = &["XS", "S", "M", "L", "XL"];
pub const TEE_STOCK: i64 = 100;
/// A mug, well stocked.
pub const MUG: &str = "fixture-mug";
/// A tote in the `bags` category (what BAGS15 applies to).
pub const TOTE: &str = "fixture-tote";
/// A sweater in three sizes, six of each.
pub const SWEATER: &str = "fixture-sweater";
pub const SWEATER_STOCK: i64 = 6;
/// A lamp with three left.
pub const LAMP: &str = "fixture-lamp";
/// A tent above the cash-on-delivery limit, one left.
pub const TENT: &str = "fixture-tent";

/// Category handles.
pub const APPAREL: &str = "apparel";
pub const BAGS: &str = "bags";
pub const HOME: &str = "home";
pub const OUTDOOR: &str = "outdoor";

/// 2026-01-01: products' creation times count from here.
const CLOCK: i64 = 1_767_225_600;
const DAY: i64 = 86_400;

/// One amount per currency the tests run shops in.
#[derive(Clone, Copy)]
struct Price {
    usd: &'static str,
    eur: &'static str,
    jpy: &'static str,
}

const fn p(usd: &'static str, eur: &'static str, jpy: &'static str) -> Price {
    Price { usd, eur, jpy }
}

impl Price {
    fn get(self, currency: Currency) -> Decimal {
        let s = match currency {
            Currency::Usd => self.usd,
            Currency::Eur => self.eur,
            Currency::Jpy => self.jpy,
            other => panic!("the test fixtures have no prices in {}", other.code()),
        };
        s.parse().expect("a decimal price")
    }
}

const TEE_PRICE: Price = p("28.00", "26.00", "4200");
const MUG_PRICE: Price = p("22.00", "20.00", "3300");
const TOTE_PRICE: Price = p("38.00", "35.00", "5700");
const SWEATER_PRICE: Price = p("120.00", "110.00", "18000");
const LAMP_PRICE: Price = p("129.00", "119.00", "19400");
const TENT_PRICE: Price = p("449.00", "413.00", "67400");

/// The whole fixture shop for a shop in `currency` (USD, EUR or JPY).
pub fn catalog(currency: Currency) -> CatalogImport {
    let category = |handle: &str, name: &str| CategoryImport { handle: handle.into(), name: name.into(), description: format!("Fixture {name}.") };
    CatalogImport {
        categories: vec![category(APPAREL, "Apparel"), category(BAGS, "Bags"), category(HOME, "Home"), category(OUTDOOR, "Outdoor")],
        products: vec![
            tee(currency),
            simple(MUG, "Fixture Mug", HOME, "mug", MUG_PRICE.get(currency), 50, 5),
            simple(TOTE, "Fixture Tote", BAGS, "tote", TOTE_PRICE.get(currency), 40, 4),
            sweater(currency),
            simple(LAMP, "Fixture Lamp", HOME, "lamp", LAMP_PRICE.get(currency), 3, 2),
            simple(TENT, "Fixture Tent", OUTDOOR, "tent", TENT_PRICE.get(currency), 1, 1),
        ],
        shipping_rates: Some(shipping_rates(currency)),
        tax_rates: Some(tax_rates()),
        discount_codes: discount_codes(currency),
        tax_inclusive: Some(matches!(currency, Currency::Eur | Currency::Jpy)),
        payment_rules: Some(payment_rules(currency)),
        address_fields: None,
        return_policy: Some(return_policy()),
    }
}

fn image(name: &str, alt: &str) -> Image {
    Image { url: format!("/images/fixtures/{name}.svg"), alt: alt.into(), width: 800, height: 800 }
}

/// Listed newest first in this order: the tee is the newest product.
fn created(rank: i64) -> Option<i64> {
    Some(CLOCK - rank * DAY)
}

fn tee(currency: Currency) -> ProductImport {
    let mut variants = Vec::new();
    for (ci, (colour, _)) in TEE_COLOURS.iter().enumerate() {
        for size in TEE_SIZES {
            variants.push(VariantImport {
                sku: format!("FX-TEE-{}-{size}", colour.to_uppercase()),
                options: vec![colour.to_string(), size.to_string()],
                price: TEE_PRICE.get(currency),
                compare_at_price: None,
                stock: TEE_STOCK,
                image: Some(ci as u32),
            });
        }
    }
    let n = variants.len();
    variants[n - 2].stock = 3;
    variants[n - 1].stock = 0;
    ProductImport {
        handle: TEE.into(),
        title: TEE_TITLE.into(),
        description: "A plain tee for tests.".into(),
        category: APPAREL.into(),
        options: vec![
            OptionImport {
                name: "Colour".into(),
                values: TEE_COLOURS.iter().map(|(c, hex)| OptionValue { value: c.to_string(), swatch: Some(hex.to_string()) }).collect(),
            },
            OptionImport { name: "Size".into(), values: TEE_SIZES.iter().map(|s| OptionValue { value: s.to_string(), swatch: None }).collect() },
        ],
        images: TEE_COLOURS.iter().map(|(c, _)| image(&format!("tee-{}", c.to_lowercase()), &format!("{TEE_TITLE} in {c}"))).collect(),
        variants,
        created_at: created(0),
    }
}

fn sweater(currency: Currency) -> ProductImport {
    let sizes = ["S", "M", "L"];
    ProductImport {
        handle: SWEATER.into(),
        title: "Fixture Sweater".into(),
        description: "A warm sweater for tests.".into(),
        category: APPAREL.into(),
        options: vec![OptionImport { name: "Size".into(), values: sizes.iter().map(|s| OptionValue { value: s.to_string(), swatch: None }).collect() }],
        images: vec![image("sweater", "Fixture Sweater")],
        variants: sizes
            .iter()
            .map(|s| VariantImport {
                sku: format!("FX-SWEATER-{s}"),
                options: vec![s.to_string()],
                price: SWEATER_PRICE.get(currency),
                compare_at_price: None,
                stock: SWEATER_STOCK,
                image: Some(0),
            })
            .collect(),
        created_at: created(3),
    }
}

/// A product with one variant and no options.
fn simple(handle: &str, title: &str, category: &str, picture: &str, price: Decimal, stock: i64, rank: i64) -> ProductImport {
    ProductImport {
        handle: handle.into(),
        title: title.into(),
        description: format!("{title}, for tests."),
        category: category.into(),
        options: Vec::new(),
        images: vec![image(picture, title)],
        variants: vec![VariantImport {
            sku: format!("FX-{}", picture.to_uppercase()),
            options: Vec::new(),
            price,
            compare_at_price: None,
            stock,
            image: Some(0),
        }],
        created_at: created(rank),
    }
}

const EU: &[&str] = &["AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "LU", "NL", "PL", "PT", "SE"];

/// Zones and rates; a zone named by no other rate (`*`) covers the rest of the world.
pub fn shipping_rates(currency: Currency) -> Vec<ShippingRateImport> {
    let rate = |id: &str, zone: &str, countries: &[&str], name: &str, price: Price, free_over: Option<Price>, days: (u32, u32)| {
        ShippingRateImport {
            id: id.into(),
            zone: zone.into(),
            countries: countries.iter().map(|c| c.to_string()).collect(),
            name: name.into(),
            price: price.get(currency),
            free_over: free_over.map(|f| f.get(currency)),
            min_days: days.0,
            max_days: days.1,
        }
    };
    vec![
        rate("us-standard", "United States", &["US"], "Standard", p("7.00", "6.00", "1100"), Some(p("75.00", "69.00", "11300")), (3, 5)),
        rate("us-express", "United States", &["US"], "Express", p("18.00", "17.00", "2700"), None, (1, 2)),
        rate("ca-standard", "Canada", &["CA"], "Standard", p("12.00", "11.00", "1800"), Some(p("120.00", "110.00", "18000")), (5, 8)),
        rate("gb-standard", "United Kingdom", &["GB"], "Standard", p("12.00", "11.00", "1800"), Some(p("120.00", "110.00", "18000")), (4, 7)),
        rate("eu-standard", "Europe", EU, "Standard", p("15.00", "14.00", "2300"), Some(p("150.00", "138.00", "22500")), (5, 9)),
        rate("eu-express", "Europe", EU, "Express", p("35.00", "32.00", "5300"), None, (2, 4)),
        rate("world-standard", "Rest of the world", &["*"], "International", p("25.00", "23.00", "3800"), None, (7, 14)),
    ]
}

/// US sales tax by state (not on shipping); VAT-style taxes elsewhere (on shipping too).
pub fn tax_rates() -> Vec<TaxRateImport> {
    let tax = |country: &str, region: Option<&str>, name: &str, rate: &str, shipping: bool| TaxRateImport {
        country: country.into(),
        region: region.map(str::to_string),
        name: name.into(),
        rate: rate.parse().expect("a decimal rate"),
        shipping_taxable: shipping,
    };
    vec![
        tax("US", Some("CA"), "Sales tax", "0.0725", false),
        tax("US", Some("NY"), "Sales tax", "0.04", false),
        tax("US", Some("TX"), "Sales tax", "0.0625", false),
        tax("US", Some("WA"), "Sales tax", "0.065", false),
        tax("US", Some("IL"), "Sales tax", "0.0625", false),
        tax("CA", None, "GST", "0.05", true),
        tax("GB", None, "VAT", "0.20", true),
        tax("DE", None, "VAT", "0.19", true),
        tax("FR", None, "VAT", "0.20", true),
        tax("NL", None, "VAT", "0.21", true),
        tax("ES", None, "VAT", "0.21", true),
        tax("IT", None, "VAT", "0.22", true),
        tax("IE", None, "VAT", "0.23", true),
        tax("JP", None, "Consumption tax", "0.10", true),
        tax("AU", None, "GST", "0.10", true),
    ]
}

/// Working codes, one per kind, and one per way a code can be refused.
pub fn discount_codes(currency: Currency) -> Vec<DiscountImport> {
    let code = |code: &str, kind: &str, value: Option<Decimal>, minimum: Option<Price>| DiscountImport {
        code: code.into(),
        kind: kind.into(),
        value,
        minimum_subtotal: minimum.map(|m| m.get(currency)),
        category: None,
        starts_at: None,
        expires_at: None,
        usage_limit: None,
    };
    let percent = |n: i64| Some(Decimal::from(n));
    vec![
        code("WELCOME10", "percentage", percent(10), None),
        code("SAVE20", "percentage", percent(20), Some(p("150.00", "138.00", "22500"))),
        code("TENOFF", "fixed_amount", Some(p("10.00", "9.00", "1500").get(currency)), Some(p("50.00", "46.00", "7500"))),
        code("FREESHIP", "free_shipping", None, Some(p("30.00", "28.00", "4500"))),
        DiscountImport { category: Some(BAGS.into()), ..code("BAGS15", "percentage", percent(15), None) },
        // Expired on 2025-12-02; starts in 2100; used up.
        DiscountImport { expires_at: Some(CLOCK - 30 * DAY), ..code("SUMMER25", "percentage", percent(25), None) },
        DiscountImport { starts_at: Some(4_102_444_800), ..code("FUTURE5", "percentage", percent(5), None) },
        DiscountImport { usage_limit: Some(0), ..code("LAUNCH50", "percentage", percent(50), None) },
    ]
}

/// Card everywhere; bank transfer in Europe; cash on delivery in a few
/// countries up to 300 USD; invoice for companies up to 2000 USD.
pub fn payment_rules(currency: Currency) -> Vec<PaymentRule> {
    let list = |c: &[&str]| c.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let rule = |kind: &str, countries: &[&str], max_total: Option<Price>, requires_company: bool| PaymentRule {
        kind: kind.into(),
        countries: list(countries),
        max_total: max_total.map(|m| m.get(currency)),
        requires_company,
        instructions: None,
    };
    vec![
        rule("card", &["*"], None, false),
        rule("bank_transfer", &["AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "LU", "NL", "PL", "PT", "SE"], None, false),
        rule("cash_on_delivery", &["DE", "AT", "IT", "ES", "PL", "JP"], Some(p("300.00", "276.00", "45000")), false),
        rule("invoice", &["US", "DE", "AT", "NL", "CH", "GB", "SE", "DK"], Some(p("2000.00", "1840.00", "300000")), true),
    ]
}

/// 30 days; the tent is final sale, home goods have 14 days; +10 % credit.
pub fn return_policy() -> vitrine_core::returns::ReturnPolicy {
    vitrine_core::returns::ReturnPolicy {
        window_days: 30,
        final_sale_products: vec![TENT.into()],
        category_windows: [(HOME.to_string(), 14)].into_iter().collect(),
        store_credit_bonus_percent: 10,
        ..Default::default()
    }
}
