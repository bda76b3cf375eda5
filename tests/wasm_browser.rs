//! The wasm adapter in headless Chromium (through /usr/bin/chromedriver), as the page runs it.
#![cfg(target_arch = "wasm32")]

mod wasm_common;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

wasm_adapter_tests!();
