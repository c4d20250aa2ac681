//! Prints the model the Markdown reader builds for a file: `cargo run --example dump_model FILE.md`.

fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = docpipe::structure::parse(&text, docpipe::InputFormat::Markdown, None);
    println!("{:#?}", doc.blocks);
}
