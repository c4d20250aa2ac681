//! The DOCX writer end to end on hand-built documents: read back with docx-rs
//! (`read_docx`: styles, outline levels, text), byte-identical rewrites, and python-docx
//! reading our output (skipped, with the reason printed, where it is not installed).

use crate::office::run_python_check;
use std::path::PathBuf;

use docpipe::export::docx::write_docx;
use docpipe::export::ExportOptions;
use docpipe::model::{
    Block, BlockKind, Document, Heading, Inline, ListItem, MarkerKind, StyleKind, Table,
};
use docpipe::style::Style;

pub(crate) fn options(kind: StyleKind) -> ExportOptions {
    ExportOptions {
        created_unix: 1_739_871_000,
        ..ExportOptions::new("test.txt", Style::builtin(kind))
    }
}

fn heading(level: u8, marker: &str, kind: MarkerKind, run_in: bool, text: &str) -> Block {
    Block::text(
        BlockKind::Heading(Heading {
            level,
            marker: marker.into(),
            marker_kind: kind,
            run_in,
        }),
        text,
    )
}

fn para(text: &str) -> Block {
    Block::text(BlockKind::Paragraph { label: None }, text)
}

/// The seed speech as structure should read it: salutation, paragraphs, and 一、
/// headings run in with their paragraphs.
pub(crate) fn speech() -> (Document, String) {
    let source = include_str!("../samples/speech.txt");
    let mut blocks = Vec::new();
    for (i, line) in source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        if i == 0 {
            blocks.push(Block::text(BlockKind::Salutation, line));
        } else if ["一、", "二、", "三、", "四、"]
            .iter()
            .any(|m| line.starts_with(m))
        {
            let cut = line.find('。').map_or(line.len(), |p| p + '。'.len_utf8());
            blocks.push(heading(
                1,
                &line[..6],
                MarkerKind::ChineseNumeral,
                true,
                &line[..cut],
            ));
            blocks.push(para(&line[cut..]));
        } else {
            blocks.push(para(line));
        }
    }
    (
        Document {
            blocks,
            style: StyleKind::Speech,
            ..Document::default()
        },
        source.to_string(),
    )
}

/// A GB/T 9704 notice with every block kind plain text gives.
fn notice() -> Document {
    let blocks = vec![
        Block::text(BlockKind::Title, "国务院办公厅关于开展试点工作的通知"),
        Block::text(BlockKind::Subtitle, "（2025年2月18日）"),
        Block::text(BlockKind::Salutation, "各省、自治区、直辖市人民政府："),
        para("为做好有关工作，现就有关事项通知如下。"),
        heading(1, "一、", MarkerKind::ChineseNumeral, false, "一、总体要求"),
        heading(
            2,
            "（一）",
            MarkerKind::ParenChineseNumeral,
            false,
            "（一）指导思想",
        ),
        heading(3, "1.", MarkerKind::ArabicNumeral, false, "1.基本原则"),
        heading(
            4,
            "（1）",
            MarkerKind::ParenArabicNumeral,
            false,
            "（1）坚持问题导向",
        ),
        Block::text(
            BlockKind::Paragraph {
                label: Some(docpipe::model::Label::article("第一条")),
            },
            "第一条 为了规范管理，制定本办法。",
        ),
        Block::text(BlockKind::Attachment, "附件：1.试点地区名单"),
        Block::text(BlockKind::Attachment, "2.试点工作方案"),
        Block::text(BlockKind::Signature, "国务院办公厅"),
        Block::text(BlockKind::Date, "2025年2月18日"),
    ];
    Document {
        blocks,
        style: StyleKind::Gongwen,
        ..Document::default()
    }
}

