fn main() {
    vitrine::mount_shop();
}
