// `sqlx::migrate!` embeds the migration folders at compile time: rebuild when
// a migration is added or changed (cargo does not watch those files itself).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
