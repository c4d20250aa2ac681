//! Milliseconds per stage of turning one file into PDF, on one thread, median of N runs:
//! `cargo run --release --example pdf_stages -- samples/speech.txt [N]`.
//!
//! Stages: read (the file), decode (encoding detection and decoding), structure (the
//! model), then the PDF writer's own phases (layout, subset, content, objects, finish,
//! deflate, save; see `export::pdf`). Every run shares one font book, as the binary's
//! workers do; the first run, which also loads the fonts into it, is reported apart as
//! `first run`.

use std::time::{Duration, Instant};

use docpipe::export::{pdf, ExportOptions};
use docpipe::fonts::FontBook;
use docpipe::style::Style;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: pdf_stages FILE [RUNS]");
    let runs: usize = std::env::args()
        .nth(2)
        .map(|n| n.parse().expect("RUNS is a number"))
        .unwrap_or(50);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a thread pool");
    let fonts = FontBook::default();
    let mut table: Vec<(&'static str, Vec<Duration>)> = Vec::new();
    let mut first = Duration::ZERO;
    let mut size = 0;
    for run in 0..=runs {
        let mut laps: Vec<(&'static str, Duration)> = Vec::new();
        let started = Instant::now();
        let mut t = Instant::now();
        let lap = |name, t: &mut Instant, laps: &mut Vec<_>| {
            let now = Instant::now();
            laps.push((name, now - *t));
            *t = now;
        };
        let bytes = std::fs::read(&path).expect("the input");
        lap("read", &mut t, &mut laps);
        let decoded = docpipe::ingest::decode(&bytes, &Default::default()).expect("decoded");
        lap("decode", &mut t, &mut laps);
        let doc = docpipe::structure::parse(&decoded.text, docpipe::InputFormat::Plain, None);
        lap("structure", &mut t, &mut laps);
        let options = ExportOptions::new(&path, Style::builtin(doc.style));
        let out = pool
            .install(|| pdf::write_pdf(&doc, &options, &fonts))
            .expect("a PDF");
        laps.extend(pool.install(pdf::last_stages));
        size = out.bytes.len();
        if run == 0 {
            first = started.elapsed();
            continue;
        }
        laps.push(("total", started.elapsed()));
        for (name, d) in laps {
            match table.iter_mut().find(|(n, _)| *n == name) {
                Some((_, v)) => v.push(d),
                None => table.push((name, vec![d])),
            }
        }
    }
    println!("{path}: {size} bytes; median of {runs} runs, one thread");
    // The fastest run is the least disturbed on a shared machine; the median is typical.
    println!("| stage | median ms | fastest ms |");
    println!("|---|---|---|");
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for (name, mut v) in table {
        v.sort();
        println!("| {name} | {:.2} | {:.2} |", ms(v[v.len() / 2]), ms(v[0]));
    }
    println!("| first run (fonts loaded) | {:.2} | |", ms(first));
}
