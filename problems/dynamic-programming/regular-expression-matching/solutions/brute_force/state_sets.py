class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # Read s once, keeping the set of every place in the pattern the match could be at
        # (all the ways at once, like a nondeterministic automaton). A place in front of an
        # "x*" may also skip it; reading a character advances past a plain item or stays on a
        # starred one. It matches when the end of the pattern is reachable after the last
        # character.
        m = len(p)

        def close(places):
            stack = list(places)
            seen = set(places)
            while stack:
                j = stack.pop()
                if j + 1 < m and p[j + 1] == "*" and j + 2 not in seen:
                    seen.add(j + 2)
                    stack.append(j + 2)
            return seen

        places = close({0})
        for c in s:
            nxt = set()
            for j in places:
                if j < m and p[j] in (c, "."):
                    nxt.add(j if j + 1 < m and p[j + 1] == "*" else j + 1)
            places = close(nxt)
        return m in places
