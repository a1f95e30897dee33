//! Complexity classes: the growth of a time in the size n, from O(1) to
//! O(2^n), how two compare, and the class of a stated complexity. Shared by
//! the package (which states the intended one) and the growth measurement.

use serde::{Deserialize, Serialize};

/// Complexity classes, from the best.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Class {
    Constant,
    Logarithmic,
    Linear,
    Linearithmic,
    Quadratic,
    Cubic,
    Exponential,
}

pub const CLASSES: [Class; 7] = [
    Class::Constant,
    Class::Logarithmic,
    Class::Linear,
    Class::Linearithmic,
    Class::Quadratic,
    Class::Cubic,
    Class::Exponential,
];

impl Class {
    pub fn notation(self) -> &'static str {
        match self {
            Class::Constant => "O(1)",
            Class::Logarithmic => "O(log n)",
            Class::Linear => "O(n)",
            Class::Linearithmic => "O(n log n)",
            Class::Quadratic => "O(n^2)",
            Class::Cubic => "O(n^3)",
            Class::Exponential => "O(2^n)",
        }
    }

    /// The polynomial degree, log factors aside (`O(2^n)`: none).
    fn degree(self) -> Option<u32> {
        match self {
            Class::Constant | Class::Logarithmic => Some(0),
            Class::Linear | Class::Linearithmic => Some(1),
            Class::Quadratic => Some(2),
            Class::Cubic => Some(3),
            Class::Exponential => None,
        }
    }

    /// How a measured class compares with the intended one. A log factor
    /// (O(n log n) for O(n)) is within what timing can tell apart at these
    /// sizes (caches grow with n too) and what LeetCode's limits accept, so
    /// it is said as such and never called worse.
    pub fn compare(self, intended: Class) -> &'static str {
        use std::cmp::Ordering::*;
        let degree = |c: Class| c.degree().unwrap_or(u32::MAX);
        match (degree(self).cmp(&degree(intended)), self.cmp(&intended)) {
            (Less, _) => "better",
            (Greater, _) => "worse",
            (Equal, Equal) => "as intended",
            (Equal, Less) => "better by a log factor",
            (Equal, Greater) => "within a log factor",
        }
    }

    /// ln f(n), for fitting in log space.
    pub fn ln_f(self, n: f64) -> f64 {
        match self {
            Class::Constant => 0.0,
            Class::Logarithmic => (n + 1.0).log2().ln(),
            Class::Linear => n.ln(),
            Class::Linearithmic => n.ln() + (n + 1.0).log2().ln(),
            Class::Quadratic => 2.0 * n.ln(),
            Class::Cubic => 3.0 * n.ln(),
            Class::Exponential => n * std::f64::consts::LN_2,
        }
    }

    /// The class written exactly as its notation (`O(n log n)`).
    pub fn parse(notation: &str) -> Option<Class> {
        CLASSES
            .into_iter()
            .find(|c| c.notation() == notation.trim())
    }

    /// The class of a package's stated complexity, where it is one of ours
    /// in terms of n alone (`m*n` counts as n when the size is `n = m*n`).
    /// Complexities in other parameters (`O(n log k)`, `O(n * L)`) are not
    /// compared: how k or L move with n depends on the generator.
    pub fn of_stated(complexity: &str, size: Option<&str>) -> Option<Class> {
        let mut c: String = complexity.chars().filter(|c| !c.is_whitespace()).collect();
        if size.is_some_and(|s| s.replace(' ', "").starts_with("n=m*n")) {
            c = c.replace("m*n", "n");
        }
        let c = c.replace("log(n)", "logn");
        Some(match c.as_str() {
            "O(1)" => Class::Constant,
            "O(logn)" => Class::Logarithmic,
            "O(n)" => Class::Linear,
            "O(nlogn)" => Class::Linearithmic,
            "O(n^2)" => Class::Quadratic,
            "O(n^3)" => Class::Cubic,
            "O(2^n)" | "O(n*2^n)" | "O(n!)" | "O(n*n!)" | "O(4^n/sqrt(n))" => Class::Exponential,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_complexities_map_to_classes_only_in_n() {
        assert_eq!(
            Class::of_stated("O(n log n)", None),
            Some(Class::Linearithmic)
        );
        assert_eq!(
            Class::of_stated("O(m*n)", Some("n = m*n, the cells of the grid")),
            Some(Class::Linear)
        );
        assert_eq!(Class::of_stated("O(n log k)", None), None);
        assert_eq!(
            Class::of_stated("O(n * 2^n)", None),
            Some(Class::Exponential)
        );
    }

    #[test]
    fn a_log_factor_is_not_worse_a_degree_is() {
        assert_eq!(
            Class::Linearithmic.compare(Class::Linear),
            "within a log factor"
        );
        assert_eq!(
            Class::Linear.compare(Class::Linearithmic),
            "better by a log factor"
        );
        assert_eq!(Class::Quadratic.compare(Class::Linearithmic), "worse");
        assert_eq!(Class::Exponential.compare(Class::Cubic), "worse");
        assert_eq!(Class::Linear.compare(Class::Quadratic), "better");
        assert_eq!(Class::Linear.compare(Class::Linear), "as intended");
    }
}
