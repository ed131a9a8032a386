//! The demo catalog: a curated outdoor-and-home shop, extended with
//! deterministic generated products when a larger catalog is asked for
//! (`--demo-size 10000` for benchmarks). Same size, same catalog, every time.

pub mod art;
pub mod history;
pub mod orders;

use rust_decimal::Decimal;
use vitrine_core::catalog::{Image, OptionValue};
use vitrine_core::{Currency, Money};

use crate::catalog::import::{
    CatalogImport, CategoryImport, DiscountImport, OptionImport, ProductImport, ShippingRateImport, TaxRateImport,
    VariantImport,
};

/// The curated products; sizes below this take a prefix of them.
pub const CURATED_SIZE: usize = CURATED.len();
/// Where the demo images live, relative to the storefront root.
pub const IMAGE_DIR: &str = "images/demo";
/// The demo catalog's clock starts here (2026-01-01), so "newest" is stable.
const EPOCH: i64 = 1_767_225_600;

const COLOURS: &[(&str, &str)] = &[
    ("Black", "#1c1d21"), ("Charcoal", "#3f4450"), ("Slate", "#64748b"), ("White", "#f5f5f4"),
    ("Cream", "#efe6d2"), ("Oat", "#d6c7a8"), ("Sand", "#c9b18b"), ("Navy", "#1f3a5f"),
    ("Cobalt", "#2f55b4"), ("Sky", "#7fb2d9"), ("Sage", "#9caf88"), ("Olive", "#5f6f35"),
    ("Forest", "#1f5135"), ("Mustard", "#d4a017"), ("Rust", "#c2410c"), ("Terracotta", "#c8553d"),
    ("Clay", "#b4674d"), ("Burgundy", "#7f1d1d"), ("Blush", "#e8b4b8"), ("Lilac", "#b4a7d6"),
];

fn swatch(colour: &str) -> &'static str {
    COLOURS.iter().find(|(n, _)| *n == colour).map(|(_, h)| *h).unwrap_or("#8a8f98")
}

const CATEGORIES: &[(&str, &str, &str)] = &[
    ("apparel", "Apparel", "Everyday layers in organic cotton, merino and waxed canvas, made to be worn for years."),
    ("footwear", "Footwear", "Sneakers, boots and sandals with resoleable construction and honest materials."),
    ("bags", "Bags", "Packs, totes and wallets that carry a commute, a weekend or a month on the road."),
    ("home", "Home & Kitchen", "Stoneware, lighting and textiles for slower mornings and longer evenings."),
    ("outdoor", "Outdoor", "Gear for trails, campsites and beaches, tested in actual weather."),
    ("accessories", "Accessories", "Caps, knits, eyewear and watches to finish an outfit."),
];

/// The option sets curated products use.
#[derive(Clone, Copy)]
enum Sizes {
    None,
    Apparel,
    Shoes,
    Socks,
    Candle,
    Bottle,
    OneSize,
}

impl Sizes {
    fn values(self) -> &'static [&'static str] {
        match self {
            Sizes::None | Sizes::OneSize => &[],
            Sizes::Apparel => &["XS", "S", "M", "L", "XL"],
            Sizes::Shoes => &["EU 38", "EU 39", "EU 40", "EU 41", "EU 42", "EU 43", "EU 44", "EU 45"],
            Sizes::Socks => &["S", "M", "L"],
            Sizes::Candle => &["180 g", "400 g"],
            Sizes::Bottle => &["500 ml", "750 ml", "1 L"],
        }
    }

    fn option_name(self) -> &'static str {
        match self {
            Sizes::Bottle => "Capacity",
            Sizes::Candle => "Size",
            _ => "Size",
        }
    }

    /// Extra price per step up the size list, in whole base-currency units.
    fn step_price(self) -> i64 {
        match self {
            Sizes::Candle => 14,
            Sizes::Bottle => 6,
            _ => 0,
        }
    }
}

