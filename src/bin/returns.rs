fn main() {
    vitrine::mount_returns();
}
