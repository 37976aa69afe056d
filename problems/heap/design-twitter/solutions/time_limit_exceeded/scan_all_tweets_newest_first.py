class Twitter:
    # Correct, but a feed walks back through every tweet ever posted until it has found 10
    # from the user or their followees: O(T) a feed when those are old or few.
    def __init__(self):
        self.posts = []
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.posts.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        followed = self.following[userId]
        feed = []
        for i in range(len(self.posts) - 1, -1, -1):
            poster, tweet = self.posts[i]
            if poster == userId or poster in followed:
                feed.append(tweet)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
