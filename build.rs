//! The catalogue under `problems/` is embedded into the binary (`src/catalog/mod.rs`): rebuild
//! when any file in it changes, not only when Rust code does.
fn main() {
    println!("cargo:rerun-if-changed=problems");
}
