//! Images: each distinct image of the layout becomes one image XObject, drawn with
//! `q w 0 0 h x y cm /DpImN Do Q`. A JPEG is embedded as it is (`DCTDecode`); a PNG
//! without alpha keeps its compressed data under `FlateDecode` with the PNG predictor;
//! a PNG with alpha is decoded into its colour and an `SMask` (then deflated like any
//! stream). `LoadedImage::embeddable` says which PNGs we take (the layout shows the alt
//! text for the rest).

use std::io::Read;
use std::sync::Arc;

use lopdf::{dictionary, Document, Object, ObjectId, Stream};
use printpdf::{CurTransMat, DictItem, Op};

use crate::error::Error;
use crate::images::{ImageFormat, LoadedImage};
use crate::layout::frame::{FrameItem, LaidOut};
use crate::units::Pt;

/// The distinct images of a layout, in order of first use.
#[derive(Debug, Default)]
pub(super) struct PdfImages {
    list: Vec<Arc<LoadedImage>>,
}

impl PdfImages {
    /// Collects the images `laid` draws.
    pub(super) fn collect(laid: &LaidOut) -> PdfImages {
        let mut images = PdfImages::default();
        for page in &laid.pages {
            for item in &page.items {
                if let FrameItem::Image { image, .. } = item {
                    if images.index_of(image).is_none() {
                        images.list.push(image.clone());
                    }
                }
            }
        }
        images
    }

    fn index_of(&self, image: &Arc<LoadedImage>) -> Option<usize> {
        self.list.iter().position(|i| Arc::ptr_eq(i, image))
    }

    /// The operations that draw `image` over `rect` on a page `page_height` high.
    pub(super) fn draw(
        &self,
        image: &Arc<LoadedImage>,
        rect: (Pt, Pt, Pt, Pt),
        page_height: Pt,
        ops: &mut Vec<Op>,
    ) {
        let Some(k) = self.index_of(image) else {
            return;
        };
        let (left, top, right, bottom) = (rect.0 .0, rect.1 .0, rect.2 .0, rect.3 .0);
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetTransformationMatrix {
            matrix: CurTransMat::Raw([
                (right - left) as f32,
                0.0,
                0.0,
                (bottom - top) as f32,
                left as f32,
                (page_height.0 - bottom) as f32,
            ]),
        });
        ops.push(Op::Unknown {
            key: "Do".into(),
            value: vec![DictItem::Name(name(k).into_bytes())],
        });
        ops.push(Op::RestoreGraphicsState);
    }

    /// Adds the XObjects to `doc` and names them in the resources of the pages that
    /// draw them.
    pub(super) fn add_to(&self, doc: &mut Document, laid: &LaidOut) -> Result<(), Error> {
        if self.list.is_empty() {
            return Ok(());
        }
        let mut ids = Vec::with_capacity(self.list.len());
        for image in &self.list {
            let (stream, smask) = image_streams(image).map_err(Error::Pdf)?;
            let mut stream = stream;
            if let Some(smask) = smask {
                let smask_id = doc.add_object(smask);
                stream.dict.set("SMask", smask_id);
            }
            ids.push(doc.add_object(stream));
        }
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        for (page, page_id) in laid.pages.iter().zip(pages) {
            let mut xobjects = lopdf::Dictionary::new();
            for item in &page.items {
                if let FrameItem::Image { image, .. } = item {
                    if let Some(k) = self.index_of(image) {
                        xobjects.set(name(k), ids[k]);
                    }
                }
            }
            if !xobjects.is_empty() {
                add_xobjects(doc, page_id, xobjects)?;
            }
        }
        Ok(())
    }
}

fn name(k: usize) -> String {
    format!("DpIm{}", k + 1)
}

