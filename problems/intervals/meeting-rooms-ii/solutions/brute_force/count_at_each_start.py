class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # The busiest moment is the start of some meeting: count the meetings running then.
        return max(sum(1 for s, e in intervals if s <= t < e) for t, _ in intervals)
