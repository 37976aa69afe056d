function maxSlidingWindow(nums: number[], k: number): number[] {
    // Indices whose values decrease from front to back, kept in a plain array with a head.
    const deque: number[] = [];
    let head = 0;
    const result: number[] = [];
    for (let i = 0; i < nums.length; i++) {
        while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
        deque.push(i);
        if (deque[head] <= i - k) head++;
        if (i >= k - 1) result.push(nums[deque[head]]);
    }
    return result;
};
