/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {number[]}
 */
var findOrder = function(numCourses, prerequisites) {
    const next = Array.from({ length: numCourses }, () => []);
    const indegree = new Array(numCourses).fill(0);
    for (const [course, before] of prerequisites) {
        next[before].push(course);
        indegree[course]++;
    }
    const order = [];
    for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) order.push(i);
    for (let head = 0; head < order.length; head++) {
        for (const c of next[order[head]]) {
            if (--indegree[c] === 0) order.push(c);
        }
    }
    return order.length === numCourses ? order : [];
};
