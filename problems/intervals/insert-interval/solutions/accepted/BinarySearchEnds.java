import java.util.ArrayList;
import java.util.List;

class Solution {
    // A different approach from the one-pass scan: the intervals are sorted and disjoint, so
    // binary searches find the first one ending at or after the new start and the first one
    // starting after the new end; those in between are folded into the new interval.
    public int[][] insert(int[][] intervals, int[] newInterval) {
        int n = intervals.length;
        int first = firstIndex(intervals, newInterval[0], 1);
        int after = firstIndex(intervals, newInterval[1] + 1, 0);
        int start = newInterval[0], end = newInterval[1];
        if (first < after) {
            start = Math.min(start, intervals[first][0]);
            end = Math.max(end, intervals[after - 1][1]);
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < first; i++) out.add(intervals[i]);
        out.add(new int[] {start, end});
        for (int i = after; i < n; i++) out.add(intervals[i]);
        return out.toArray(new int[0][]);
    }

    // The first index whose interval's `side` (0 start, 1 end) is at least `value`.
    private int firstIndex(int[][] intervals, int value, int side) {
        int low = 0, high = intervals.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (intervals[mid][side] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
