function leastInterval(tasks: string[], n: number): number {
    const counts = new Map<string, number>();
    for (const t of tasks) counts.set(t, (counts.get(t) ?? 0) + 1);
    const top = Math.max(...counts.values());
    let withTop = 0;
    for (const c of counts.values()) if (c === top) withTop++;
    return Math.max(tasks.length, (top - 1) * (n + 1) + withTop);
};
