fn main() {
    vitrine::mount_checkout();
}