struct Curated {
    title: &'static str,
    category: usize,
    shape: &'static str,
    /// Whole US dollars.
    price: i64,
    sizes: Sizes,
    colours: &'static [&'static str],
    /// A second option: (name, values).
    extra: Option<(&'static str, &'static [&'static str])>,
    blurb: &'static str,
}

macro_rules! p {
    ($title:literal, $cat:literal, $shape:literal, $price:literal, $sizes:ident, [$($c:literal),*], $blurb:literal) => {
        Curated { title: $title, category: $cat, shape: $shape, price: $price, sizes: Sizes::$sizes, colours: &[$($c),*], extra: None, blurb: $blurb }
    };
    ($title:literal, $cat:literal, $shape:literal, $price:literal, $sizes:ident, [$($c:literal),*], $ename:literal: [$($e:literal),*], $blurb:literal) => {
        Curated { title: $title, category: $cat, shape: $shape, price: $price, sizes: Sizes::$sizes, colours: &[$($c),*], extra: Some(($ename, &[$($e),*])), blurb: $blurb }
    };
}

const CURATED: &[Curated] = &[
    p!("Everyday Organic Tee", 0, "tee", 28, Apparel, ["White", "Black", "Navy", "Sage"], "A mid-weight tee in 180 g organic cotton jersey with a tubular body, so there are no side seams to twist after washing."),
    p!("Heavyweight Pocket Tee", 0, "tee", 34, Apparel, ["Oat", "Charcoal", "Rust"], "Dense 240 g cotton with a boxy cut, a reinforced neckline and a chest pocket that actually holds a pen."),
    p!("Merino Crew Sweater", 0, "sweater", 120, Apparel, ["Charcoal", "Forest", "Oat"], "Fine-gauge 17.5 micron merino that regulates temperature, resists odour and never itches."),
    p!("Fisherman Cable Knit", 0, "sweater", 145, Apparel, ["Cream", "Navy"], "A traditional cable knit in undyed British wool, heavy enough to replace a jacket on dry days."),
    p!("Brushed Fleece Hoodie", 0, "hoodie", 78, Apparel, ["Slate", "Black", "Sage", "Burgundy"], "Loopback cotton brushed soft on the inside, with a double-layer hood and flat drawcords."),
    p!("Zip-Up Trail Hoodie", 0, "hoodie", 88, Apparel, ["Olive", "Charcoal"], "A grid-fleece mid layer that breathes on the climb and packs into its own pocket."),
    p!("Waxed Canvas Chore Jacket", 0, "jacket", 189, Apparel, ["Olive", "Sand", "Black"], "Dry-waxed 10 oz canvas with four patch pockets; it sheds showers and ages into its own patina."),
    p!("Packable Rain Shell", 0, "jacket", 135, Apparel, ["Cobalt", "Rust", "Black"], "A 2.5-layer waterproof shell with taped seams and pit zips that folds into its chest pocket."),
    p!("Quilted Liner Jacket", 0, "jacket", 159, Apparel, ["Navy", "Olive"], "Recycled synthetic insulation in a diamond quilt, warm when damp and light enough to layer."),
    p!("Oxford Button-Down Shirt", 0, "shirt", 68, Apparel, ["White", "Sky", "Blush"], "Soft-washed oxford cloth with a rolled button-down collar and a locker loop."),
    p!("Linen Camp Shirt", 0, "shirt", 72, Apparel, ["Sand", "Sage", "Terracotta"], "Breezy European linen with a relaxed camp collar and a straight hem made to be worn untucked."),
    p!("Flannel Overshirt", 0, "shirt", 84, Apparel, ["Burgundy", "Forest", "Slate"], "Double-brushed flannel heavy enough to wear as a light jacket, with snap chest pockets."),
    p!("Court Classic Sneaker", 1, "sneaker", 95, Shoes, ["White", "Black"], "A clean leather court shoe on a stitched natural-rubber cupsole that can be resoled."),
    p!("Trail Runner GTX", 1, "sneaker", 140, Shoes, ["Slate", "Rust", "Forest"], "A waterproof trail shoe with a rock plate and 4 mm lugs for wet roots and loose gravel."),
    p!("Canvas Low-Top", 1, "sneaker", 55, Shoes, ["Cream", "Navy", "Black", "Terracotta"], "A vulcanised canvas classic with a cushioned insole that does not flatten in a month."),
    p!("Suede Chukka Boot", 1, "boot", 165, Shoes, ["Sand", "Charcoal"], "Two-eyelet chukkas in water-repellent suede on a crepe sole that grips on wet pavements."),
    p!("Lug-Sole Chelsea Boot", 1, "boot", 185, Shoes, ["Black", "Clay"], "Full-grain leather Chelseas with a Goodyear welt and a chunky lug sole for winter streets."),
    p!("Leather Hiker", 1, "boot", 210, Shoes, ["Clay", "Charcoal"], "A one-piece leather upper, a waterproof membrane and a Vibram sole for multi-day hikes."),
    p!("Cork Footbed Sandal", 1, "sandal", 65, Shoes, ["Sand", "Black"], "A contoured cork and latex footbed that moulds to your foot, under oiled leather straps."),
    p!("Strappy Trail Sandal", 1, "sandal", 58, Shoes, ["Olive", "Cobalt"], "Adjustable webbing straps and a grippy sole for river crossings and hot-weather trails."),
    p!("Merino Hiking Socks", 1, "socks", 18, Socks, ["Charcoal", "Rust", "Forest"], "Cushioned merino blend with a seamless toe and a guarantee against holes."),
    p!("Everyday Crew Socks 3-Pack", 1, "socks", 24, Socks, ["Oat", "Navy"], "Combed cotton crews with a ribbed arch that stays put; three pairs, one colour."),
    p!("Roll-Top Daypack 22L", 2, "backpack", 110, None, ["Black", "Olive", "Mustard"], "A welded, waterproof roll-top with a padded laptop sleeve and a quick side zip."),
    p!("Commuter Laptop Backpack", 2, "backpack", 135, None, ["Charcoal", "Navy"], "Clamshell opening, a suspended 16-inch laptop sleeve and a luggage pass-through."),
    p!("Waxed Canvas Rucksack", 2, "backpack", 155, None, ["Olive", "Sand"], "Waxed canvas and vegetable-tanned leather straps, built like the bags it is modelled on."),
    p!("Market Tote", 2, "tote", 38, None, ["Oat", "Black", "Terracotta"], "A structured 12 oz canvas tote with long handles that sit comfortably over a coat."),
    p!("Heavy Canvas Zip Tote", 2, "tote", 54, None, ["Navy", "Olive"], "A zip-top tote with an inner pocket and a leather key tether, for days that need closing."),
    p!("Weekender Duffel 45L", 2, "duffel", 149, None, ["Olive", "Black", "Sand"], "A cabin-sized duffel with a separate shoe compartment and a padded shoulder strap."),
    p!("Gym Duffel", 2, "duffel", 79, None, ["Black", "Cobalt"], "A compact water-resistant duffel with a vented wet pocket."),
    p!("Slim Bifold Wallet", 2, "wallet", 45, None, ["Black", "Clay"], "Material": ["Leather", "Recycled canvas"], "Six card slots and a full-length note pocket in a wallet barely thicker than the cards."),
    p!("Zip Card Wallet", 2, "wallet", 35, None, ["Navy", "Burgundy", "Black"], "A zipped coin pocket and four card slots, small enough for a front pocket."),
    p!("Stoneware Mug 350 ml", 3, "mug", 22, None, ["Cream", "Sage", "Slate", "Terracotta"], "Wheel-thrown stoneware with a reactive glaze; no two are quite alike. Dishwasher safe."),
    p!("Speckled Camp Mug", 3, "mug", 18, None, ["White", "Navy", "Forest"], "Enamelled steel with a speckled finish, as at home on a stove as on a desk."),
    p!("Double-Wall Glass Tumbler", 3, "mug", 26, None, ["Sky", "Blush"], "Borosilicate double-wall glass keeps coffee hot and hands cool. Set of two."),
    p!("Globe Table Lamp", 3, "lamp", 129, None, ["Cream", "Black", "Mustard"], "An opal glass globe on a powder-coated base with a dimmable warm-white bulb included."),
    p!("Arc Reading Lamp", 3, "lamp", 189, None, ["Black", "Sage"], "A weighted arc that swings light exactly where the page is, with a fabric cord."),
    p!("Soy Candle", 3, "candle", 28, Candle, ["Cream"], "Scent": ["Cedar & Smoke", "Fig Leaf", "Sea Salt"], "Hand-poured soy wax with a cotton wick in a reusable amber jar; 45 hours from the small size."),
    p!("Beeswax Pillar Candle", 3, "candle", 24, None, ["Mustard", "Cream"], "Pure beeswax that burns clean and slow with a faint smell of honey."),
    p!("Ribbed Ceramic Vase", 3, "vase", 48, None, ["Cream", "Terracotta", "Slate"], "A slip-cast vase with a ribbed body and a matte glaze, watertight for fresh stems."),
    p!("Bud Vase Trio", 3, "vase", 36, None, ["Sage", "Blush", "Lilac"], "Three small hand-blown vases for single stems on a windowsill."),
    p!("Chunky Knit Throw", 3, "blanket", 119, None, ["Oat", "Charcoal", "Rust"], "An oversized throw in chunky recycled-wool yarn, heavy enough to feel like a hug."),
    p!("Waffle Cotton Blanket", 3, "blanket", 98, None, ["White", "Sage", "Blush"], "A breathable waffle weave in organic cotton for year-round beds."),
    p!("Insulated Bottle", 4, "bottle", 30, Bottle, ["Black", "Forest", "Sky", "Mustard"], "Vacuum-insulated steel keeps drinks cold for 24 hours and hot for 12, with a leakproof lid."),
    p!("Trail Water Bottle", 4, "bottle", 16, None, ["Cobalt", "Olive", "Rust"], "A BPA-free 1 litre bottle with a wide mouth and a loop that clips to a pack."),
    p!("Two-Person Dome Tent", 4, "tent", 329, None, ["Olive", "Mustard"], "A freestanding three-season tent with two doors, two vestibules and colour-coded poles."),
    p!("Ultralight Trekking Tent", 4, "tent", 449, None, ["Sand", "Forest"], "Pitched with trekking poles, it weighs 980 g and packs to the size of a water bottle."),
    p!("Folding Camp Chair", 4, "chair", 69, None, ["Charcoal", "Forest", "Rust"], "An aluminium-frame chair with a high back and a cup holder that folds flat in seconds."),
    p!("Low Beach Chair", 4, "chair", 59, None, ["Sky", "Terracotta"], "A low-slung hardwood chair with a striped canvas sling for long afternoons."),
    p!("Packable Picnic Blanket", 4, "blanket", 49, None, ["Mustard", "Cobalt"], "A water-resistant backing and a fleece top, folding into a pouch with a carry strap."),
    p!("Headlamp 400", 4, "lamp", 45, None, ["Black", "Rust"], "A rechargeable 400-lumen headlamp with a red night mode and a lock for the pack."),
    p!("Six-Panel Canvas Cap", 5, "cap", 32, OneSize, ["Navy", "Sand", "Olive", "Black"], "Washed cotton canvas with a curved brim and a brass-buckle strap."),
    p!("Wool Baseball Cap", 5, "cap", 38, OneSize, ["Charcoal", "Burgundy"], "Melton wool with a satin lining and ear flaps that tuck away."),
    p!("Ribbed Merino Beanie", 5, "beanie", 29, OneSize, ["Charcoal", "Rust", "Mustard", "Cream"], "A soft rib-knit merino beanie with a deep turn-up."),
    p!("Fisherman Beanie", 5, "beanie", 26, OneSize, ["Navy", "Forest", "Terracotta"], "A short, snug watch cap in a chunky wool blend."),
    p!("Lambswool Scarf", 5, "scarf", 59, None, ["Oat", "Charcoal", "Burgundy"], "Brushed lambswool woven in Scotland, with twisted fringes."),
    p!("Oversized Check Scarf", 5, "scarf", 69, None, ["Rust", "Navy"], "A blanket-sized check scarf that doubles as a wrap on cold trains."),
    p!("Polarised Round Sunglasses", 5, "sunglasses", 89, None, ["Black", "Clay"], "Lens": ["Grey", "Green"], "Acetate frames with polarised lenses that cut glare off water and roads."),
    p!("Classic Square Sunglasses", 5, "sunglasses", 79, None, ["Black", "Slate"], "Lens": ["Grey", "Brown"], "A square acetate frame with spring hinges and full UV400 protection."),
    p!("Field Watch 38 mm", 5, "watch", 175, None, ["Olive", "Navy", "Sand"], "A legible field dial on a 38 mm steel case with sapphire crystal and a canvas strap."),
    p!("Minimal Steel Watch", 5, "watch", 210, None, ["Slate", "Black"], "A slim steel case and a mesh strap; the dial has nothing on it you don't need."),
    p!("Leather Belt", 5, "wallet", 55, None, ["Clay", "Black"], "Size": ["80 cm", "90 cm", "100 cm"], "Full-grain bridle leather with a solid brass buckle, cut from a single hide."),
    p!("Canvas Utility Apron", 3, "tote", 42, None, ["Olive", "Navy"], "Waxed canvas with cross-back straps and a tool pocket for the kitchen or the workshop."),
    p!("Linen Napkins, Set of 4", 3, "blanket", 34, None, ["Sand", "Sage", "White"], "Stone-washed linen napkins that soften with every wash."),
    p!("Camp Cookset", 4, "mug", 64, None, ["Slate"], "A nesting hard-anodised pot, pan and two cups for two people."),
];

/// A second paragraph per category: care and fit, without product words, so
/// search relevance comes from each product's own text.
fn care(category: usize) -> &'static str {
    match category {
        0 => "Machine wash cold, dry flat. True to size; size up for a relaxed fit.",
        1 => "Runs true to size. Clean with a damp cloth and let dry away from direct heat.",
        2 => "Wipe clean. Every zip, buckle and seam is covered by a two-year repair promise.",
        3 => "Designed in our studio and made in small batches by independent workshops.",
        4 => "Field-tested for a full season before it goes on sale.",
        _ => "Gift-wrapped on request at checkout.",
    }
}