/// Markdown-shaped content: lists, a table, code, a quote, a link, a rule.
fn markdown() -> Document {
    let item = |ordered, number, depth, text: &str| {
        Block::text(
            BlockKind::ListItem(ListItem {
                ordered,
                number,
                depth,
                task: None,
            }),
            text,
        )
    };
    let mut quote = para("Quoted & <escaped>");
    quote.quote_depth = 1;
    let blocks = vec![
        heading(1, "", MarkerKind::None, false, "Heading"),
        Block {
            kind: BlockKind::Paragraph { label: None },
            content: vec![
                Inline::Text("Some ".into()),
                Inline::Emphasis(vec![Inline::Text("em".into())]),
                Inline::Strong(vec![Inline::Text("strong".into())]),
                Inline::Strikethrough(vec![Inline::Text("gone".into())]),
                Inline::Code("x = 1".into()),
                Inline::Link {
                    url: "https://example.com/?a=1&b=2".into(),
                    content: vec![Inline::Text("a link".into())],
                },
                Inline::LineBreak,
                Inline::Text("after\u{1}break".into()),
            ]
            .into_iter()
            // Enough links that a hash-ordered relationship list would show.
            .chain((0..8).map(|i| Inline::Link {
                url: format!("https://example.com/{i}"),
                content: vec![Inline::Text(format!("link {i}"))],
            }))
            .collect(),
            quote_depth: 0,
            in_toc: false,
        },
        item(false, 0, 0, "bullet"),
        item(false, 0, 1, "nested bullet"),
        item(true, 3, 0, "third"),
        item(true, 4, 0, "fourth"),
        quote,
        Block::text(
            BlockKind::Code {
                language: Some("rust".into()),
            },
            "fn main() {\n\tprintln!(\"hi\");\n}",
        ),
        Block {
            kind: BlockKind::Table(Table {
                alignments: vec![Default::default(); 2],
                header_rows: 1,
                rows: vec![
                    vec![
                        vec![Inline::Text("A".into())],
                        vec![Inline::Text("B".into())],
                    ],
                    vec![
                        vec![Inline::Text("1".into())],
                        vec![Inline::Text("2".into())],
                    ],
                ],
            }),
            content: Vec::new(),
            quote_depth: 0,
            in_toc: false,
        },
        Block {
            kind: BlockKind::ThematicBreak,
            content: Vec::new(),
            quote_depth: 0,
            in_toc: false,
        },
    ];
    Document {
        blocks,
        style: StyleKind::Plain,
        ..Document::default()
    }
}

pub(crate) fn out_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("docpipe-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub(crate) fn write(doc: &Document, kind: StyleKind, name: &str) -> (Vec<u8>, PathBuf) {
    let bytes = write_docx(doc, &options(kind), crate::util::fonts())
        .unwrap()
        .bytes;
    let path = out_dir().join(name);
    std::fs::write(&path, &bytes).unwrap();
    (bytes, path)
}

#[test]
fn speech_reads_back_with_styles_outline_and_text() {
    let (doc, source) = speech();
    let (bytes, _) = write(&doc, StyleKind::Speech, "speech.docx");
    assert!(
        bytes.len() <= 30 * 1024,
        "seed DOCX is {} bytes",
        bytes.len()
    );
    let read = docx_rs::read_docx(&bytes).unwrap();
    let heading1 = read
        .styles
        .find_style_by_id("Heading1")
        .expect("Heading1 style");
    assert_eq!(
        heading1
            .paragraph_property
            .outline_lvl
            .as_ref()
            .map(|o| o.v),
        Some(0)
    );
    let mut text = String::new();
    for child in &read.document.children {
        if let docx_rs::DocumentChild::Paragraph(p) = child {
            text.push_str(&p.raw_text());
        }
    }
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(squash(&text), squash(&source));
}

#[test]
fn two_writes_are_byte_identical() {
    for (doc, kind) in [
        (speech().0, StyleKind::Speech),
        (notice(), StyleKind::Gongwen),
        (markdown(), StyleKind::Plain),
    ] {
        let a = write_docx(&doc, &options(kind), crate::util::fonts())
            .unwrap()
            .bytes;
        let b = write_docx(&doc, &options(kind), crate::util::fonts())
            .unwrap()
            .bytes;
        assert_eq!(a, b, "{kind:?}");
    }
}

