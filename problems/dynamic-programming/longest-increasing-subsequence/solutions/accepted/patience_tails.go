func lengthOfLIS(nums []int) int {
    // tails[k]: the smallest last element of an increasing subsequence of length k+1.
    var tails []int
    for _, x := range nums {
        i := sort.SearchInts(tails, x)
        if i == len(tails) {
            tails = append(tails, x)
        } else {
            tails[i] = x
        }
    }
    return len(tails)
}
