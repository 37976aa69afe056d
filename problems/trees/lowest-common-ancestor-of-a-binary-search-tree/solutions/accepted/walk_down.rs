use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap().borrow().val;
        let q = q.unwrap().borrow().val;
        let (lo, hi) = (p.min(q), p.max(q));
        let mut cur = root;
        while let Some(node) = cur {
            let val = node.borrow().val;
            if hi < val {
                cur = node.borrow().left.clone();
            } else if lo > val {
                cur = node.borrow().right.clone();
            } else {
                return Some(node);
            }
        }
        None
    }
}
