class Twitter {
    private time = 0;
    private tweets = new Map<number, [number, number][]>();
    private following = new Map<number, Set<number>>();

    postTweet(userId: number, tweetId: number): void {
        let list = this.tweets.get(userId);
        if (!list) {
            list = [];
            this.tweets.set(userId, list);
        }
        list.push([this.time++, tweetId]);
    }

    getNewsFeed(userId: number): number[] {
        // Each entry: [time, tweetId, user, index of the tweet in that user's list].
        const heap = new PriorityQueue<[number, number, number, number]>((a, b) => b[0] - a[0]);
        const users = new Set(this.following.get(userId) ?? []);
        users.add(userId);
        for (const user of users) {
            const list = this.tweets.get(user);
            if (list && list.length) {
                const i = list.length - 1;
                heap.enqueue([list[i][0], list[i][1], user, i]);
            }
        }
        const feed: number[] = [];
        while (feed.length < 10 && !heap.isEmpty()) {
            const [, tweetId, user, i] = heap.dequeue();
            feed.push(tweetId);
            if (i > 0) {
                const older = this.tweets.get(user)![i - 1];
                heap.enqueue([older[0], older[1], user, i - 1]);
            }
        }
        return feed;
    }

    follow(followerId: number, followeeId: number): void {
        if (followerId === followeeId) return;
        let set = this.following.get(followerId);
        if (!set) {
            set = new Set();
            this.following.set(followerId, set);
        }
        set.add(followeeId);
    }

    unfollow(followerId: number, followeeId: number): void {
        this.following.get(followerId)?.delete(followeeId);
    }
}
