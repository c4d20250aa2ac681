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

#[cfg(test)]
mod tests {
    use super::*;

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
