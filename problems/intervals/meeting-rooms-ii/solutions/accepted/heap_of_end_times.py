class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # In order of start, a min-heap holds the end times of the rooms in use.
        intervals.sort()
        ends = []
        for s, e in intervals:
            if ends and ends[0] <= s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)