/// Merges `xobjects` into the page's `/Resources /XObject`.
fn add_xobjects(
    doc: &mut Document,
    page_id: ObjectId,
    xobjects: lopdf::Dictionary,
) -> Result<(), Error> {
    let fail = |e: lopdf::Error| Error::Pdf(format!("image resources: {e}"));
    let resources = doc
        .get_dictionary(page_id)
        .map_err(fail)?
        .get(b"Resources")
        .ok()
        .cloned();
    let dict = match resources {
        Some(Object::Reference(id)) => doc.get_dictionary_mut(id).map_err(fail)?,
        Some(Object::Dictionary(_)) => doc
            .get_dictionary_mut(page_id)
            .map_err(fail)?
            .get_mut(b"Resources")
            .and_then(Object::as_dict_mut)
            .map_err(fail)?,
        _ => {
            let page = doc.get_dictionary_mut(page_id).map_err(fail)?;
            page.set("Resources", lopdf::Dictionary::new());
            page.get_mut(b"Resources")
                .and_then(Object::as_dict_mut)
                .map_err(fail)?
        }
    };
    match dict.get_mut(b"XObject").and_then(Object::as_dict_mut) {
        Ok(existing) => {
            for (key, value) in xobjects {
                existing.set(key, value);
            }
        }
        Err(_) => dict.set("XObject", xobjects),
    }
    Ok(())
}

/// The image XObject for `image`, and its soft mask when it has alpha.
fn image_streams(image: &LoadedImage) -> Result<(Stream, Option<Stream>), String> {
    let base = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => i64::from(image.width),
        "Height" => i64::from(image.height),
    };
    match image.format {
        ImageFormat::Jpeg { components } => {
            let mut dict = base;
            dict.set("ColorSpace", device_space(components));
            dict.set("BitsPerComponent", 8);
            dict.set("Filter", "DCTDecode");
            if components == 4 {
                // Adobe's CMYK JPEGs are stored inverted.
                dict.set(
                    "Decode",
                    vec![
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                    ],
                );
            }
            let mut stream = Stream::new(dict, image.bytes.clone());
            stream.allows_compression = false;
            Ok((stream, None))
        }
        ImageFormat::Png {
            color_type,
            bit_depth,
            ..
        } => {
            let png = png_chunks(&image.bytes)?;
            if matches!(color_type, 0 | 2 | 3) {
                let colors: i64 = if color_type == 2 { 3 } else { 1 };
                let mut dict = base;
                let space = if color_type == 3 {
                    let entries = (png.palette.len() / 3).max(1) as i64;
                    Object::Array(vec![
                        "Indexed".into(),
                        "DeviceRGB".into(),
                        (entries - 1).into(),
                        Object::String(png.palette.clone(), lopdf::StringFormat::Hexadecimal),
                    ])
                } else {
                    device_space(colors as u8)
                };
                dict.set("ColorSpace", space);
                dict.set("BitsPerComponent", i64::from(bit_depth));
                dict.set("Filter", "FlateDecode");
                dict.set(
                    "DecodeParms",
                    dictionary! {
                        "Predictor" => 15,
                        "Colors" => colors,
                        "BitsPerComponent" => i64::from(bit_depth),
                        "Columns" => i64::from(image.width),
                    },
                );
                let mut stream = Stream::new(dict, png.data);
                stream.allows_compression = false;
                return Ok((stream, None));
            }
            // Grey or RGB with alpha, 8 bits: decode, then split colour from alpha.
            let channels = if color_type == 4 { 2 } else { 4 };
            let pixels = unfilter(&inflate(&png.data)?, image.width as usize, channels)?;
            let colour_channels = channels - 1;
            let mut colour = Vec::with_capacity(pixels.len() / channels * colour_channels);
            let mut alpha = Vec::with_capacity(pixels.len() / channels);
            for px in pixels.chunks_exact(channels) {
                colour.extend_from_slice(&px[..colour_channels]);
                alpha.push(px[colour_channels]);
            }
            let mut dict = base.clone();
            dict.set("ColorSpace", device_space(colour_channels as u8));
            dict.set("BitsPerComponent", 8);
            let mut mask = base;
            mask.set("ColorSpace", "DeviceGray");
            mask.set("BitsPerComponent", 8);
            Ok((Stream::new(dict, colour), Some(Stream::new(mask, alpha))))
        }
    }
}

