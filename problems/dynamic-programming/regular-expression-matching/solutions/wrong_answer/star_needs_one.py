class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # The table with one mistake: "x*" is taken to mean one or more copies, so a starred
        # item can never be skipped ("c*a*b" does not match "aab" here).
        n, m = len(s), len(p)
        ok = [[False] * (m + 1) for _ in range(n + 1)]
        ok[n][m] = True
        for i in range(n, -1, -1):
            for j in range(m - 1, -1, -1):
                first = i < n and p[j] in (s[i], ".")
                if j + 1 < m and p[j + 1] == "*":
                    ok[i][j] = first and (ok[i + 1][j] or ok[i + 1][j + 2])
                else:
                    ok[i][j] = first and ok[i + 1][j + 1]
        return ok[0][0]
