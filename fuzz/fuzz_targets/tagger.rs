#![no_main]

#[path = "../../examples/fuzz/targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::run("tagger", data));