fn device_space(components: u8) -> Object {
    match components {
        1 => "DeviceGray".into(),
        4 => "DeviceCMYK".into(),
        _ => "DeviceRGB".into(),
    }
}

/// What a PNG's chunks hold: its compressed pixel data and its palette.
struct PngChunks {
    data: Vec<u8>,
    palette: Vec<u8>,
}

fn png_chunks(bytes: &[u8]) -> Result<PngChunks, String> {
    let mut out = PngChunks {
        data: Vec::new(),
        palette: Vec::new(),
    };
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let len =
            u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
        let kind = &bytes[at + 4..at + 8];
        let body = bytes
            .get(at + 8..at + 8 + len)
            .ok_or_else(|| "a PNG chunk runs past the end of the file".to_string())?;
        match kind {
            b"IDAT" => out.data.extend_from_slice(body),
            b"PLTE" => out.palette = body.to_vec(),
            b"IEND" => break,
            _ => {}
        }
        at += 12 + len;
    }
    if out.data.is_empty() {
        return Err("a PNG without image data".into());
    }
    Ok(out)
}

fn inflate(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data)
        .read_to_end(&mut out)
        .map_err(|e| format!("PNG data: {e}"))?;
    Ok(out)
}

/// Undoes PNG's per-row filters (8-bit samples, `channels` a pixel).
fn unfilter(data: &[u8], width: usize, channels: usize) -> Result<Vec<u8>, String> {
    let stride = width * channels;
    let mut out: Vec<u8> = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; stride];
    for row in data.chunks(stride + 1) {
        let (&filter, raw) = row.split_first().ok_or("an empty PNG row")?;
        if raw.len() != stride {
            return Err("a short PNG row".into());
        }
        let mut cur = raw.to_vec();
        for i in 0..stride {
            let a = if i >= channels { cur[i - channels] } else { 0 };
            let b = prev[i];
            let c = if i >= channels { prev[i - channels] } else { 0 };
            let add = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => paeth(a, b, c),
                _ => return Err(format!("PNG filter {filter}")),
            };
            cur[i] = cur[i].wrapping_add(add);
        }
        out.extend_from_slice(&cur);
        prev = cur;
    }
    Ok(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jpeg_is_embedded_as_it_is_and_png_keeps_its_data_under_the_predictor() {
        let jpeg = LoadedImage {
            bytes: vec![0xFF, 0xD8, 1, 2, 3],
            format: ImageFormat::Jpeg { components: 3 },
            width: 4,
            height: 2,
        };
        let (stream, mask) = image_streams(&jpeg).unwrap();
        assert!(mask.is_none());
        assert_eq!(stream.content, jpeg.bytes);
        assert_eq!(
            stream.dict.get(b"Filter").unwrap().as_name().unwrap(),
            b"DCTDecode"
        );
        assert_eq!(
            stream.dict.get(b"ColorSpace").unwrap().as_name().unwrap(),
            b"DeviceRGB"
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/markdown");
        let png = crate::images::load_image("box.png", &path).unwrap();
        let (stream, mask) = image_streams(&png).unwrap();
        assert!(mask.is_none());
        let parms = stream.dict.get(b"DecodeParms").unwrap().as_dict().unwrap();
        assert_eq!(parms.get(b"Predictor").unwrap().as_i64().unwrap(), 15);
        assert_eq!(parms.get(b"Colors").unwrap().as_i64().unwrap(), 3);
    }

    #[test]
    fn filters_are_undone_row_by_row() {
        // Two RGBA pixels a row; row 1 "Sub", row 2 "Up".
        let data = [1, 10, 20, 30, 255, 5, 5, 5, 0, 2, 1, 1, 1, 0, 1, 1, 1, 0];
        let out = unfilter(&data, 2, 4).unwrap();
        assert_eq!(
            out,
            [10, 20, 30, 255, 15, 25, 35, 255, 11, 21, 31, 255, 16, 26, 36, 255]
        );
    }
}
