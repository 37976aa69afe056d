class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Correct: in order of start, each meeting takes the first room that is free,
        # found by scanning every room. O(n * rooms).
        intervals.sort()
        rooms = []
        for s, e in intervals:
            for i, end in enumerate(rooms):
                if end <= s:
                    rooms[i] = e
                    break
            else:
                rooms.append(e)
        return len(rooms)
