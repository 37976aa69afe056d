class Solution {
public:
    // From the car nearest the destination backwards: a car that would arrive strictly
    // later than the fleet ahead of it starts a new fleet, otherwise it joins. Arrival
    // times are compared exactly, as fractions, by cross-multiplying.
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        int n = position.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return position[a] > position[b]; });
        int fleets = 0;
        long long leadDistance = 0, leadSpeed = 1;  // the arrival time of the fleet ahead
        for (int i : order) {
            long long distance = target - position[i], v = speed[i];
            if (fleets == 0 || distance * leadSpeed > leadDistance * v) {
                fleets++;
                leadDistance = distance;
                leadSpeed = v;
            }
        }
        return fleets;
    }
};
