//! Ingest on arbitrary bytes: never a panic; decoded text never holds NUL or other C0
//! controls but tab and newline.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for strict in [true, false] {
        let options = docpipe::ingest::IngestOptions {
            strict,
            ..Default::default()
        };
        if let Ok(decoded) = docpipe::ingest::decode(data, &options) {
            assert!(!decoded
                .text
                .chars()
                .any(|c| (c as u32) < 0x20 && c != '\n' && c != '\t'));
        }
    }
});
