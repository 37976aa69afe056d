class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Two meetings clash when each starts before the other ends.
        n = len(intervals)
        return not any(intervals[i][0] < intervals[j][1] and intervals[j][0] < intervals[i][1]
                       for i in range(n) for j in range(i + 1, n))
