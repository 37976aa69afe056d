function findOrder(numCourses: number, prerequisites: number[][]): number[] {
    const next: number[][] = Array.from({ length: numCourses }, () => []);
    const indegree: number[] = new Array(numCourses).fill(0);
    for (const [course, before] of prerequisites) {
        next[before].push(course);
        indegree[course]++;
    }
    const order: number[] = [];
    for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) order.push(i);
    for (let head = 0; head < order.length; head++) {
        for (const c of next[order[head]]) {
            if (--indegree[c] === 0) order.push(c);
        }
    }
    return order.length === numCourses ? order : [];
};
