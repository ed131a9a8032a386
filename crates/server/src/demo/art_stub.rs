pub const SHAPES: &[&str] = &[];
pub fn render(shape: &str, fill: &str) -> Option<String> {
    Some(format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 800\" width=\"800\" height=\"800\" role=\"img\"><rect width=\"800\" height=\"800\" fill=\"#f3f1ec\"/><circle cx=\"400\" cy=\"400\" r=\"220\" fill=\"{fill}\"/><!-- {shape} --></svg>"))
}
