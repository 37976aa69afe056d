import java.util.Arrays;

class Solution {
    // Every meeting is two events, +1 at its start and -1 at its end; an end sorts before a
    // start at the same time (the room is free again). The most rooms in use at once is the
    // highest running sum. O(n log n).
    public int minMeetingRooms(int[][] intervals) {
        int n = intervals.length;
        long[] events = new long[2 * n];
        for (int i = 0; i < n; i++) {
            // The time in the high bits, then 0 for an end and 1 for a start.
            events[2 * i] = (long) intervals[i][0] * 2 + 1;
            events[2 * i + 1] = (long) intervals[i][1] * 2;
        }
        Arrays.sort(events);
        int inUse = 0, most = 0;
        for (long event : events) {
            inUse += (event & 1) == 1 ? 1 : -1;
            most = Math.max(most, inUse);
        }
        return most;
    }
}