/// Deterministic pseudo-random numbers (splitmix64).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A whole-unit US dollar price in the demo's `currency`, as a shop would set
/// it (round numbers, not a conversion to the cent).
fn price_in(usd: i64, currency: Currency) -> Decimal {
    let (rate_num, rate_den, step) = match currency {
        Currency::Usd => (1, 1, 1),
        Currency::Eur => (92, 100, 1),
        Currency::Gbp => (79, 100, 1),
        Currency::Jpy => (150, 1, 100),
        Currency::Cad => (137, 100, 1),
        Currency::Aud => (152, 100, 1),
        Currency::Nzd => (166, 100, 1),
        Currency::Chf => (88, 100, 1),
        Currency::Sek | Currency::Nok | Currency::Dkk => (1050, 100, 5),
        Currency::Pln => (400, 100, 5),
        Currency::Czk => (2300, 100, 10),
        Currency::Kwd | Currency::Bhd => (31, 100, 1),
    };
    let raw = usd * rate_num;
    let whole = ((raw + rate_den * step / 2) / (rate_den * step)).max(1) * step;
    Money::new(Decimal::from(whole), currency).rounded().amount
}

/// The images a product has: one per colour.
fn images(title: &str, shape: &str, colours: &[&str]) -> Vec<Image> {
    colours
        .iter()
        .map(|c| Image {
            url: format!("/{IMAGE_DIR}/{shape}-{}.svg", slug(c)),
            alt: if colours.len() > 1 { format!("{title} in {c}") } else { title.to_string() },
            width: 800,
            height: 800,
        })
        .collect()
}

