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
    let stranger = std::rc::Rc::new(std::cell::RefCell::new(tree::TreeNode::new(5)));
    let mut out = String::new();
    conv::put_node_of(&root, &Some(stranger), &mut out);
    assert!(out.contains("not part of the input tree"));
    let mut out = String::new();
    conv::put_node_of(&root, &Some(p), &mut out);
    assert_eq!(out, "5");
}

#[test]
fn floats_print_exactly_and_non_finite_as_strings() {
    let mut out = String::new();
    conv::put_f64(&2.5, &mut out);
    out.push(' ');
    conv::put_f64(&f64::NAN, &mut out);
    assert_eq!(out, "2.5 \"NaN\"");
}
