class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> next(numCourses);
        vector<int> indegree(numCourses, 0);
        for (auto& p : prerequisites) {
            next[p[1]].push_back(p[0]);
            indegree[p[0]]++;
        }
        vector<int> order;
        for (int i = 0; i < numCourses; i++)
            if (indegree[i] == 0) order.push_back(i);
        for (size_t i = 0; i < order.size(); i++) {
            for (int c : next[order[i]])
                if (--indegree[c] == 0) order.push_back(c);
        }
        if ((int)order.size() != numCourses) return {};
        return order;
    }
};
