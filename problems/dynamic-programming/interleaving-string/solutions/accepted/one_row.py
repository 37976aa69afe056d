class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # ok[j] (for the current i): can s1[:i] and s2[:j] make s3[:i + j]? The last
        # character of that prefix comes from s1 (then s1[:i - 1] and s2[:j] made the rest) or
        # from s2 (then s1[:i] and s2[:j - 1]). One row over j is enough.
        # O(n1 n2) time, O(n2) space.
        n1, n2 = len(s1), len(s2)
        if n1 + n2 != len(s3):
            return False
        ok = [False] * (n2 + 1)
        for i in range(n1 + 1):
            for j in range(n2 + 1):
                if i == 0 and j == 0:
                    ok[j] = True
                    continue
                c = s3[i + j - 1]
                from_s1 = i > 0 and ok[j] and s1[i - 1] == c
                from_s2 = j > 0 and ok[j - 1] and s2[j - 1] == c
                ok[j] = from_s1 or from_s2
        return ok[n2]
