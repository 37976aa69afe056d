function dailyTemperatures(temperatures: number[]): number[] {
    const answer = new Array<number>(temperatures.length).fill(0);
    const waiting: number[] = [];
    temperatures.forEach((t, i) => {
        while (waiting.length && temperatures[waiting[waiting.length - 1]] < t) {
            const day = waiting.pop()!;
            answer[day] = i - day;
        }
        waiting.push(i);
    });
    return answer;
};