fn product(c: &Curated, index: usize, title: String, handle: String, created_at: i64, rng: &mut Rng, currency: Currency) -> ProductImport {
    let mut options = Vec::new();
    let sizes = c.sizes.values();
    let colour_values: Vec<OptionValue> =
        c.colours.iter().map(|n| OptionValue { value: n.to_string(), swatch: Some(swatch(n).to_string()) }).collect();
    if c.colours.len() > 1 {
        options.push(OptionImport { name: "Colour".into(), values: colour_values });
    }
    if !sizes.is_empty() {
        options.push(OptionImport {
            name: c.sizes.option_name().into(),
            values: sizes.iter().map(|s| OptionValue { value: s.to_string(), swatch: None }).collect(),
        });
    }
    if let Some((name, values)) = c.extra {
        options.push(OptionImport {
            name: name.into(),
            values: values.iter().map(|s| OptionValue { value: s.to_string(), swatch: None }).collect(),
        });
    }
    let on_sale = rng.below(5) == 0;
    let colours: &[&str] = c.colours;
    let size_list: Vec<Option<(usize, &str)>> =
        if sizes.is_empty() { vec![None] } else { sizes.iter().copied().enumerate().map(Some).collect() };
    let extra_list: Vec<Option<&str>> = match c.extra {
        Some((_, values)) => values.iter().copied().map(Some).collect(),
        None => vec![None],
    };
    let sku_base: String = handle.split('-').filter_map(|w| w.chars().next()).collect::<String>().to_uppercase();
    let mut variants = Vec::new();
    for (ci, colour) in colours.iter().enumerate() {
        for size in &size_list {
            for extra in &extra_list {
                let mut values = Vec::new();
                if colours.len() > 1 {
                    values.push(colour.to_string());
                }
                if let Some((_, s)) = size {
                    values.push(s.to_string());
                }
                if let Some(e) = extra {
                    values.push(e.to_string());
                }
                let step = size.map(|(i, _)| i as i64).unwrap_or(0) * c.sizes.step_price();
                let usd = c.price + step;
                // Mostly well stocked; some sold out, some nearly.
                let stock = match rng.below(10) {
                    0 => 0,
                    1 | 2 => 1 + rng.below(5) as i64,
                    _ => 8 + rng.below(60) as i64,
                };
                let mut sku = format!("{sku_base}{index:05}");
                if !values.is_empty() {
                    sku = format!("{sku}-{}", slug(&values.join("-")).to_uppercase());
                }
                variants.push(VariantImport {
                    sku,
                    options: values,
                    price: price_in(usd, currency),
                    compare_at_price: on_sale.then(|| price_in(usd + usd / 4 + 1, currency)),
                    stock,
                    image: Some(ci as u32),
                });
            }
        }
    }
    ProductImport {
        handle,
        description: format!("{}\n\n{}", c.blurb, care(c.category)),
        category: CATEGORIES[c.category].0.into(),
        options,
        images: images(&title, c.shape, colours),
        title,
        variants,
        created_at: Some(created_at),
    }
}

