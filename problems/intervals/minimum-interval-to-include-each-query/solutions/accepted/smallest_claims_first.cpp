class Solution {
public:
    // A different approach from the sweep with a heap: in order of size, each interval
    // answers every query inside it that no smaller interval has answered yet, and those
    // queries leave an ordered set, so each query is answered once. O((n + q) log q).
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        sort(intervals.begin(), intervals.end(), [](const vector<int>& a, const vector<int>& b) {
            return a[1] - a[0] < b[1] - b[0];
        });
        set<pair<int, int>> open;
        for (int i = 0; i < (int)queries.size(); i++) open.insert({queries[i], i});
        vector<int> answer(queries.size(), -1);
        for (auto& interval : intervals) {
            auto it = open.lower_bound({interval[0], INT_MIN});
            while (it != open.end() && it->first <= interval[1]) {
                answer[it->second] = interval[1] - interval[0] + 1;
                it = open.erase(it);
            }
        }
        return answer;
    }
};
