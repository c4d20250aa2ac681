//! Milliseconds per stage of turning one file into PDF, on one thread, median of N runs:
//! `cargo run --release --example pdf_stages -- samples/speech.txt [N]`. Given a folder,
//! a run converts every `.txt` file in it, in name order, and each stage is the sum over
//! the files (`bench/peers20.sh`'s 20 files: `target/peers20/in`).
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
        .expect("usage: pdf_stages FILE|FOLDER [RUNS]");
    let files: Vec<std::path::PathBuf> = if std::path::Path::new(&path).is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(&path)
            .expect("the folder")
            .map(|entry| entry.expect("a folder entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        files
    } else {
        vec![path.clone().into()]
    };
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
        size = 0;
        for file in &files {
            let mut t = Instant::now();
            let lap = |name, t: &mut Instant, laps: &mut Vec<_>| {
                let now = Instant::now();
                laps.push((name, now - *t));
                *t = now;
            };
            let bytes = std::fs::read(file).expect("the input");
            lap("read", &mut t, &mut laps);
            let decoded = docpipe::ingest::decode(&bytes, &Default::default()).expect("decoded");
            lap("decode", &mut t, &mut laps);
            let doc = docpipe::structure::parse(&decoded.text, docpipe::InputFormat::Plain, None);
            lap("structure", &mut t, &mut laps);
            let options = ExportOptions::new(&file.to_string_lossy(), Style::builtin(doc.style));
            let out = pool
                .install(|| pdf::write_pdf(&doc, &options, &fonts))
                .expect("a PDF");
            laps.extend(pool.install(pdf::last_stages));
            size += out.bytes.len();
        }
        if run == 0 {
            first = started.elapsed();
            continue;
        }
        laps.push(("total", started.elapsed()));
        let mut summed: Vec<(&'static str, Duration)> = Vec::new();
        for (name, d) in laps {
            match summed.iter_mut().find(|(n, _)| *n == name) {
                Some((_, total)) => *total += d,
                None => summed.push((name, d)),
            }
        }
        for (name, d) in summed {
            match table.iter_mut().find(|(n, _)| *n == name) {
                Some((_, v)) => v.push(d),
                None => table.push((name, vec![d])),
            }
        }
    }
    println!(
        "{path}: {} file(s), {size} bytes; median of {runs} runs, one thread",
        files.len()
    );
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
