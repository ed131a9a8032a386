fn main() {
    vitrine::mount_admin();
}
