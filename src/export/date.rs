//! Calendar dates for document metadata (PDF /CreationDate, DOCX dcterms:created):
//! one conversion from Unix time to UTC civil time, shared by the writers. Never the
//! clock: writers get their time from `ExportOptions::created_unix`.

/// A UTC date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

/// The UTC civil time of `unix` seconds since 1970-01-01, clamped to years 0…9999 (the
/// range both PDF and W3CDTF dates can write).
pub(crate) fn civil(unix: i64) -> Civil {
    const MIN: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
    const MAX: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
    let unix = unix.clamp(MIN, MAX);
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    Civil {
        year: yoe + era * 400 + i64::from(month <= 2),
        month,
        day,
        hour: (secs / 3600) as u32,
        minute: (secs % 3600 / 60) as u32,
        second: (secs % 60) as u32,
    }
}

/// Unix time (midnight UTC) of a date written `YYYY-MM-DD` (anything after the day, a
/// time for instance, is ignored), as front matter writes it; `None` for other text.
pub(crate) fn unix_of_date(text: &str) -> Option<i64> {
    let text = text.trim();
    let field = |range: std::ops::Range<usize>| -> Option<i64> {
        let s = text.get(range)?;
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    if text.get(4..5) != Some("-") || text.get(7..8) != Some("-") {
        return None;
    }
    let (year, month, day) = (field(0..4)?, field(5..7)?, field(8..10)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_dates_become_unix_times() {
        assert_eq!(unix_of_date("2000-02-29"), Some(951_782_400));
        assert_eq!(unix_of_date("1970-01-01T12:00:00Z"), Some(0));
        assert_eq!(unix_of_date("2026-11-30").map(|u| civil(u).day), Some(30));
        assert_eq!(unix_of_date("30 Nov 2026"), None);
        assert_eq!(unix_of_date("2026-13-01"), None);
    }

    #[test]
    fn unix_times_become_utc_dates() {
        let c = civil(951_782_400);
        assert_eq!((c.year, c.month, c.day), (2000, 2, 29));
        let c = civil(-1);
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.second),
            (1969, 12, 31, 23, 59)
        );
        assert_eq!(civil(i64::MAX).year, 9999);
        assert_eq!(civil(i64::MIN).year, 0);
    }
}
