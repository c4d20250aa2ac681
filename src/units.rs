//! Lengths: one newtype, [`Pt`] (PostScript points, 1/72 inch), with conversions from
//! millimetres and to twips (Word's 1/20 pt). Page setup and layout never pass bare floats.

use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};

/// A length in PostScript points (1/72 inch).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Pt(pub f64);

/// Points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

impl Pt {
    /// Zero length.
    pub const ZERO: Pt = Pt(0.0);

    /// A length given in millimetres.
    pub fn mm(mm: f64) -> Pt {
        Pt(mm * PT_PER_MM)
    }

    /// This length in millimetres.
    pub fn to_mm(self) -> f64 {
        self.0 / PT_PER_MM
    }

    /// This length in twips (1/20 pt), rounded, as Word stores lengths.
    pub fn to_twips(self) -> i64 {
        (self.0 * 20.0).round() as i64
    }

    /// The larger of two lengths.
    pub fn max(self, other: Pt) -> Pt {
        Pt(self.0.max(other.0))
    }

    /// The smaller of two lengths.
    pub fn min(self, other: Pt) -> Pt {
        Pt(self.0.min(other.0))
    }
}

impl Add for Pt {
    type Output = Pt;
    fn add(self, rhs: Pt) -> Pt {
        Pt(self.0 + rhs.0)
    }
}

impl AddAssign for Pt {
    fn add_assign(&mut self, rhs: Pt) {
        self.0 += rhs.0;
    }
}

impl Sub for Pt {
    type Output = Pt;
    fn sub(self, rhs: Pt) -> Pt {
        Pt(self.0 - rhs.0)
    }
}

impl SubAssign for Pt {
    fn sub_assign(&mut self, rhs: Pt) {
        self.0 -= rhs.0;
    }
}

impl Neg for Pt {
    type Output = Pt;
    fn neg(self) -> Pt {
        Pt(-self.0)
    }
}

impl Mul<f64> for Pt {
    type Output = Pt;
    fn mul(self, rhs: f64) -> Pt {
        Pt(self.0 * rhs)
    }
}

impl Div<f64> for Pt {
    type Output = Pt;
    fn div(self, rhs: f64) -> Pt {
        Pt(self.0 / rhs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_in_points_and_twips() {
        assert!((Pt::mm(210.0).0 - 595.2756).abs() < 1e-3);
        assert_eq!(Pt::mm(210.0).to_twips(), 11906);
        assert_eq!(Pt::mm(297.0).to_twips(), 16838);
        assert!((Pt::mm(37.0).to_mm() - 37.0).abs() < 1e-9);
    }
}
