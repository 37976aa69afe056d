class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # ok[i][j]: does p[j:] match s[i:]? Fill it from the ends backwards. A starred item
        # p[j] p[j+1] == "x*" either matches nothing (ok[i][j + 2]) or eats one matching
        # character and stays (ok[i + 1][j]); any other item must match s[i] and move on
        # (ok[i + 1][j + 1]). O(|s| |p|) time and space.
        n, m = len(s), len(p)
        ok = [[False] * (m + 1) for _ in range(n + 1)]
        ok[n][m] = True
        for i in range(n, -1, -1):
            for j in range(m - 1, -1, -1):
                first = i < n and p[j] in (s[i], ".")
                if j + 1 < m and p[j + 1] == "*":
                    ok[i][j] = ok[i][j + 2] or (first and ok[i + 1][j])
                else:
                    ok[i][j] = first and ok[i + 1][j + 1]
        return ok[0][0]
