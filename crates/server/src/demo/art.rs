//! Flat-style SVG product illustrations for the demo catalog.
//!
//! Every picture is drawn from code: no external URLs, fonts or raster images.
//! A picture is an 800x800 studio shot: a light backdrop, a soft floor shadow
//! and one product whose body is painted in the requested colour. Seams,
//! soles, rims and other details use shades mixed from that colour, chosen so
//! that they stay visible on very dark and very light products alike.

use std::fmt::Write;

/// Every shape the renderer can draw.
pub const SHAPES: &[&str] = &[
    "tee",
    "hoodie",
    "sweater",
    "jacket",
    "shirt",
    "sneaker",
    "boot",
    "sandal",
    "backpack",
    "tote",
    "duffel",
    "wallet",
    "mug",
    "lamp",
    "candle",
    "vase",
    "blanket",
    "bottle",
    "tent",
    "chair",
    "cap",
    "beanie",
    "scarf",
    "sunglasses",
    "watch",
    "socks",
];

/// A complete standalone SVG document (800x800, viewBox "0 0 800 800", xmlns set,
/// `role="img"`) showing `shape` in the colour `fill` (a CSS hex colour like "#1f3a5f").
///
/// `fill` may be `#rgb` or `#rrggbb` (case-insensitive); anything else is drawn
/// in a mid grey. The colour appears in the document as lowercase `#rrggbb`.
/// Returns None for an unknown shape. Deterministic: same inputs, same bytes.
pub fn render(shape: &str, fill: &str) -> Option<String> {
    let draw: fn(&mut Svg, &Palette) = match shape {
        "tee" => tee,
        "hoodie" => hoodie,
        "sweater" => sweater,
        "jacket" => jacket,
        "shirt" => shirt,
        "sneaker" => sneaker,
        "boot" => boot,
        "sandal" => sandal,
        "backpack" => backpack,
        "tote" => tote,
        "duffel" => duffel,
        "wallet" => wallet,
        "mug" => mug,
        "lamp" => lamp,
        "candle" => candle,
        "vase" => vase,
        "blanket" => blanket,
        "bottle" => bottle,
        "tent" => tent,
        "chair" => chair,
        "cap" => cap,
        "beanie" => beanie,
        "scarf" => scarf,
        "sunglasses" => sunglasses,
        "watch" => watch,
        "socks" => socks,
        _ => return None,
    };
    let palette = Palette::new(Rgb::parse(fill).unwrap_or(Rgb::MID_GREY));
    let mut svg = Svg::begin(shape, &palette);
    draw(&mut svg, &palette);
    Some(svg.finish())
}

// ---------------------------------------------------------------------------
// Colour

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgb(u8, u8, u8);

impl Rgb {
    const BLACK: Rgb = Rgb(0, 0, 0);
    const WHITE: Rgb = Rgb(255, 255, 255);
    const MID_GREY: Rgb = Rgb(0x8a, 0x8a, 0x8a);

    /// Parses `#rgb` or `#rrggbb`.
    fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize, len: usize| u8::from_str_radix(&hex[i..i + len], 16).ok();
        match hex.len() {
            3 => Some(Rgb(
                channel(0, 1)? * 17,
                channel(1, 1)? * 17,
                channel(2, 1)? * 17,
            )),
            6 => Some(Rgb(channel(0, 2)?, channel(2, 2)?, channel(4, 2)?)),
            _ => None,
        }
    }

    /// Moves `t` (0..=1) of the way from `self` towards `other`.
    fn mix(self, other: Rgb, t: f32) -> Rgb {
        let lerp = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Rgb(
            lerp(self.0, other.0),
            lerp(self.1, other.1),
            lerp(self.2, other.2),
        )
    }

    fn darken(self, t: f32) -> Rgb {
        self.mix(Rgb::BLACK, t)
    }

    fn lighten(self, t: f32) -> Rgb {
        self.mix(Rgb::WHITE, t)
    }

    /// Perceived brightness, 0 (black) to 1 (white).
    fn luma(self) -> f32 {
        (0.299 * f32::from(self.0) + 0.587 * f32::from(self.1) + 0.114 * f32::from(self.2)) / 255.0
    }

    fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The colours of one picture, all derived from the product colour.
struct Palette {
    /// The product colour, for parts mixed on the spot (lenses).
    colour: Rgb,
    /// The product colour itself, as `#rrggbb`.
    body: String,
    /// Paint for large product surfaces: a soft gradient around `body`.
    fill: &'static str,
    /// Silhouette outline: darker than the product, light grey for near-white products.
    line: String,
    /// Seams and inner edges: contrasts with the body (lighter on dark products).
    detail: String,
    /// Side panels, cuffs and other parts a little out of the light.
    side: String,
    /// Deep interiors, outsoles, lenses.
    dark: String,
    /// Light trims: midsoles, rims, dials, labels.
    trim: String,
    /// Metal parts (buckles, watch case, lamp stem), faintly tinted.
    metal: String,
    /// Wooden parts (chair legs), faintly tinted.
    wood: String,
    backdrop: String,
    backdrop_glow: String,
    shadow: String,
    /// Steam and other wisps over the backdrop.
    haze: String,
    gradient_top: String,
    gradient_bottom: String,
}

