fn main() {
    vitrine::mount_storefront();
}
