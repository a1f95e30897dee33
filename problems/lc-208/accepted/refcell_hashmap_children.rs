// Keeps LeetCode's `&self` signatures: the root lives in a RefCell. Children
// are kept in a HashMap per node, keyed by the letter, instead of an array.
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Default)]
struct Node {
    children: HashMap<char, Node>,
    is_word: bool,
}

struct Trie {
    root: RefCell<Node>,
}

impl Trie {
    fn new() -> Self {
        Trie { root: RefCell::new(Node::default()) }
    }

    fn insert(&self, word: String) {
        let mut root = self.root.borrow_mut();
        let mut node = &mut *root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        node.is_word = true;
    }

    fn search(&self, word: String) -> bool {
        let root = self.root.borrow();
        let mut node = &*root;
        for c in word.chars() {
            match node.children.get(&c) {
                Some(child) => node = child,
                None => return false,
            }
        }
        node.is_word
    }

    fn starts_with(&self, prefix: String) -> bool {
        let root = self.root.borrow();
        let mut node = &*root;
        for c in prefix.chars() {
            match node.children.get(&c) {
                Some(child) => node = child,
                None => return false,
            }
        }
        true
    }
}