const SERIES: &[&str] = &[
    "Alpine", "Coastal", "Heritage", "Studio", "Nordic", "Summit", "Harbour", "Meadow", "Canyon", "Fjord",
    "Prairie", "Atlas", "Juniper", "Cedar", "Basalt", "Tidal", "Ember", "Aurora", "Granite", "Willow",
];

/// The demo catalog with `size` products: the curated ones first, then
/// generated variations of them ("Alpine Merino Crew Sweater No. 12").
pub fn catalog(size: usize, currency: Currency) -> CatalogImport {
    let categories = CATEGORIES
        .iter()
        .map(|(h, n, d)| CategoryImport { handle: h.to_string(), name: n.to_string(), description: d.to_string() })
        .collect();
    let mut rng = Rng(0x5eed_cafe);
    let mut products = Vec::with_capacity(size);
    for i in 0..size {
        let base = &CURATED[i % CURATED.len()];
        let round = i / CURATED.len();
        let created_at = EPOCH - (size - i) as i64 * 3_600 * 7;
        let (title, handle) = if round == 0 {
            (base.title.to_string(), slug(base.title))
        } else {
            let series = SERIES[(round - 1) % SERIES.len()];
            let edition = (round - 1) / SERIES.len() + 1;
            let title = if edition == 1 {
                format!("{series} {}", base.title)
            } else {
                format!("{series} {} No. {edition}", base.title)
            };
            let handle = slug(&title);
            (title, handle)
        };
        products.push(product(base, i, title, handle, created_at, &mut rng, currency));
    }
    CatalogImport {
        categories,
        products,
        shipping_rates: Some(shipping_rates(currency)),
        tax_rates: Some(tax_rates()),
        discount_codes: discount_codes(currency),
        // VAT-style shops quote prices with tax; US-style shops add it at checkout.
        tax_inclusive: Some(matches!(currency, Currency::Eur | Currency::Gbp | Currency::Jpy | Currency::Aud | Currency::Nzd)),
        payment_rules: Some(payment_rules(currency)),
        address_fields: None,
        // 30 days from delivery, kitchenware 14, +10 % for store credit.
        return_policy: Some(vitrine_core::returns::ReturnPolicy {
            window_days: 30,
            category_windows: [("home".to_string(), 14)].into_iter().collect(),
            store_credit_bonus_percent: 10,
            ..Default::default()
        }),
    }
}

