class TimeMap {
    // Per key, its timestamps and values in the order set (timestamps only grow), so a
    // get is a binary search for the last time not after the one asked.
    unordered_map<string, pair<vector<int>, vector<string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        auto& [times, values] = history[key];
        times.push_back(timestamp);
        values.push_back(move(value));
    }

    string get(string key, int timestamp) {
        auto found = history.find(key);
        if (found == history.end()) return "";
        const auto& [times, values] = found->second;
        auto after = upper_bound(times.begin(), times.end(), timestamp);
        if (after == times.begin()) return "";
        return values[after - times.begin() - 1];
    }
};
