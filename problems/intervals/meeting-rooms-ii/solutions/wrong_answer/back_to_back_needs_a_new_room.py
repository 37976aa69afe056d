class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Only reuses a room that was freed strictly before the meeting starts, so two
        # back-to-back meetings take two rooms.
        intervals.sort()
        ends = []
        for s, e in intervals:
            if ends and ends[0] < s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)
