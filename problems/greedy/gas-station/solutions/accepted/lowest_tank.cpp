class Solution {
public:
    // A different approach from restarting on an empty tank: drive once around from station
    // 0 with a tank allowed to go negative. Starting just after the station where that tank
    // is lowest lifts every point of the trip by the same amount, so no point is below zero
    // when the total is not negative. O(n).
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        long long tank = 0, lowest = 0;
        int start = 0;
        for (int i = 0; i < (int)gas.size(); i++) {
            tank += gas[i] - cost[i];
            if (tank < lowest) {
                lowest = tank;
                start = i + 1;
            }
        }
        if (tank < 0) return -1;
        return start % (int)gas.size();
    }
};
