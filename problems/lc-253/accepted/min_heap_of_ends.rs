// Meetings by start time; a min-heap holds the end times of the rooms in
// use. If the earliest-ending room is free by the new start, reuse it.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_meeting_rooms(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by_key(|iv| iv[0]);
        let mut ends: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        for iv in &intervals {
            if let Some(&Reverse(end)) = ends.peek() {
                if end <= iv[0] {
                    ends.pop();
                }
            }
            ends.push(Reverse(iv[1]));
        }
        ends.len() as i32
    }
}
