class DetectSquares {
    private counts = new Map<number, number>();
    private points: [number, number][] = [];

    add(point: number[]): void {
        const key = point[0] * 1001 + point[1];
        const seen = this.counts.get(key) ?? 0;
        if (seen === 0) this.points.push([point[0], point[1]]);
        this.counts.set(key, seen + 1);
    }

    count(point: number[]): number {
        const [x, y] = point;
        const at = (px: number, py: number): number => this.counts.get(px * 1001 + py) ?? 0;
        let squares = 0;
        for (const [px, py] of this.points) {
            if (px === x || py === y || Math.abs(px - x) !== Math.abs(py - y)) continue;
            squares += at(px, py) * at(px, y) * at(x, py);
        }
        return squares;
    }
}