#[test]
fn python_docx_reads_styles_and_outline() {
    let (_, speech_path) = write(&speech().0, StyleKind::Speech, "speech-py.docx");
    let (_, notice_path) = write(&notice(), StyleKind::Gongwen, "notice-py.docx");
    let (_, md_path) = write(&markdown(), StyleKind::Plain, "markdown-py.docx");
    let script = r#"
import sys
try:
    import docx
except ImportError:
    print("SKIP python-docx missing"); sys.exit(0)
speech, notice, md = (docx.Document(p) for p in sys.argv[1:4])
names = {p.style.name for p in notice.paragraphs}
for want in ("Title", "Subtitle", "Salutation", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Signature", "Date", "Attachment", "Normal"):
    assert want in names, (want, names)
assert speech.sections[0].footer.paragraphs, "no footer"
assert notice.settings.odd_and_even_pages_header_footer
assert len(md.tables) == 1 and md.tables[0].cell(0, 0).text == "A"
print("OK", len(speech.paragraphs), len(notice.paragraphs), len(md.paragraphs))
"#;
    run_python_check(
        script,
        &[&speech_path, &notice_path, &md_path],
        "python-docx failed",
    );
}

/// Writes every shared-corpus file as DOCX (with its decoded UTF-8 text beside it) into
/// `$DOCPIPE_CORPUS_OUT`, for check_docx.py and LibreOffice to judge.
/// Run with `DOCPIPE_CORPUS_OUT=dir cargo test --test docx_output -- --ignored corpus`.
#[test]
#[ignore]
fn corpus_to_docx() {
    let Ok(out) = std::env::var("DOCPIPE_CORPUS_OUT") else {
        println!("SKIPPED: set DOCPIPE_CORPUS_OUT");
        return;
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    std::fs::create_dir_all(&out).unwrap();
    for dir in ["zh", "en", "md"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        files.sort();
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let format = docpipe::InputFormat::from_path(&path);
            let read = docpipe::read_document(
                &bytes,
                &docpipe::ReadOptions {
                    format: Some(format),
                    ..Default::default()
                },
            )
            .unwrap();
            let doc = read.document;
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let mut opts = options(doc.style);
            opts.stem = stem.clone();
            let started = std::time::Instant::now();
            let docx = write_docx(&doc, &opts, crate::util::fonts()).unwrap().bytes;
            println!(
                "{dir}/{stem}: {} {:?} {} blocks, {} bytes, {:?}",
                read.encoding,
                doc.style,
                doc.blocks.len(),
                docx.len(),
                started.elapsed()
            );
            let text = match std::str::from_utf8(&bytes) {
                Ok(t) => t.to_string(),
                Err(_) => encoding_rs::Encoding::for_label(read.encoding.as_bytes())
                    .unwrap_or(encoding_rs::UTF_8)
                    .decode(&bytes)
                    .0
                    .into_owned(),
            };
            std::fs::write(PathBuf::from(&out).join(format!("{stem}.docx")), docx).unwrap();
            std::fs::write(PathBuf::from(&out).join(format!("{stem}.src.txt")), text).unwrap();
        }
    }
}

/// Every WordprocessingML part of every test document validates against ECMA-376
/// (the shared checker's lxml validation); skipped where the checker or lxml is absent.
#[test]
fn parts_validate_against_the_ecma_376_schema() {
    let tools_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/tools");
    let tools = tools_dir.join("check_docx.py");
    if !tools.exists() {
        println!("SKIPPED: {} not found", tools.display());
        return;
    }
    let paths = [
        write(&speech().0, StyleKind::Speech, "speech-xsd.docx").1,
        write(&notice(), StyleKind::Gongwen, "notice-xsd.docx").1,
        write(&markdown(), StyleKind::Plain, "markdown-xsd.docx").1,
    ];
    let script = r#"
import sys
sys.path.insert(0, sys.argv.pop(1))
try:
    import check_docx, lxml
except ImportError as e:
    print("SKIP", e); sys.exit(0)
bad = {p: check_docx.schema_errors(p) for p in sys.argv[1:]}
bad = {p: e[:3] for p, e in bad.items() if e}
print("ERRORS", bad) if bad else print("OK")
sys.exit(1 if bad else 0)
"#;
    let mut args = vec![tools_dir.as_path()];
    args.extend(paths.iter().map(|p| p.as_path()));
    run_python_check(script, &args, "schema errors");
}

#[test]
fn a_play_sets_its_speaker_names_run_in_and_bold() {
    let doc = Document {
        blocks: vec![
            Block::text(BlockKind::StageDirection, "Enter Ghost"),
            Block::text(BlockKind::SpeakerLabel, "HORATIO."),
            Block::text(
                BlockKind::Verse,
                "Stay! speak, speak! I charge thee, speak!",
            ),
            Block::text(BlockKind::Verse, "'Tis gone, and will not answer."),
        ],
        style: StyleKind::Plain,
        ..Document::default()
    };
    let (bytes, _) = write(&doc, StyleKind::Plain, "play.docx");
    let read = docx_rs::read_docx(&bytes).unwrap();
    let paragraphs: Vec<&docx_rs::Paragraph> = read
        .document
        .children
        .iter()
        .filter_map(|c| match c {
            docx_rs::DocumentChild::Paragraph(p) => Some(p.as_ref()),
            _ => None,
        })
        .collect();
    let texts: Vec<String> = paragraphs.iter().map(|p| p.raw_text()).collect();
    assert_eq!(
        texts,
        [
            "Enter Ghost",
            "HORATIO. Stay! speak, speak! I charge thee, speak!",
            "'Tis gone, and will not answer."
        ]
    );
    let first_run = paragraphs[1].children.iter().find_map(|c| match c {
        docx_rs::ParagraphChild::Run(r) => Some(r),
        _ => None,
    });
    assert!(first_run.is_some_and(|r| r.run_property.bold.is_some()));
    let direction = paragraphs[0].children.iter().find_map(|c| match c {
        docx_rs::ParagraphChild::Run(r) => Some(r),
        _ => None,
    });
    assert!(direction.is_some_and(|r| r.run_property.italic.is_some()));
}

#[test]
fn the_mark_and_the_separator_are_red_unless_printed_in_black() {
    let doc = Document {
        blocks: vec![
            Block::text(BlockKind::Masthead, "某某市人民政府文件"),
            Block::text(BlockKind::DocumentNumber, "某政发〔2026〕12号"),
            Block::text(BlockKind::Title, "关于某事的通知"),
            para("正文。"),
        ],
        style: StyleKind::Gongwen,
        ..Document::default()
    };
    let mut opts = options(StyleKind::Gongwen);
    let xml =
        crate::util::document_xml(&write_docx(&doc, &opts, crate::util::fonts()).unwrap().bytes);
    let mark = &xml[..xml.find("某某市人民政府文件").unwrap()];
    let mark = &mark[mark.rfind("<w:r>").unwrap()..];
    assert!(mark.contains(r#"<w:color w:val="FF0000"/>"#), "{mark}");
    assert!(xml.contains(r#"w:color="FF0000""#), "the separator is red");
    assert_eq!(xml.matches("FF0000").count(), 2, "nothing else is red");
    opts.style.colors.mono = true;
    let xml =
        crate::util::document_xml(&write_docx(&doc, &opts, crate::util::fonts()).unwrap().bytes);
    assert!(!xml.contains("FF0000"), "black print has no red");
}
