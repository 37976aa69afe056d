impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut stack = Vec::new();
        for c in s.chars() {
            match c {
                '(' | '[' | '{' => stack.push(c),
                _ => {
                    // Panics on a closer with nothing open.
                    let open = stack.pop().unwrap();
                    let want = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    if open != want {
                        return false;
                    }
                }
            }
        }
        stack.is_empty()
    }
}
