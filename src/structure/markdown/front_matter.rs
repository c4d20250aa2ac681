//! Front matter → [`Metadata`]: the few keys exporters use. YAML is read in the simple
//! form front matter is written in (no YAML library: `key: value`, quoted values, and
//! lists written `[a, b]` or as `- a` lines under the key); TOML (Hugo's and Zola's
//! `+++` blocks) with the `toml` crate, its top-level keys only.

use crate::model::Metadata;

/// Reads `title`, `author`, `date` and `subject` (or `description`) from front matter;
/// the text itself is kept in `front_matter` (without its final newline).
pub(super) fn parse_front_matter(text: &str) -> Metadata {
    let mut meta = Metadata {
        front_matter: Some(text.strip_suffix('\n').unwrap_or(text).to_string()),
        ..Metadata::default()
    };
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let value = if value.is_empty() {
            // A block list under the key: "  - name" lines.
            let items: Vec<String> = lines[i + 1..]
                .iter()
                .take_while(|l| l.starts_with([' ', '\t', '-']))
                .filter_map(|l| l.trim().strip_prefix('-'))
                .map(|item| unquote(item.trim()))
                .filter(|item| !item.is_empty())
                .collect();
            items.join(", ")
        } else if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            inner
                .split(',')
                .map(|item| unquote(item.trim()))
                .filter(|item| !item.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            unquote(value)
        };
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" => &mut meta.title,
            "author" | "authors" => &mut meta.author,
            "date" => &mut meta.date,
            "subject" | "description" => &mut meta.subject,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
    meta
}

/// Reads `title`, `author`/`authors`, `date` and `description` from TOML front matter
/// (`+++` blocks); the text itself is kept, and marked as TOML for the round trip. Text
/// that is not valid TOML keeps only its text.
pub(super) fn parse_toml_front_matter(text: &str) -> Metadata {
    let mut meta = Metadata {
        front_matter: Some(text.strip_suffix('\n').unwrap_or(text).to_string()),
        front_matter_toml: true,
        ..Metadata::default()
    };
    let Ok(table) = text.parse::<toml::Table>() else {
        return meta;
    };
    let value = |keys: &[&str]| {
        keys.iter().find_map(|key| match table.get(*key)? {
            toml::Value::String(s) => Some(s.clone()),
            toml::Value::Datetime(d) => Some(d.to_string()),
            toml::Value::Array(items) => {
                let names: Vec<&str> = items.iter().filter_map(toml::Value::as_str).collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        })
    };
    meta.title = value(&["title"]);
    meta.author = value(&["author", "authors"]);
    meta.date = value(&["date"]);
    meta.subject = value(&["description", "subject"]);
    meta
}

/// A scalar without its quotes ('' inside single quotes is one ').
fn unquote(value: &str) -> String {
    let value = strip_comment(value);
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        inner.replace("\\\"", "\"").replace("\\\\", "\\")
    } else if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        value.to_string()
    }
}

/// A plain scalar without a trailing ` # comment`.
fn strip_comment(value: &str) -> &str {
    if value.starts_with(['"', '\'']) {
        return value;
    }
    match value.find(" #") {
        Some(at) => value[..at].trim_end(),
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_keys_quoted_or_not() {
        let meta = parse_front_matter(
            "title: \"GB/T 9704: 排版\"\nauthor: '张三'\ndate: 2024-05-01 # day\nlayout: post\n",
        );
        assert_eq!(meta.title.as_deref(), Some("GB/T 9704: 排版"));
        assert_eq!(meta.author.as_deref(), Some("张三"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-01"));
        assert_eq!(meta.subject, None);
        assert_eq!(
            meta.front_matter.as_deref(),
            Some(
                "title: \"GB/T 9704: 排版\"\nauthor: '张三'\ndate: 2024-05-01 # day\nlayout: post"
            )
        );
    }

    #[test]
    fn lists_of_authors_are_joined() {
        let flow = parse_front_matter("authors: [Ann, \"Bo\"]\n");
        assert_eq!(flow.author.as_deref(), Some("Ann, Bo"));
        let block = parse_front_matter("author:\n  - Ann\n  - Bo\ndescription: About\n");
        assert_eq!(block.author.as_deref(), Some("Ann, Bo"));
        assert_eq!(block.subject.as_deref(), Some("About"));
    }
}
