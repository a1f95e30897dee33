//! LeetCode's literal formats: parsing and printing round trips.

use judge_harness::conv;
use judge_harness::json::{self, Value};
use judge_harness::tree;

fn parse(s: &str) -> Value {
    json::parse(s).unwrap()
}

#[test]
fn json_values_and_errors() {
    assert_eq!(
        parse("[1, -2, 3.5, \"a\\\"b\", null, true]"),
        Value::Arr(vec![
            Value::Int(1),
            Value::Int(-2),
            Value::Float(3.5),
            Value::Str("a\"b".into()),
            Value::Null,
            Value::Bool(true),
        ])
    );
    assert!(json::parse("[1,").unwrap_err().contains("byte"));
    assert!(json::parse("{\"a\":1}").unwrap_err().contains("objects"));
    assert!(json::parse("[1] x").is_err());
}

#[test]
fn level_order_trees_round_trip() {
    for text in [
        "[3,9,20,null,null,15,7]",
        "[]",
        "[1]",
        "[1,null,2,null,3]",
        "[5,4,8,11,null,13,4,7,2,null,null,5,1]",
    ] {
        let t = conv::tree(&parse(text)).unwrap();
        let mut out = String::new();
        conv::put_tree(&t, &mut out);
        assert_eq!(out, text);
    }
    assert!(conv::tree(&parse("[null,1]")).is_err());
}

#[test]
fn lists_and_grids() {
    let lists = conv::vec_list(&parse("[[1,4,5],[],[2]]")).unwrap();
    let mut out = String::new();
    conv::put_vec_list(&lists, &mut out);
    assert_eq!(out, "[[1,4,5],[],[2]]");
    let grid = conv::vec_vec_char(&parse("[[\"1\",\"0\"],[\"0\",\"1\"]]")).unwrap();
    assert_eq!(grid, vec![vec!['1', '0'], vec!['0', '1']]);
    assert!(conv::vec_i32(&parse("[1, 3000000000]"))
        .unwrap_err()
        .contains("does not fit in i32"));
}

#[test]
fn node_handles_point_into_the_same_tree() {
    let root = conv::tree(&parse("[3,5,1]")).unwrap();
    let p = conv::node_of(&root, &Value::Int(5)).unwrap().unwrap();
    assert!(tree::contains_node(&root, &p));
    // A new node with the right value: written by its value, as LeetCode
    // compares it, with a note that it is not the tree's own node.
    let stranger = std::rc::Rc::new(std::cell::RefCell::new(tree::TreeNode::new(5)));
    let mut out = String::new();
    judge_harness::driver::take_notes();
    conv::put_node_of(&root, &Some(stranger), &mut out);
    assert_eq!(out, "5");
    let notes = judge_harness::driver::take_notes();
    assert!(
        notes.len() == 1 && notes[0].contains("a new node with value 5"),
        "{notes:?}"
    );
    let mut out = String::new();
    conv::put_node_of(&root, &Some(p), &mut out);
    assert_eq!(out, "5");
    assert!(judge_harness::driver::take_notes().is_empty());
}

#[test]
fn floats_print_exactly_and_non_finite_as_strings() {
    let mut out = String::new();
    conv::put_f64(&2.5, &mut out);
    out.push(' ');
    conv::put_f64(&f64::NAN, &mut out);
    assert_eq!(out, "2.5 \"NaN\"");
}

mod random_lists {
    use super::parse;
    use judge_harness::conv;
    use judge_harness::random_list::{RandomList, RandomListNode, Snapshot};
    use std::cell::RefCell;
    use std::rc::Rc;

    const EXAMPLE: &str = "[[7,null],[13,0],[11,4],[10,2],[1,0]]";

    fn build(text: &str) -> RandomList {
        conv::random_list(&parse(text)).unwrap()
    }

    fn judge_copy(original: &Snapshot, copy: &RandomList) -> String {
        let mut out = String::new();
        conv::put_random_list_copy(original, copy, &mut out);
        out
    }

