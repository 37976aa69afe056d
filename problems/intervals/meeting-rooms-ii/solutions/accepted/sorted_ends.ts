function minMeetingRooms(intervals: number[][]): number {
    const starts = intervals.map((m) => m[0]).sort((a, b) => a - b);
    const ends = intervals.map((m) => m[1]).sort((a, b) => a - b);
    let rooms = 0;
    let ended = 0;
    for (const start of starts) {
        if (start >= ends[ended]) ended++;
        else rooms++;
    }
    return rooms;
};
