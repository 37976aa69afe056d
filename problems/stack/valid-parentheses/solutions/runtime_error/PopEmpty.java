class Solution {
    public boolean isValid(String s) {
        Map<Character, Character> openerOf = Map.of(')', '(', ']', '[', '}', '{');
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (openerOf.containsKey(c)) {
                // NoSuchElementException when nothing is open.
                if (!stack.pop().equals(openerOf.get(c))) {
                    return false;
                }
            } else {
                stack.push(c);
            }
        }
        return stack.isEmpty();
    }
}