    fn node(list: &RandomList, i: usize) -> Rc<RefCell<RandomListNode>> {
        let mut cur = list.clone().unwrap();
        for _ in 0..i {
            let next = cur.borrow().next.clone().unwrap();
            cur = next;
        }
        cur
    }

    #[test]
    fn a_deep_copy_is_written_as_val_random_pairs() {
        for text in [
            EXAMPLE,
            "[]",
            "[[1,0]]",
            "[[1,1],[2,1]]",
            "[[3,null],[3,0],[3,null]]",
        ] {
            let original = build(text);
            let snapshot = conv::random_list_snapshot(&original);
            // A second list built from the same text is a faithful deep copy.
            assert_eq!(judge_copy(&snapshot, &build(text)), text);
        }
    }

    #[test]
    fn bad_inputs_are_rejected() {
        let err = conv::random_list(&parse("[[1,1]]")).err().unwrap();
        assert!(err.contains("random index 1"), "{err}");
        assert!(conv::random_list(&parse("[[1,-1]]")).is_err());
        assert!(conv::random_list(&parse("[[1]]")).is_err());
        assert!(conv::random_list(&parse("[[1,null,2]]")).is_err());
    }

    #[test]
    fn a_node_of_the_original_in_the_copy_is_reported() {
        let original = build(EXAMPLE);
        let snapshot = conv::random_list_snapshot(&original);
        let out = judge_copy(&snapshot, &original);
        assert_eq!(
            out,
            "\"<node 0 of the copy (value 7) is node 0 of the original list, not a new node>\""
        );
        // A copy whose tail is the original's tail.
        let copy = build("[[7,null],[13,0],[11,null],[10,null]]");
        node(&copy, 3).borrow_mut().next = Some(node(&original, 4));
        assert!(judge_copy(&snapshot, &copy)
            .contains("node 4 of the copy (value 1) is node 4 of the original"));
    }

    #[test]
    fn a_random_pointer_outside_the_copy_is_reported() {
        let original = build(EXAMPLE);
        let snapshot = conv::random_list_snapshot(&original);
        let copy = build(EXAMPLE);
        node(&copy, 2).borrow_mut().random = Some(node(&original, 4));
        assert!(judge_copy(&snapshot, &copy).contains(
            "random pointer of node 2 of the copy points to node 4 of the original list"
        ));
        let copy = build(EXAMPLE);
        let stranger = Rc::new(RefCell::new(RandomListNode::new(1)));
        node(&copy, 1).borrow_mut().random = Some(stranger);
        assert!(judge_copy(&snapshot, &copy).contains("points to a node that is not in the copy"));
    }

    #[test]
    fn a_copy_whose_next_pointers_loop_is_reported() {
        let original = build(EXAMPLE);
        let snapshot = conv::random_list_snapshot(&original);
        let copy = build(EXAMPLE);
        node(&copy, 4).borrow_mut().next = Some(node(&copy, 1));
        let out = judge_copy(&snapshot, &copy);
        assert!(
            out.contains("go round in a loop, back to its node 1"),
            "{out}"
        );
    }

    #[test]
    fn a_modified_original_is_reported() {
        let original = build(EXAMPLE);
        let snapshot = conv::random_list_snapshot(&original);
        node(&original, 1).borrow_mut().next = None;
        let out = judge_copy(&snapshot, &build(EXAMPLE));
        assert!(
            out.contains("the next pointer of node 1 (value 13) of the original list was modified"),
            "{out}"
        );

        let original = build(EXAMPLE);
        let snapshot = conv::random_list_snapshot(&original);
        node(&original, 3).borrow_mut().random = None;
        assert!(judge_copy(&snapshot, &build(EXAMPLE)).contains("random pointer of node 3"));

        let original = build(EXAMPLE);
        let snapshot = conv::random_list_snapshot(&original);
        node(&original, 0).borrow_mut().val = 8;
        assert!(judge_copy(&snapshot, &build(EXAMPLE)).contains("value of node 0 (value 7)"));
    }
}