impl Palette {
    fn new(c: Rgb) -> Palette {
        let luma = c.luma();
        let very_light = luma > 0.8;
        let dark = luma < 0.3;
        let backdrop = if very_light {
            Rgb(0xea, 0xe7, 0xe0)
        } else {
            Rgb(0xf3, 0xf1, 0xec)
        }
        .mix(c, 0.05);
        Palette {
            colour: c,
            body: c.hex(),
            fill: "url(#b)",
            line: if very_light {
                c.mix(Rgb(0x8c, 0x87, 0x7e), 0.5)
            } else {
                c.darken(0.45)
            }
            .hex(),
            detail: if dark { c.lighten(0.35) } else { c.darken(0.3) }.hex(),
            side: if luma < 0.12 {
                c.lighten(0.1)
            } else {
                c.darken(0.16)
            }
            .hex(),
            dark: c.darken(0.6).hex(),
            trim: if very_light {
                c.mix(Rgb(0xd6, 0xcf, 0xc2), 0.7)
            } else {
                c.lighten(0.85)
            }
            .hex(),
            metal: Rgb(0xc4, 0xc8, 0xcd).mix(c, 0.15).hex(),
            wood: Rgb(0x9a, 0x6b, 0x47).mix(c, 0.12).hex(),
            backdrop_glow: backdrop.lighten(0.5).hex(),
            shadow: backdrop.darken(0.55).hex(),
            haze: backdrop.darken(0.2).hex(),
            backdrop: backdrop.hex(),
            gradient_top: c.lighten(0.14).hex(),
            gradient_bottom: c.darken(0.12).hex(),
        }
    }
}

// ---------------------------------------------------------------------------
// SVG writer

/// Mirrors x around the centre line of the canvas.
const MIRROR: &str = "matrix(-1 0 0 1 800 0)";

/// An SVG document under construction. Shapes inherit the silhouette outline
/// from the enclosing group unless they say otherwise.
struct Svg {
    out: String,
    next_id: u32,
}

