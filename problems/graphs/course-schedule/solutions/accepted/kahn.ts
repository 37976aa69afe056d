function canFinish(numCourses: number, prerequisites: number[][]): boolean {
    // Kahn: take courses whose prerequisites are all done; every course gets taken
    // exactly when there is no cycle.
    const next: number[][] = Array.from({ length: numCourses }, () => []);
    const indegree = new Array<number>(numCourses).fill(0);
    for (const [a, b] of prerequisites) {
        next[b].push(a);
        indegree[a]++;
    }
    const ready: number[] = [];
    for (let c = 0; c < numCourses; c++) if (indegree[c] === 0) ready.push(c);
    let taken = 0;
    while (ready.length > 0) {
        const c = ready.pop()!;
        taken++;
        for (const d of next[c]) {
            if (--indegree[d] === 0) ready.push(d);
        }
    }
    return taken === numCourses;
};
