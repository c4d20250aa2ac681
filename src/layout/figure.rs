//! Images on their own line: a paragraph of nothing but images (`![alt](src)` alone, or
//! a README's centred logo) becomes one unit per image, scaled into the type area
//! (never enlarged) and set at the paragraph's left edge, its height rounded up to whole
//! lines so the text after it stays on the grid. An image that cannot be read leaves its
//! alt text as a paragraph and a warning. Images inside running text show their alt text.

use std::sync::Arc;

use crate::error::Error;
use crate::images::load_image;
use crate::layout::frame::FrameItem;
use crate::layout::paginate::Unit;
use crate::layout::Ctx;
use crate::model::{Block, BlockKind, Inline};
use crate::units::Pt;

/// Returns true if and only if `block` is a paragraph holding images and nothing else
/// but white space and line breaks.
pub(crate) fn is_figure(block: &Block) -> bool {
    let mut images = 0;
    let only_images = block.content.iter().all(|inline| match inline {
        Inline::Image { .. } => {
            images += 1;
            true
        }
        Inline::Text(t) => t.trim().is_empty(),
        Inline::LineBreak => true,
        _ => false,
    });
    matches!(block.kind, BlockKind::Paragraph { .. }) && only_images && images > 0
}

/// Lays out the images of a figure paragraph (see [`is_figure`]).
pub(crate) fn figure(ctx: &mut Ctx, block: &Block, units: &mut Vec<Unit>) -> Result<(), Error> {
    let spec = ctx.body_spec(block, 0.0);
    let max_height = ctx.area_height();
    for inline in &block.content {
        let Inline::Image { url, alt, .. } = inline else {
            continue;
        };
        let loaded = load_image(url, &ctx.image_dir).and_then(|image| {
            if image.embeddable() {
                Ok(image)
            } else {
                Err(format!(
                    "image {url}: interlaced or 16-bit-with-alpha PNGs are not embedded; its alt text is shown"
                ))
            }
        });
        match loaded {
            Ok(image) => {
                let (w, h) = image.fitted_size(spec.width, max_height);
                let lines = (h / ctx.pitch).ceil().max(1.0);
                let height = (lines * ctx.pitch).min(max_height.max(h));
                let top = (height - h) / 2.0;
                units.push(Unit {
                    height,
                    items: vec![FrameItem::Image {
                        rect: (Pt(spec.left), Pt(top), Pt(spec.left + w), Pt(top + h)),
                        image: Arc::new(image),
                    }],
                    ..Unit::default()
                });
            }
            Err(why) => {
                ctx.warnings.push(why);
                let face = ctx.style.faces.body.clone();
                let text = ctx.styled(&[Inline::Text(alt.clone())], &face, ctx.body)?;
                ctx.setter.set(&text, &spec, units);
            }
        }
    }
    Ok(())
}
