class Solution {
    public int[] twoSum(int[] nums, int target) {
        // Bug: the map is filled before searching, so when target == 2 * x the element x is
        // paired with itself.
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            index.put(nums[i], i);
        }
        for (int i = 0; i < nums.length; i++) {
            Integer j = index.get(target - nums[i]);
            if (j != null) {
                return new int[] {i, j};
            }
        }
        return new int[0];
    }
}