impl Svg {
    fn begin(shape: &str, p: &Palette) -> Svg {
        let mut out = String::with_capacity(3072);
        let _ = write!(
            out,
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="{shape}">"#,
                r#"<defs><linearGradient id="b" x2="1" y2="1"><stop offset="0" stop-color="{top}"/>"#,
                r#"<stop offset=".5" stop-color="{body}"/><stop offset="1" stop-color="{bottom}"/></linearGradient>"#,
                r#"<radialGradient id="g" cy=".42" r=".75"><stop offset="0" stop-color="{glow}"/><stop offset="1" stop-color="{bg}"/></radialGradient>"#,
                r#"<radialGradient id="s"><stop offset="0" stop-color="{shadow}" stop-opacity=".5"/><stop offset="1" stop-color="{shadow}" stop-opacity="0"/></radialGradient></defs>"#,
                r#"<rect width="800" height="800" fill="url(#g)"/>"#,
                r#"<g stroke="{line}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round">"#,
            ),
            shape = shape,
            top = p.gradient_top,
            body = p.body,
            bottom = p.gradient_bottom,
            glow = p.backdrop_glow,
            bg = p.backdrop,
            shadow = p.shadow,
            line = p.line,
        );
        Svg { out, next_id: 0 }
    }

    fn finish(mut self) -> String {
        self.out.push_str("</g></svg>");
        self.out
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// The soft shadow the product stands on.
    fn floor(&mut self, cy: i32, rx: i32) {
        let _ = write!(
            self.out,
            r#"<ellipse cx="400" cy="{cy}" rx="{rx}" ry="{}" fill="url(#s)" stroke="none"/>"#,
            rx / 7 + 8
        );
    }

    /// A filled shape with the silhouette outline.
    fn path(&mut self, d: &str, fill: &str) {
        let _ = write!(self.out, r#"<path d="{d}" fill="{fill}"/>"#);
    }

    /// A filled shape edged with a thin line in `edge` (inner panels, pockets).
    fn panel(&mut self, d: &str, fill: &str, edge: &str) {
        let _ = write!(
            self.out,
            r#"<path d="{d}" fill="{fill}" stroke="{edge}" stroke-width="4"/>"#
        );
    }

    /// A filled shape without any outline.
    fn plain(&mut self, d: &str, fill: &str) {
        let _ = write!(self.out, r#"<path d="{d}" fill="{fill}" stroke="none"/>"#);
    }

    /// An open stroke.
    fn line(&mut self, d: &str, colour: &str, width: u32) {
        let _ = write!(
            self.out,
            r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}"/>"#
        );
    }

    /// A stitched (dashed) stroke.
    fn stitch(&mut self, d: &str, colour: &str) {
        let _ = write!(
            self.out,
            r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="4" stroke-dasharray="10 8"/>"#
        );
    }

    /// A soft white highlight stroke.
    fn glint(&mut self, d: &str) {
        let _ = write!(
            self.out,
            r##"<path d="{d}" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="16"/>"##
        );
    }

    /// A thick outlined strap: the silhouette outline, then `colour` inside it.
    fn strap(&mut self, d: &str, width: u32, colour: &str) {
        let _ = write!(
            self.out,
            r#"<path d="{d}" fill="none" stroke-width="{}"/><path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}"/>"#,
            width + 10
        );
    }

    fn ellipse(&mut self, cx: i32, cy: i32, rx: i32, ry: i32, fill: &str) {
        let _ = write!(
            self.out,
            r#"<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="{fill}"/>"#
        );
    }

    fn circle(&mut self, cx: i32, cy: i32, r: i32, fill: &str) {
        let _ = write!(
            self.out,
            r#"<circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}"/>"#
        );
    }

    /// Draws `part` and its mirror image across the vertical centre line.
    fn symmetric(&mut self, part: impl FnOnce(&mut Svg)) {
        let id = self.id();
        let _ = write!(self.out, r#"<g id="{id}">"#);
        part(self);
        let _ = write!(
            self.out,
            r##"</g><use href="#{id}" transform="{MIRROR}"/>"##
        );
    }

    /// Draws `part` clipped to the shape `clip`.
    fn clipped(&mut self, clip: &str, part: impl FnOnce(&mut Svg)) {
        let id = self.id();
        let _ = write!(
            self.out,
            r#"<clipPath id="{id}"><path d="{clip}"/></clipPath><g clip-path="url(#{id})">"#
        );
        part(self);
        self.out.push_str("</g>");
    }

    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("p{}", self.next_id)
    }
}

/// Vertical rib lines `step` apart across `x0..x1`, from `y0` to `y1`.
fn ribs(x0: i32, x1: i32, y0: i32, y1: i32, step: usize) -> String {
    let mut d = String::new();
    for x in (x0..=x1).step_by(step) {
        let _ = write!(d, "M{x} {y0}V{y1}");
    }
    d
}

// ---------------------------------------------------------------------------
// Clothing

/// Long-sleeved torso shared by the hoodie, sweater, jacket and shirt.
const TORSO: &str = "M345 195L255 215Q200 230 187 300L150 588L225 603L255 380V640H545V380L575 603L650 588L613 300Q600 230 545 215L455 195Z";

/// The torso with ribbed (or plain) cuffs and hem band.
fn torso(s: &mut Svg, p: &Palette, ribbed: bool) {
    s.floor(665, 250);
    s.path(TORSO, p.fill);
    s.symmetric(|s| s.path("M150 588L225 603L221 633L146 618Z", &p.side));
    s.path("M255 605H545V640H255Z", &p.side);
    if ribbed {
        s.line(&ribs(267, 535, 612, 634, 12), &p.detail, 3);
    }
}

fn tee(s: &mut Svg, p: &Palette) {
    s.floor(665, 220);
    s.path("M335 175Q400 228 465 175L565 205L665 290L610 360L560 325V640H240V325L190 360L135 290L235 205Z", p.fill);
    s.path("M335 175Q400 158 465 175Q400 228 335 175Z", &p.dark);
    s.line("M331 180Q400 246 469 180", &p.detail, 9);
    s.symmetric(|s| s.stitch("M149 278L204 348", &p.detail));
    s.stitch("M246 615H554", &p.detail);
}

fn hoodie(s: &mut Svg, p: &Palette) {
    torso(s, p, true);
    s.path(
        "M318 228Q298 118 400 112Q502 118 482 228Q400 262 318 228Z",
        p.fill,
    );
    s.path(
        "M350 214Q350 158 400 155Q450 158 450 214Q400 240 350 214Z",
        &p.dark,
    );
    s.line("M382 244L376 330M418 244L424 330", &p.trim, 7);
    s.line("M376 336V350M424 336V350", &p.dark, 9);
    s.panel("M305 470H495L528 598H272Z", p.fill, &p.detail);
    s.line("M305 470L272 598M495 470L528 598", &p.detail, 7);
}

fn sweater(s: &mut Svg, p: &Palette) {
    torso(s, p, true);
    s.path("M345 195Q400 178 455 195Q400 234 345 195Z", &p.dark);
    s.strap("M340 196Q400 252 460 196", 14, &p.side);
    // A knitted zigzag band across the chest, with a dotted row under it.
    let mut zigzag = String::from("M258 350");
    for i in 0..12 {
        zigzag.push_str(if i % 2 == 0 { "l24-22" } else { "l24 22" });
    }
    s.line(&zigzag, &p.detail, 13);
    s.line(&zigzag, &p.trim, 7);
    let mut dots = String::new();
    for x in (270..=530).step_by(24) {
        let _ = write!(dots, "M{x} 392h0");
    }
    s.line(&dots, &p.detail, 10);
}

fn jacket(s: &mut Svg, p: &Palette) {
    torso(s, p, false);
    s.clipped(TORSO, |s| {
        s.line(
            "M100 270H700M100 340H700M100 410H700M100 480H700M100 550H700",
            &p.detail,
            5,
        );
    });
    s.path(
        "M338 202L335 150Q400 136 465 150L462 202Q400 218 338 202Z",
        p.fill,
    );
    s.path("M335 150Q400 136 465 150Q400 170 335 150Z", &p.dark);
    s.line("M400 208V636", &p.dark, 8);
    s.path("M393 214H407V252H393Z", &p.metal);
    s.symmetric(|s| s.line("M292 468L316 560", &p.dark, 7));
}

fn shirt(s: &mut Svg, p: &Palette) {
    torso(s, p, false);
    s.path("M345 192Q400 176 455 192L400 234Z", &p.dark);
    s.panel("M388 236H412V640H388Z", p.fill, &p.detail);
    let mut buttons = String::new();
    for y in (290..=570).step_by(70) {
        let _ = write!(buttons, "M400 {y}h0");
    }
    s.line(&buttons, &p.detail, 14);
    s.line(&buttons, &p.trim, 8);
    s.symmetric(|s| s.path("M345 192L400 234L364 276L330 222Z", p.fill));
    s.panel("M448 300H512V370L480 384L448 370Z", "none", &p.detail);
    s.symmetric(|s| s.line("M156 610h0", &p.trim, 12));
}

// ---------------------------------------------------------------------------
// Footwear

fn sneaker(s: &mut Svg, p: &Palette) {
    s.floor(600, 280);
    s.path("M418 392Q422 322 468 312Q494 312 490 336L482 372Z", &p.side);
    s.path("M145 525Q135 468 210 456L330 436Q385 424 425 384L478 362Q540 384 602 362Q642 350 654 392L662 525Z", p.fill);
    s.panel(
        "M145 525Q135 468 210 456L255 449Q232 490 244 525Z",
        &p.side,
        &p.detail,
    );
    s.panel(
        "M602 362Q642 350 654 392L662 525H590Q612 440 602 362Z",
        &p.side,
        &p.detail,
    );
    s.line("M482 368Q540 392 600 368", &p.detail, 8);
    s.strap("M270 500Q430 492 566 420", 16, &p.trim);
    // Laces along the eyestay, from the toe towards the tongue.
    let mut laces = String::new();
    for i in 0..4 {
        let t = i as f32 / 3.0;
        let (x, y) = (335.0 + 105.0 * t, 438.0 - 62.0 * t);
        let _ = write!(laces, "M{:.0} {:.0}l20 26", x - 4.0, y - 8.0);
    }
    s.line(&laces, &p.trim, 9);
    s.path("M128 520H667Q672 556 654 584H168Q124 578 128 520Z", &p.trim);
    s.path("M146 576H660Q658 592 648 600H170Q148 596 146 576Z", &p.dark);
    s.stitch("M150 538H652", &p.detail);
}

fn boot(s: &mut Svg, p: &Palette) {
    s.floor(615, 270);
    s.strap(
        "M594 178V134Q594 124 606 124Q618 124 618 134V178",
        8,
        &p.dark,
    );
    s.path("M390 174L384 142Q404 132 430 138L434 174Z", &p.side);
    s.path("M392 168H606Q620 168 620 182L626 470Q630 520 642 560H150Q135 500 185 475L318 446Q372 432 382 384Z", p.fill);
    s.panel(
        "M392 168H606Q620 168 620 182L621 206H391Z",
        &p.side,
        &p.detail,
    );
    s.panel(
        "M150 560Q135 500 185 475L262 460Q242 515 252 560Z",
        &p.side,
        &p.detail,
    );
    s.stitch("M430 212V400Q425 452 330 470", &p.detail);
    let mut lacing = String::new();
    for y in (232..=380).step_by(37) {
        let _ = write!(lacing, "M384 {}L424 {y}", y + 14);
    }
    s.line(&lacing, &p.trim, 8);
    s.path("M140 555H640V612H162Q136 604 140 555Z", &p.dark);
    s.line(&ribs(175, 615, 600, 612, 40), &p.side, 8);
    s.stitch("M152 570H630", &p.trim);
}

fn sandal(s: &mut Svg, p: &Palette) {
    s.floor(660, 220);
    s.symmetric(|s| {
        s.raw(r#"<g transform="rotate(-5 300 400)">"#);
        let sole = "M300 150Q372 152 378 245Q382 320 360 395Q348 450 362 530Q366 640 298 646Q232 642 236 545Q240 455 228 385Q212 290 228 222Q248 150 300 150Z";
        let _ = write!(s.out, r#"<path d="{sole}" fill="{}" transform="translate(0 14)"/>"#, p.dark);
        s.path(sole, p.fill);
        s.strap("M300 228Q262 282 236 372M300 228Q342 280 370 360", 22, &p.detail);
        s.circle(300, 228, 12, &p.detail);
        s.raw("</g>");
    });
}

// ---------------------------------------------------------------------------
// Bags and accessories

fn backpack(s: &mut Svg, p: &Palette) {
    s.floor(652, 200);
    s.symmetric(|s| s.strap("M282 220Q226 250 232 420", 26, &p.side));
    s.strap("M362 192Q362 138 400 138Q438 138 438 192", 12, &p.dark);
    s.path(
        "M250 620V290Q250 185 400 185Q550 185 550 290V620Q550 645 525 645H275Q250 645 250 620Z",
        p.fill,
    );
    s.plain(
        "M252 600H548V620Q548 643 525 643H275Q252 643 252 620Z",
        &p.side,
    );
    s.line("M270 330Q270 210 400 210Q530 210 530 330", &p.dark, 6);
    s.line("M270 336V368M530 336V368", &p.dark, 9);
    s.panel(
        "M290 420H510Q530 420 530 440V590Q530 610 510 610H290Q270 610 270 590V440Q270 420 290 420Z",
        &p.side,
        &p.detail,
    );
    s.line("M292 446H508", &p.dark, 6);
    s.line("M498 446V476", &p.dark, 9);
    s.path("M372 320H428V364H372Z", &p.trim);
}

fn tote(s: &mut Svg, p: &Palette) {
    s.floor(660, 230);
    s.strap("M312 330C312 140 488 140 488 330", 18, &p.side);
    s.path("M215 320H585L610 640H190Z", p.fill);
    s.plain("M217 322H583L586 356H214Z", &p.side);
    s.plain("M202 486H598L601 526H199Z", &p.trim);
    s.strap("M288 398C288 168 512 168 512 398", 18, p.fill);
    s.symmetric(|s| s.panel("M272 366H304V404H272Z", &p.side, &p.detail));
}

fn duffel(s: &mut Svg, p: &Palette) {
    s.floor(615, 270);
    s.strap("M196 430Q400 120 604 430", 12, &p.dark);
    s.path(
        "M260 330H540Q650 330 650 465Q650 600 540 600H260Q150 600 150 465Q150 330 260 330Z",
        p.fill,
    );
    s.symmetric(|s| {
        s.panel(
            "M214 346Q160 360 160 465Q160 570 214 584Q252 540 252 465Q252 390 214 346Z",
            &p.side,
            &p.detail,
        );
        s.strap("M326 334Q318 470 326 598", 20, &p.side);
    });
    s.line("M262 356H538", &p.dark, 6);
    s.line("M530 356l14 26", &p.dark, 8);
    s.strap("M326 340Q326 236 400 236Q474 236 474 340", 16, &p.side);
    s.path("M372 224H428V252H372Z", &p.dark);
}

fn wallet(s: &mut Svg, p: &Palette) {
    s.floor(600, 260);
    s.path(
        "M170 250H630Q652 250 652 272V548Q652 570 630 570H170Q148 570 148 548V272Q148 250 170 250Z",
        p.fill,
    );
    s.stitch(
        "M172 266H628Q636 266 636 274V546Q636 554 628 554H172Q164 554 164 546V274Q164 266 172 266Z",
        &p.detail,
    );
    // Cards peeking out of the left slots, bank notes on the right.
    for (i, card) in ["#e8c872", "#9cc3dd", "#d8d4cc"].iter().enumerate() {
        let y = 290 + 46 * i as i32;
        let _ = write!(s.out, r#"<path d="M196 {y}h172v40h-172z" fill="{card}"/>"#);
        s.panel(
            &format!("M180 {}Q280 {} 384 {}V540H180Z", y + 20, y + 36, y + 20),
            &p.side,
            &p.detail,
        );
    }
    s.path("M426 276H622V352H426Z", "#a9c59a");
    s.panel("M420 312H626V540H420Z", &p.side, &p.detail);
    s.line("M400 254V566", &p.detail, 5);
}

fn mug(s: &mut Svg, p: &Palette) {
    s.floor(622, 200);
    s.line(
        "M330 228c-26-30 22-52 0-88M400 228c-26-30 22-52 0-88",
        &p.haze,
        9,
    );
    s.strap("M486 340C604 328 604 524 486 512", 30, &p.body);
    s.path(
        "M230 270V555Q230 612 286 612H430Q486 612 486 555V270Z",
        p.fill,
    );
    s.ellipse(358, 270, 128, 26, &p.side);
    s.plain("M244 270a114 17 0 1 0 228 0a114 17 0 1 0-228 0Z", &p.dark);
    s.glint("M262 320V560");
}

fn lamp(s: &mut Svg, p: &Palette) {
    s.floor(648, 150);
    s.path("M390 390H410V476H390Z", &p.metal);
    s.path("M400 468C474 468 494 540 474 600Q464 628 432 630H368Q336 628 326 600C306 540 326 468 400 468Z", p.fill);
    s.line("M336 520Q400 538 464 520", &p.detail, 5);
    s.path(
        "M352 628H448Q456 628 456 636V646H344V636Q344 628 352 628Z",
        &p.metal,
    );
    s.path("M300 195H500L575 392Q400 416 225 392Z", p.fill);
    s.path("M300 195Q400 180 500 195Q400 210 300 195Z", &p.dark);
    s.line("M236 378Q400 400 564 378", &p.detail, 5);
}

fn candle(s: &mut Svg, p: &Palette) {
    s.floor(652, 180);
    s.raw(r##"<radialGradient id="f"><stop offset="0" stop-color="#ffd978" stop-opacity=".6"/><stop offset="1" stop-color="#ffd978" stop-opacity="0"/></radialGradient><circle cx="400" cy="226" r="110" fill="url(#f)" stroke="none"/>"##);
    s.path(
        "M290 300V610Q290 640 320 640H480Q510 640 510 610V300Z",
        p.fill,
    );
    s.ellipse(400, 300, 110, 24, &p.gradient_top);
    s.plain(
        "M330 318q0 40 12 40t12-40ZM452 318q0 58 12 58t12-58Z",
        &p.gradient_top,
    );
    s.ellipse(400, 300, 78, 13, &p.side);
    s.line("M400 300V262", "#3a3530", 5);
    s.plain(
        "M400 176Q432 222 426 248Q418 272 400 272Q382 272 374 248Q368 222 400 176Z",
        "#f59e0b",
    );
    s.plain(
        "M400 214Q414 238 411 254Q407 264 400 264Q393 264 389 254Q386 238 400 214Z",
        "#fde68a",
    );
    s.panel("M334 440H466V530H334Z", &p.trim, &p.detail);
    s.line("M360 474H440M372 498H428", &p.detail, 6);
}

fn vase(s: &mut Svg, p: &Palette) {
    s.floor(652, 170);
    s.line(
        "M400 220Q388 150 330 104M404 220Q420 140 476 96M398 220Q398 160 402 120",
        "#6f8768",
        5,
    );
    let leaves = [
        (330, 104),
        (352, 128),
        (372, 160),
        (476, 96),
        (452, 120),
        (430, 158),
        (402, 120),
        (394, 150),
    ];
    for (x, y) in leaves {
        let _ = write!(
            s.out,
            r##"<circle cx="{x}" cy="{y}" r="14" fill="#93a88a" stroke="#6f8768" stroke-width="3"/>"##
        );
    }
    s.path("M345 175H455Q445 200 440 230Q435 290 500 340Q560 390 555 470Q550 570 480 640H320Q250 570 245 470Q240 390 300 340Q365 290 360 230Q355 200 345 175Z", p.fill);
    s.ellipse(400, 177, 55, 9, &p.dark);
    s.line(
        "M282 360Q400 392 518 360M262 398Q400 432 538 398",
        &p.detail,
        6,
    );
}

fn blanket(s: &mut Svg, p: &Palette) {
    s.floor(648, 260);
    // A checked pattern over a piece of the blanket.
    let plaid = |s: &mut Svg, piece: &str| {
        s.path(piece, p.fill);
        s.clipped(piece, |s| {
            let _ = write!(
                s.out,
                r#"<path d="{}" fill="none" stroke="{}" stroke-width="14" opacity=".55"/>"#,
                ribs(230, 590, 250, 620, 60),
                p.detail
            );
            s.line("M150 322H650M150 444H650M150 560H650", &p.trim, 8);
        });
    };
    // The loose end hangs out from under the folded stack, fringe first.
    s.line(&ribs(214, 586, 600, 636, 14), &p.detail, 4);
    plaid(s, "M220 470H580L594 606H206Z");
    plaid(s, "M250 262H550a60 60 0 0 1 0 120H250a60 60 0 0 1 0-120ZM238 382H562a62 62 0 0 1 0 124H238a62 62 0 0 1 0-124Z");
    s.line("M250 382H550", &p.line, 6);
}

fn bottle(s: &mut Svg, p: &Palette) {
    s.floor(660, 170);
    s.strap("M372 168Q372 112 400 112Q428 112 428 168", 10, &p.dark);
    s.path(
        "M348 158H452Q458 158 458 166V234H342V166Q342 158 348 158Z",
        &p.dark,
    );
    s.path(
        "M290 304Q290 252 352 238H448Q510 252 510 304V608Q510 650 468 650H332Q290 650 290 608Z",
        p.fill,
    );
    s.plain("M344 234H456V252H344Z", &p.side);
    s.glint("M322 306V596");
    s.line("M290 566H510", &p.detail, 4);
}

fn tent(s: &mut Svg, p: &Palette) {
    s.floor(620, 300);
    s.line("M360 196L120 610M530 170L712 560", &p.detail, 3);
    s.path("M360 200L530 175L690 575L560 620Z", &p.side);
    s.path("M360 200L560 620H150Z", p.fill);
    s.path("M360 262L446 620H274Z", &p.dark);
    s.panel("M360 262L274 620H318Q330 430 360 262Z", p.fill, &p.detail);
    s.line("M360 200V172M530 175V150", &p.dark, 7);
}

fn chair(s: &mut Svg, p: &Palette) {
    s.floor(652, 210);
    s.strap("M306 520L296 640M494 520L504 640", 12, &p.wood);
    s.path(
        "M262 204Q262 162 304 162H496Q538 162 538 204V430H262Z",
        p.fill,
    );
    s.line("M350 190V410M450 190V410", &p.detail, 5);
    s.path("M222 420H578Q604 420 600 446L590 502Q588 526 564 526H236Q212 526 210 502L200 446Q196 420 222 420Z", p.fill);
    s.plain(
        "M212 496Q400 512 588 496L590 502Q588 526 564 526H236Q212 526 210 502Z",
        &p.side,
    );
    s.strap("M252 520L228 648M548 520L572 648", 16, &p.wood);
}

fn cap(s: &mut Svg, p: &Palette) {
    s.floor(562, 270);
    s.raw(r#"<g transform="translate(-40 56)">"#);
    s.path(
        "M520 452Q640 436 722 486Q730 504 708 508Q630 484 530 490Z",
        &p.side,
    );
    s.path(
        "M186 480Q168 330 280 268Q380 222 470 258Q556 300 560 470Q380 458 186 480Z",
        p.fill,
    );
    s.line(
        "M372 244Q318 330 318 470M372 244Q462 320 470 464",
        &p.detail,
        5,
    );
    s.stitch("M204 462Q380 442 540 452", &p.detail);
    s.stitch("M552 466Q640 458 706 490", &p.detail);
    s.ellipse(372, 245, 22, 9, &p.side);
    s.circle(262, 330, 6, &p.dark);
    s.circle(470, 316, 6, &p.dark);
    s.raw("</g>");
}

fn beanie(s: &mut Svg, p: &Palette) {
    s.floor(600, 220);
    s.path("M236 470Q230 244 400 238Q570 244 564 470Z", p.fill);
    let mut knit = String::new();
    for i in -3i32..=3 {
        let _ = write!(
            knit,
            "M{} 470Q{} 330 {} 250",
            400 + i * 46,
            400 + i * 42,
            400 + i * 18
        );
    }
    s.line(&knit, &p.detail, 4);
    s.path(
        "M222 456H578Q594 456 594 472V544Q594 560 578 560H222Q206 560 206 544V472Q206 456 222 456Z",
        p.fill,
    );
    s.line(&ribs(224, 576, 466, 550, 16), &p.detail, 4);
    s.path("M370 478H430V512H370Z", &p.trim);
    s.circle(400, 202, 50, &p.trim);
    let _ = write!(
        s.out,
        r#"<circle cx="400" cy="202" r="50" fill="none" stroke="{}" stroke-width="12" stroke-dasharray="3 9"/>"#,
        p.trim
    );
}

fn scarf(s: &mut Svg, p: &Palette) {
    s.floor(660, 200);
    s.path("M424 290L526 300L536 626L436 622Z", &p.side);
    s.plain("M433 560L532 564L533 590L434 586Z", &p.trim);
    let _ = write!(
        s.out,
        r#"<path d="M236 250a164 82 0 1 0 328 0a164 82 0 1 0-328 0ZM292 242a108 44 0 1 0 216 0a108 44 0 1 0-216 0Z" fill="{}" fill-rule="evenodd"/>"#,
        p.fill
    );
    s.path(
        "M296 296L410 304Q420 460 402 620L290 614Q302 456 296 296Z",
        p.fill,
    );
    s.plain("M293 548L406 554L404 582L291 576Z", &p.trim);
    s.line(&ribs(298, 398, 622, 650, 14), &p.body, 5);
    s.line(&ribs(442, 530, 630, 656, 14), &p.side, 5);
}

fn sunglasses(s: &mut Svg, p: &Palette) {
    s.floor(560, 230);
    let lens = p.colour.mix(Rgb(0x14, 0x16, 0x1a), 0.72);
    let _ = write!(
        s.out,
        r#"<linearGradient id="l" x2="0" y2="1"><stop offset="0" stop-color="{}"/><stop offset="1" stop-color="{}"/></linearGradient>"#,
        lens.hex(),
        lens.lighten(0.3).hex()
    );
    s.symmetric(|s| {
        s.strap("M156 352L120 372", 14, p.fill);
        s.path("M150 342Q150 322 172 322H360Q386 322 384 346L372 448Q364 494 314 494H226Q180 494 170 448Z", p.fill);
        s.path("M176 348H358L348 440Q343 470 312 470H230Q198 470 192 440Z", "url(#l)");
        s.glint("M214 366L198 430");
    });
    s.strap("M382 356Q400 340 418 356", 14, p.fill);
}

fn watch(s: &mut Svg, p: &Palette) {
    s.floor(690, 130);
    s.path("M338 120H462L452 300H348Z", p.fill);
    s.path("M348 500H452L462 680H338Z", p.fill);
    s.panel("M340 560H460V590H340Z", &p.side, &p.detail);
    s.line("M400 616h0M400 646h0", &p.dark, 10);
    s.path("M528 384H548V416H528Z", &p.metal);
    s.circle(400, 400, 132, &p.metal);
    s.circle(400, 400, 108, &p.trim);
    let mut marks = String::new();
    for i in 0..12 {
        let a = i as f32 * std::f32::consts::PI / 6.0;
        let inner = if i % 3 == 0 { 80.0 } else { 88.0 };
        let (sin, cos) = a.sin_cos();
        let _ = write!(
            marks,
            "M{:.0} {:.0}L{:.0} {:.0}",
            400.0 + inner * sin,
            400.0 - inner * cos,
            400.0 + 98.0 * sin,
            400.0 - 98.0 * cos
        );
    }
    s.line(&marks, &p.dark, 6);
    s.line("M400 400L452 372", &p.dark, 10);
    s.line("M400 400L376 318", &p.dark, 7);
    s.line("M400 420L428 330", &p.body, 3);
    s.circle(400, 400, 8, &p.dark);
}

/// One sock with its leg at the top right and the toe pointing down-left.
fn sock(s: &mut Svg, p: &Palette, body: &str) {
    s.path(
        "M330 150H470V450Q470 500 430 540L340 630Q300 670 255 640L215 610Q180 580 212 545L330 430Z",
        body,
    );
    s.panel("M330 150H470V205H330Z", &p.side, &p.detail);
    s.line(&ribs(342, 458, 160, 196, 13), &p.detail, 3);
    s.line("M330 246H470M330 276H470", &p.trim, 12);
    s.panel(
        "M470 430V450Q470 500 430 540L404 514Q436 480 436 430Z",
        &p.side,
        &p.detail,
    );
    s.panel(
        "M255 640L215 610Q180 580 212 545L240 520Q250 590 296 620Z",
        &p.side,
        &p.detail,
    );
}

fn socks(s: &mut Svg, p: &Palette) {
    s.floor(665, 220);
    s.raw(r#"<g transform="translate(72 -16)">"#);
    sock(s, p, &p.side);
    s.raw(r#"</g><g transform="translate(-36 8)">"#);
    sock(s, p, p.fill);
    s.raw("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILLS: [&str; 3] = ["#111827", "#c2410c", "#ffffff"];

    #[test]
    fn every_shape_renders_in_dark_mid_and_white() {
        for shape in SHAPES {
            for fill in FILLS {
                let svg = render(shape, fill).unwrap_or_else(|| panic!("{shape} did not render"));
                assert!(svg.starts_with("<svg"), "{shape} {fill}");
                assert!(svg.ends_with("</svg>"), "{shape} {fill}");
                assert!(svg.contains(r#"viewBox="0 0 800 800""#), "{shape} {fill}");
                assert!(svg.contains(r#"role="img""#), "{shape} {fill}");
                assert!(svg.contains(fill), "{shape} {fill}: fill colour missing");
                assert!(svg.len() < 6 * 1024, "{shape} {fill}: {} bytes", svg.len());
                assert!(!svg.contains("<text") && !svg.contains("http://www.w3.org/1999/xlink"));
            }
        }
    }

    #[test]
    fn rendering_is_deterministic() {
        assert_eq!(render("mug", "#1f3a5f"), render("mug", "#1f3a5f"));
    }

    #[test]
    fn unknown_shape_is_none() {
        assert_eq!(render("spaceship", "#1f3a5f"), None);
        assert_eq!(render("", "#1f3a5f"), None);
    }

    #[test]
    fn bad_hex_falls_back_to_mid_grey() {
        let grey = Rgb::MID_GREY.hex();
        for fill in [
            "",
            "red",
            "#12",
            "#12345g",
            "#1234567",
            "1f3a5f",
            "#ééé",
            "\"/><script>",
        ] {
            let svg = render("tee", fill).expect("tee renders");
            assert!(svg.contains(&grey), "{fill:?}");
            assert!(!svg.contains("script"), "{fill:?}");
        }
    }

    #[test]
    fn colours_parse_and_mix() {
        assert_eq!(Rgb::parse("#1F3A5F"), Some(Rgb(0x1f, 0x3a, 0x5f)));
        assert_eq!(Rgb::parse("#abc"), Some(Rgb(0xaa, 0xbb, 0xcc)));
        assert_eq!(Rgb(10, 20, 30).mix(Rgb::WHITE, 0.0), Rgb(10, 20, 30));
        assert_eq!(Rgb(10, 20, 30).mix(Rgb::WHITE, 1.0), Rgb::WHITE);
        assert_eq!(Rgb(0x1f, 0x3a, 0x5f).hex(), "#1f3a5f");
        assert!(render("tee", "#1F3A5F").is_some_and(|svg| svg.contains("#1f3a5f")));
    }
}
