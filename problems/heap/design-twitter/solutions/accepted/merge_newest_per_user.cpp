class Twitter {
    // Each user's tweets as (time posted, id), oldest first. A feed merges the newest ends
    // of the user's own list and their followees' with a max-heap on time, ten pops.
    int clock = 0;
    unordered_map<int, vector<pair<int, int>>> tweets;
    unordered_map<int, unordered_set<int>> follows;

public:
    Twitter() {}

    void postTweet(int userId, int tweetId) { tweets[userId].push_back({clock++, tweetId}); }

    vector<int> getNewsFeed(int userId) {
        // (time, user, index into that user's tweets)
        priority_queue<tuple<int, int, int>> heap;
        auto offer = [&](int user) {
            auto found = tweets.find(user);
            if (found != tweets.end() && !found->second.empty()) {
                int last = found->second.size() - 1;
                heap.push({found->second[last].first, user, last});
            }
        };
        offer(userId);
        auto mine = follows.find(userId);
        if (mine != follows.end()) {
            for (int other : mine->second) offer(other);
        }
        vector<int> feed;
        while (!heap.empty() && feed.size() < 10) {
            auto [time, user, i] = heap.top();
            heap.pop();
            const auto& list = tweets[user];
            feed.push_back(list[i].second);
            if (i > 0) heap.push({list[i - 1].first, user, i - 1});
        }
        return feed;
    }

    void follow(int followerId, int followeeId) {
        if (followerId != followeeId) follows[followerId].insert(followeeId);
    }

    void unfollow(int followerId, int followeeId) {
        auto found = follows.find(followerId);
        if (found != follows.end()) found->second.erase(followeeId);
    }
};
