//! The wasm adapter under Node (wasm-bindgen-test's default), as a partner's server would run it.
#![cfg(target_arch = "wasm32")]

mod wasm_common;

wasm_adapter_tests!();
