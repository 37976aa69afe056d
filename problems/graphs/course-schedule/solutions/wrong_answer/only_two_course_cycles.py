class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Wrong: only checks for two courses that require each other directly, missing
        # longer circles such as 0 -> 1 -> 2 -> 0.
        pairs = {(a, b) for a, b in prerequisites}
        return not any((b, a) in pairs for a, b in prerequisites)