fn payment_rules(currency: Currency) -> Vec<crate::rules::PaymentRule> {
    use crate::rules::PaymentRule;
    let list = |c: &[&str]| c.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        PaymentRule { kind: "card".into(), countries: list(&["*"]), max_total: None, requires_company: false, instructions: None },
        PaymentRule {
            kind: "bank_transfer".into(),
            countries: list(&["AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "LU", "NL", "PL", "PT", "SE"]),
            max_total: None,
            requires_company: false,
            instructions: None,
        },
        PaymentRule {
            kind: "cash_on_delivery".into(),
            countries: list(&["DE", "AT", "IT", "ES", "PL", "JP"]),
            max_total: Some(price_in(300, currency)),
            requires_company: false,
            instructions: None,
        },
        PaymentRule {
            kind: "invoice".into(),
            countries: list(&["US", "DE", "AT", "NL", "CH", "GB", "SE", "DK"]),
            max_total: Some(price_in(2000, currency)),
            requires_company: true,
            instructions: None,
        },
    ]
}

fn shipping_rates(currency: Currency) -> Vec<ShippingRateImport> {
    let rate = |id: &str, zone: &str, countries: &[&str], name: &str, usd: i64, free_over: Option<i64>, days: (u32, u32)| {
        ShippingRateImport {
            id: id.into(),
            zone: zone.into(),
            countries: countries.iter().map(|c| c.to_string()).collect(),
            name: name.into(),
            price: price_in(usd, currency),
            free_over: free_over.map(|f| price_in(f, currency)),
            min_days: days.0,
            max_days: days.1,
        }
    };
    const EU: &[&str] = &["AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "LU", "NL", "PL", "PT", "SE"];
    vec![
        rate("us-standard", "United States", &["US"], "Standard", 7, Some(75), (3, 5)),
        rate("us-express", "United States", &["US"], "Express", 18, None, (1, 2)),
        rate("ca-standard", "Canada", &["CA"], "Standard", 12, Some(120), (5, 8)),
        rate("gb-standard", "United Kingdom", &["GB"], "Standard", 12, Some(120), (4, 7)),
        rate("eu-standard", "Europe", EU, "Standard", 15, Some(150), (5, 9)),
        rate("eu-express", "Europe", EU, "Express", 35, None, (2, 4)),
        rate("world-standard", "Rest of the world", &["*"], "International", 25, None, (7, 14)),
    ]
}

fn tax_rates() -> Vec<TaxRateImport> {
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

fn discount_codes(currency: Currency) -> Vec<DiscountImport> {
    let code = |code: &str, kind: &str, value: Option<Decimal>, min_usd: Option<i64>| DiscountImport {
        code: code.into(),
        kind: kind.into(),
        value,
        minimum_subtotal: min_usd.map(|m| price_in(m, currency)),
        category: None,
        starts_at: None,
        expires_at: None,
        usage_limit: None,
    };
    vec![
        code("WELCOME10", "percentage", Some(Decimal::from(10)), None),
        code("SAVE20", "percentage", Some(Decimal::from(20)), Some(150)),
        code("TENOFF", "fixed_amount", Some(price_in(10, currency)), Some(50)),
        code("FREESHIP", "free_shipping", None, Some(30)),
        DiscountImport { category: Some("bags".into()), ..code("BAGS15", "percentage", Some(Decimal::from(15)), None) },
        DiscountImport { expires_at: Some(EPOCH - 86_400 * 30), ..code("SUMMER25", "percentage", Some(Decimal::from(25)), None) },
        DiscountImport { starts_at: Some(EPOCH + 86_400 * 3650), ..code("FUTURE5", "percentage", Some(Decimal::from(5)), None) },
        DiscountImport { usage_limit: Some(0), ..code("LAUNCH50", "percentage", Some(Decimal::from(50)), None) },
    ]
}

/// Every image file the demo catalog refers to, as (path below the storefront
/// root, SVG text). Used to (re)generate `public/images/demo/`.
pub fn image_files() -> Vec<(String, String)> {
    let mut seen = std::collections::BTreeSet::new();
    for c in CURATED {
        for colour in c.colours {
            seen.insert((c.shape, *colour));
        }
    }
    seen.into_iter()
        .filter_map(|(shape, colour)| {
            let svg = art::render(shape, swatch(colour))?;
            Some((format!("{IMAGE_DIR}/{shape}-{}.svg", slug(colour)), svg))
        })
        .collect()
}

/// Seeds the demo catalog when the catalog is empty (a shop with products
/// is never touched).
pub async fn seed_if_empty(db: &crate::db::Db, size: usize, currency: Currency) -> Result<(), String> {
    let products: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM products").fetch_one(&db.pool).await.map_err(|e| format!("database: {e}"))?;
    if products > 0 {
        return Ok(());
    }
    let report = crate::catalog::import::import(db, currency, &catalog(size, currency))
        .await
        .map_err(|e| format!("seeding the demo catalog failed: {e:?}"))?;
    tracing::info!(products = report.products_created, variants = report.variants, "seeded the demo catalog");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn curated_catalog_is_valid_and_real_sized() {
        let doc = catalog(CURATED_SIZE, Currency::Usd);
        assert!(doc.products.len() >= 60, "{}", doc.products.len());
        assert!(doc.categories.len() >= 5);
        crate::catalog::import::validate(&doc, Currency::Usd, &HashSet::new()).unwrap();
        assert!(doc.products.iter().any(|p| p.variants.iter().any(|v| v.stock == 0)));
        assert!(doc.products.iter().any(|p| p.variants.iter().any(|v| (1..=5).contains(&v.stock))));
        assert!(doc.products.iter().any(|p| p.variants.iter().any(|v| v.compare_at_price.is_some())));
    }

    #[test]
    fn large_catalog_is_deterministic_and_valid() {
        let a = catalog(10_000, Currency::Eur);
        let b = catalog(10_000, Currency::Eur);
        assert_eq!(a.products.len(), 10_000);
        assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
        crate::catalog::import::validate(&a, Currency::Eur, &HashSet::new()).unwrap();
    }

    #[test]
    fn prices_suit_each_currency() {
        assert_eq!(price_in(28, Currency::Usd).to_string(), "28.00");
        assert_eq!(price_in(28, Currency::Jpy).to_string(), "4200");
        assert_eq!(price_in(28, Currency::Eur).to_string(), "26.00");
        for &c in Currency::ALL {
            assert!(Money::new(price_in(18, c), c).is_exact());
        }
    }

    /// Guards against a catalog image that was never generated into public/.
    #[test]
    fn every_demo_image_is_checked_in() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
        let doc = catalog(CURATED_SIZE, Currency::Usd);
        for p in &doc.products {
            for img in &p.images {
                let path = root.join(img.url.trim_start_matches('/'));
                assert!(path.exists(), "{} is missing: run `vitrine-server demo-images`", path.display());
            }
        }
    }
}
