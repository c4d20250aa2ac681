//! Lean glyph widths: a CID font's `/W` array keeps only the widths that differ from its
//! default width `/DW`.
//!
//! printpdf lists every glyph's width, and in a Chinese document nearly every glyph is one
//! em wide, the default: the seed speech's body font spent 7 KB of uncompressed
//! dictionary saying "1000" five hundred times. Readers take `/DW` for any code `/W` does
//! not list (ISO 32000-1, 9.7.4.3), so dropping those entries changes nothing drawn.

use lopdf::{Dictionary, Document, Object};

/// Rewrites the `/W` array of every CID font in `doc` without its default-width entries.
pub(super) fn drop_default_widths(doc: &mut Document) {
    for object in doc.objects.values_mut() {
        let Object::Dictionary(font) = object else {
            continue;
        };
        if !font.has_type(b"Font") {
            continue;
        }
        if let Ok(Object::Array(descendants)) = font.get_mut(b"DescendantFonts") {
            for descendant in descendants {
                if let Object::Dictionary(cid_font) = descendant {
                    compact(cid_font);
                }
            }
        } else {
            compact(font);
        }
    }
}

/// Compacts one CID font dictionary (fonts without `/W` are left alone).
fn compact(cid_font: &mut Dictionary) {
    let default = match cid_font.get(b"DW") {
        Ok(dw) => match number(dw) {
            Some(dw) => dw,
            None => return,
        },
        Err(_) => 1000.0,
    };
    let Ok(Object::Array(w)) = cid_font.get(b"W") else {
        return;
    };
    let Some(widths) = parse_w(w) else {
        return;
    };
    let kept: Vec<(i64, Object)> = widths
        .into_iter()
        .filter(|(_, width)| number(width) != Some(default))
        .collect();
    if kept.is_empty() {
        cid_font.remove(b"W");
    } else {
        cid_font.set("W", Object::Array(group(kept)));
    }
}

/// `/W` as (code, width) pairs, or `None` if it is not well formed.
fn parse_w(w: &[Object]) -> Option<Vec<(i64, Object)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let first = w[i].as_i64().ok()?;
        match w.get(i + 1)? {
            Object::Array(list) => {
                for (k, width) in list.iter().enumerate() {
                    out.push((first + k as i64, width.clone()));
                }
                i += 2;
            }
            last => {
                let last = last.as_i64().ok()?;
                let width = w.get(i + 2)?;
                if last < first || last - first > 0xFFFF {
                    return None;
                }
                out.extend((first..=last).map(|code| (code, width.clone())));
                i += 3;
            }
        }
    }
    Some(out)
}

/// Pairs in ascending code order as `/W` runs: `first [w1 w2 …]` per run of consecutive codes.
fn group(pairs: Vec<(i64, Object)>) -> Vec<Object> {
    let mut out = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut run_start = 0;
    let mut next = None;
    for (code, width) in pairs {
        if next != Some(code) && !run.is_empty() {
            out.push(Object::Integer(run_start));
            out.push(Object::Array(std::mem::take(&mut run)));
        }
        if run.is_empty() {
            run_start = code;
        }
        run.push(width);
        next = Some(code + 1);
    }
    if !run.is_empty() {
        out.push(Object::Integer(run_start));
        out.push(Object::Array(run));
    }
    out
}

fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn ints(values: &[i64]) -> Object {
        Object::Array(values.iter().map(|&v| Object::Integer(v)).collect())
    }

    #[test]
    fn default_widths_go_and_the_rest_regroup_into_runs() {
        let mut font = dictionary! {
            "DW" => 1000,
            "W" => vec![
                Object::Integer(3), ints(&[250, 1000, 500]),
                Object::Integer(10), Object::Integer(12), Object::Integer(1000),
                Object::Integer(20), ints(&[600]),
                Object::Integer(21), ints(&[700]),
            ],
        };
        compact(&mut font);
        let want = vec![
            Object::Integer(3),
            ints(&[250]),
            Object::Integer(5),
            ints(&[500]),
            Object::Integer(20),
            ints(&[600, 700]),
        ];
        assert_eq!(font.get(b"W").unwrap(), &Object::Array(want));
    }

    #[test]
    fn a_font_of_default_widths_only_loses_its_w_array() {
        let mut font =
            dictionary! { "DW" => 1000, "W" => vec![Object::Integer(97), ints(&[1000, 1000])] };
        compact(&mut font);
        assert!(!font.has(b"W"));
    }

    #[test]
    fn without_dw_the_default_is_1000_and_malformed_arrays_stay() {
        let mut font = dictionary! { "W" => vec![Object::Integer(1), ints(&[1000, 500])] };
        compact(&mut font);
        assert_eq!(
            font.get(b"W").unwrap(),
            &Object::Array(vec![Object::Integer(2), ints(&[500])])
        );
        let bad = vec![Object::Integer(1), Object::Name(b"x".to_vec())];
        let mut font = dictionary! { "W" => bad.clone() };
        compact(&mut font);
        assert_eq!(font.get(b"W").unwrap(), &Object::Array(bad));
    }
}
