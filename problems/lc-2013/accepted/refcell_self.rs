use std::cell::RefCell;
use std::collections::HashMap;

struct DetectSquares {
    // Keeps the editor's `&self` signatures: the state sits in RefCells.
    // For each x, the counts of the y values added in that column.
    by_x: RefCell<HashMap<i32, HashMap<i32, i32>>>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { by_x: RefCell::new(HashMap::new()) }
    }

    fn add(&self, point: Vec<i32>) {
        let mut by_x = self.by_x.borrow_mut();
        *by_x.entry(point[0]).or_default().entry(point[1]).or_insert(0) += 1;
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let by_x = self.by_x.borrow();
        let Some(column) = by_x.get(&qx) else {
            return 0;
        };
        let mut total = 0;
        for (&y, &above) in column {
            let d = y - qy;
            if d == 0 {
                continue;
            }
            for x in [qx - d, qx + d] {
                if let Some(other) = by_x.get(&x) {
                    let a = other.get(&y).copied().unwrap_or(0);
                    let b = other.get(&qy).copied().unwrap_or(0);
                    total += above * a * b;
                }
            }
        }
        total
    }
}
