class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Correct: books meetings one by one, checking each against every meeting booked
        # so far. O(n^2) when there is no clash.
        booked = []
        for s, e in intervals:
            for bs, be in booked:
                if s < be and bs < e:
                    return False
            booked.append((s, e))
        return True
